/** The one worker request/reply channel, against a fake worker that answers out of order or crashes. */
import { describe, expect, it } from 'vitest';
import { workerChannel, type WorkerReply, type WorkerRequest } from '../../src/io/workerChannel';

/** A stand-in for a Worker: keeps what was posted, replies or fails when told to. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerReply<number>>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: WorkerRequest<number>[] = [];
  terminated = false;
  postMessage(request: WorkerRequest<number>) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: WorkerReply<number>) {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply<number>>);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

function channel() {
  const workers: FakeWorker[] = [];
  const send = workerChannel<number, number>(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  }, 'test worker');
  return { send, workers };
}

describe('workerChannel', () => {
  it('matches replies to requests by number, in any order', async () => {
    const { send, workers } = channel();
    const first = send(10);
    const second = send(20);
    const w = workers[0] as FakeWorker;
    expect(workers).toHaveLength(1);
    const [a, b] = w.posted;
    w.reply({ id: b?.id ?? 0, result: 21 });
    w.reply({ id: a?.id ?? 0, result: 11 });
    await expect(first).resolves.toBe(11);
    await expect(second).resolves.toBe(21);
    expect(w.posted.map((r) => r.payload)).toEqual([10, 20]);
  });

  it('rejects with the message the worker sent back', async () => {
    const { send, workers } = channel();
    const answer = send(1);
    workers[0]?.reply({ id: workers[0].posted[0]?.id ?? 0, error: 'bad tree' });
    await expect(answer).rejects.toThrow('bad tree');
  });

  it('fails everything waiting when the worker crashes, and starts a new one next time', async () => {
    const { send, workers } = channel();
    const waiting = [send(1), send(2)];
    workers[0]?.crash('out of memory');
    for (const w of waiting) await expect(w).rejects.toThrow('test worker failed: out of memory');
    expect(workers[0]?.terminated).toBe(true);
    const again = send(3);
    expect(workers).toHaveLength(2);
    workers[1]?.reply({ id: workers[1].posted[0]?.id ?? 0, result: 4 });
    await expect(again).resolves.toBe(4);
  });
});
