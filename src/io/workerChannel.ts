/**
 * Request and reply over a Web Worker, written once for every worker of the app (layout,
 * validation). The page side numbers each request and settles its promise when the reply with
 * that number comes back; if the worker fails to load or crashes, everything waiting is rejected
 * and the next request starts a fresh worker. The worker side (`answerRequests`) runs a handler
 * per request and replies with its result or the error message.
 */

/** What crosses to the worker: the request's number and its payload. */
export interface WorkerRequest<Payload> {
  id: number;
  payload: Payload;
}

/** What comes back: the result, or the message of what went wrong. */
export type WorkerReply<Result> = { id: number; result: Result } | { id: number; error: string };

interface Pending<Result> {
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/**
 * A function that sends one request to the worker `create` starts (on first use, and again after
 * a crash) and resolves with its reply. `name` words the error when the worker fails.
 */
// The type parameters state the worker's contract at the call site.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function workerChannel<Payload, Result>(
  create: () => Worker,
  name: string,
): (payload: Payload) => Promise<Result> {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending<Result>>();

  const start = (): Worker => {
    const w = create();
    w.onmessage = ({ data: reply }: MessageEvent<WorkerReply<Result>>) => {
      const request = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) request?.reject(new Error(reply.error));
      else request?.resolve(reply.result);
    };
    // The worker failed to load or crashed: fail what is waiting and start afresh next time.
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = undefined;
      for (const request of pending.values())
        request.reject(new Error(`${name} failed: ${event.message || 'unknown error'}`));
      pending.clear();
    };
    return w;
  };

  return (payload) => {
    worker ??= start();
    const w = worker;
    const request: WorkerRequest<Payload> = { id: nextId++, payload };
    return new Promise<Result>((resolve, reject) => {
      w.postMessage(request); // throws (rejecting) before anything is left pending
      pending.set(request.id, { resolve, reject });
    });
  };
}

/** In a worker: answers every request with `handle(payload)`, or the error it threw. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function answerRequests<Payload, Result>(handle: (payload: Payload) => Result): void {
  // The project compiles against the DOM library; this is the part of the worker scope used here.
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<WorkerRequest<Payload>>) => void) | null;
    postMessage: (reply: WorkerReply<Result>) => void;
  };
  scope.onmessage = ({ data: { id, payload } }) => {
    let reply: WorkerReply<Result>;
    try {
      reply = { id, result: handle(payload) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  };
}
