import { describe, expect, it, vi } from 'vitest';
import { startLazily } from './startLazily';

describe('startLazily', () => {
  it('starts once the module is loaded and stops on cleanup', async () => {
    const stop = vi.fn();
    const cleanup = startLazily(() => Promise.resolve({ go: () => stop }), (m) => m.go());
    await Promise.resolve();
    await Promise.resolve();
    expect(stop).not.toHaveBeenCalled();
    cleanup();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('never starts when cleaned up before the module arrives', async () => {
    const start = vi.fn(() => () => undefined);
    const cleanup = startLazily(() => Promise.resolve({}), start);
    cleanup();
    await Promise.resolve();
    await Promise.resolve();
    expect(start).not.toHaveBeenCalled();
  });
});
