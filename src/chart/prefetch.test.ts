import { describe, expect, it, vi } from 'vitest';
import { afterFirstView, type IdleEnv, makePrefetch } from './prefetch';

describe('makePrefetch', () => {
  it('starts the loads once and returns the same promise', async () => {
    const loads = vi.fn(() => [Promise.resolve('chunk'), Promise.resolve('series')]);
    const prefetch = makePrefetch(loads);
    const first = prefetch();
    expect(prefetch()).toBe(first);
    await expect(first).resolves.toBe(true);
    expect(prefetch()).toBe(first);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('swallows a failure and tries again on the next intent', async () => {
    const loads = vi
      .fn<() => Promise<unknown>[]>()
      .mockReturnValueOnce([Promise.reject(new Error('offline'))])
      .mockReturnValueOnce([Promise.resolve('ok')]);
    const prefetch = makePrefetch(loads);
    await expect(prefetch()).resolves.toBe(false);
    await expect(prefetch()).resolves.toBe(true);
    expect(loads).toHaveBeenCalledTimes(2);
  });
});

describe('afterFirstView', () => {
  function fakeEnv() {
    const markCallbacks = new Map<string, () => void>();
    let idleCallback: (() => void) | undefined;
    const env: IdleEnv = {
      onMark: vi.fn((name: string, callback: () => void) => {
        markCallbacks.set(name, callback);
        return () => {
          markCallbacks.delete(name);
        };
      }),
      idleAfter: vi.fn((_ms: number, callback: () => void) => {
        idleCallback = callback;
        return () => {
          idleCallback = undefined;
        };
      }),
    };
    return { env, mark: (name = 'map-complete') => markCallbacks.get(name)?.(), marks: markCallbacks, idle: () => idleCallback?.() };
  }

  it('waits for the map-complete mark, then for an idle moment after the delay', () => {
    const fake = fakeEnv();
    const run = vi.fn();
    afterFirstView(run, fake.env, 500);
    expect(fake.env.onMark).toHaveBeenCalledWith('map-complete', expect.any(Function));
    fake.idle();
    expect(run).not.toHaveBeenCalled();
    fake.mark();
    expect(fake.env.idleAfter).toHaveBeenCalledWith(500, run);
    expect(run).not.toHaveBeenCalled();
    fake.idle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('on a page opened on the table, waits for the table-shown mark instead, once', () => {
    const fake = fakeEnv();
    const run = vi.fn();
    afterFirstView(run, fake.env, 500);
    fake.mark('table-shown');
    expect(fake.env.idleAfter).toHaveBeenCalledTimes(1);
    // The other mark is no longer watched: a later first map does not start a second wait.
    expect(fake.marks.size).toBe(0);
    fake.idle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, before or after the mark', () => {
    const before = fakeEnv();
    const run = vi.fn();
    afterFirstView(run, before.env)();
    before.mark();
    before.idle();
    const after = fakeEnv();
    const cancel = afterFirstView(run, after.env);
    after.mark();
    cancel();
    after.idle();
    expect(run).not.toHaveBeenCalled();
  });
});
