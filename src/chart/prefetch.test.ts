import { describe, expect, it, vi } from 'vitest';
import { makePrefetch } from './prefetch';

describe('makePrefetch', () => {
  it('starts the loads once and returns the same promise', async () => {
    const loads = vi.fn(() => [Promise.resolve('chunk'), Promise.resolve('series')]);
    const prefetch = makePrefetch(loads);
    const first = prefetch();
    expect(prefetch()).toBe(first);
    await expect(first).resolves.toBeUndefined();
    expect(prefetch()).toBe(first);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('swallows a failure and tries again on the next intent', async () => {
    const loads = vi
      .fn<() => Promise<unknown>[]>()
      .mockReturnValueOnce([Promise.reject(new Error('offline'))])
      .mockReturnValueOnce([Promise.resolve('ok')]);
    const prefetch = makePrefetch(loads);
    await expect(prefetch()).resolves.toBeUndefined();
    await expect(prefetch()).resolves.toBeUndefined();
    expect(loads).toHaveBeenCalledTimes(2);
  });
});
