import { describe, expect, it, vi } from 'vitest';
import {
  versionLabel,
  watchForUpdate,
  type WaitingUpdate,
  type WorkerLike,
  type WorkerRegistrationLike,
} from '../../src/app/updatePrompt';

function fakeWorker(state = 'installing') {
  const listeners: (() => void)[] = [];
  const worker = {
    state,
    postMessage: vi.fn(),
    addEventListener: (_: 'statechange', l: () => void) => listeners.push(l),
    become(next: string) {
      worker.state = next;
      for (const l of listeners) l();
    },
  };
  return worker;
}

function fakeContainer(controller: unknown, registration: Partial<WorkerRegistrationLike>) {
  const found: (() => void)[] = [];
  const changed: (() => void)[] = [];
  const reg = {
    waiting: null,
    installing: null,
    ...registration,
    addEventListener: (_: 'updatefound', l: () => void) => found.push(l),
  };
  return {
    container: {
      controller,
      ready: Promise.resolve(reg),
      addEventListener: (_: 'controllerchange', l: () => void) => changed.push(l),
    },
    reg,
    updateFound(worker: WorkerLike) {
      (reg as { installing: WorkerLike | null }).installing = worker;
      for (const l of found) l();
    },
    controllerChanged() {
      for (const l of changed) l();
    },
  };
}

const version = () => Promise.resolve({ version: '0.2.0', built: '2026-12-01T23:40:00.000Z' });

describe('watchForUpdate', () => {
  it('offers a waiting build by its version, and reloads only after it takes control', async () => {
    const waiting = fakeWorker('installed');
    const fake = fakeContainer({}, { waiting });
    const offers: WaitingUpdate[] = [];
    const reload = vi.fn();
    watchForUpdate(fake.container, version, (u) => offers.push(u), reload);
    await vi.waitFor(() => {
      expect(offers).toHaveLength(1);
    });
    expect(offers[0]?.label).toBe('version 0.2.0, built 2026-12-01 23:40 UTC');
    expect(reload).not.toHaveBeenCalled();
    offers[0]?.accept();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    fake.controllerChanged();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('offers a build that finishes installing while the page is open', async () => {
    const fake = fakeContainer({}, {});
    const offers: WaitingUpdate[] = [];
    watchForUpdate(fake.container, version, (u) => offers.push(u), vi.fn());
    await Promise.resolve();
    const worker = fakeWorker();
    fake.updateFound(worker);
    worker.become('installed');
    await vi.waitFor(() => {
      expect(offers).toHaveLength(1);
    });
  });

  it('says nothing on a first install (no page is controlled yet)', async () => {
    const fake = fakeContainer(null, {});
    const offers: WaitingUpdate[] = [];
    watchForUpdate(fake.container, version, (u) => offers.push(u), vi.fn());
    await Promise.resolve();
    const worker = fakeWorker();
    fake.updateFound(worker);
    worker.become('installed');
    await new Promise((r) => setTimeout(r, 0));
    expect(offers).toEqual([]);
  });
});

describe('versionLabel', () => {
  it('falls back to plain words when the network cannot say', async () => {
    expect(await versionLabel(() => Promise.reject(new Error('offline')))).toBe('a new version');
    expect(await versionLabel(() => Promise.resolve({ nope: 1 }))).toBe('a new version');
    expect(await versionLabel(() => Promise.resolve({ version: '1.0.0' }))).toBe('version 1.0.0');
  });
});
