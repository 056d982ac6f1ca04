/**
 * Finds a new build of Stepwise that the service worker has installed and holds back
 * (`registerType: 'prompt'`, see `src/server/pwaOptions.ts`), so a clinician mid-walk is asked
 * before anything changes under them. Framework-free; the container is injected so tests drive it.
 */

/** The parts of `ServiceWorkerContainer` this needs. */
export interface WorkerContainer {
  readonly controller: unknown;
  readonly ready: Promise<WorkerRegistrationLike>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface WorkerRegistrationLike {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

export interface WaitingUpdate {
  /** E.g. "0.2.0, built 2026-12-01 23:40 UTC", or "a new version" when the network cannot say. */
  label: string;
  /** Lets the waiting worker take over; the page reloads once it controls it. */
  accept: () => void;
}

/** Reads the waiting build's `version.json`; any failure gives a plain label. */
export async function versionLabel(fetchVersion: () => Promise<unknown>): Promise<string> {
  try {
    const body = (await fetchVersion()) as { version?: unknown; built?: unknown } | null;
    if (body === null || typeof body.version !== 'string') return 'a new version';
    const built =
      typeof body.built === 'string' && !Number.isNaN(Date.parse(body.built))
        ? `, built ${new Date(body.built).toISOString().slice(0, 16).replace('T', ' ')} UTC`
        : '';
    return `version ${body.version}${built}`;
  } catch {
    return 'a new version';
  }
}

/**
 * Calls `onWaiting` once when a new build is installed and waiting. A first install (no controller
 * yet) is not an update. `reload` runs when the new worker has taken control after `accept`.
 */
export function watchForUpdate(
  container: WorkerContainer,
  fetchVersion: () => Promise<unknown>,
  onWaiting: (update: WaitingUpdate) => void,
  reload: () => void,
): void {
  let told = false;
  const tell = (worker: WorkerLike) => {
    if (told || container.controller === null) return;
    told = true;
    void versionLabel(fetchVersion).then((label) => {
      onWaiting({
        label,
        accept: () => {
          container.addEventListener('controllerchange', reload);
          worker.postMessage({ type: 'SKIP_WAITING' });
        },
      });
    });
  };
  void container.ready.then((registration) => {
    if (registration.waiting) tell(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') tell(worker);
      });
    });
  });
}
