import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/ui/loadOnce';

describe('loadOnce', () => {
  it('joins one request, hands the value over once here, and asks again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const value = loadOnce(() => {
      calls++;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(42);
    });
    expect(value.peek()).toBeUndefined();
    await expect(value.load()).rejects.toThrow('offline');
    fail = false;
    const [a, b] = [value.load(), value.load()];
    await expect(a).resolves.toBe(42);
    await expect(b).resolves.toBe(42);
    expect(calls).toBe(2);
    expect(value.peek()).toBe(42);
  });
});
