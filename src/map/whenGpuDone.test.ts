import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFenceContext } from '../testing/maplibreMock';
import { whenGpuDone } from './whenGpuDone';

/** A canvas whose WebGL2 context is a fence that signals when the test says so. */
function canvasWithFence() {
  const gl = fakeFenceContext();
  gl.done = false;
  const canvas = document.createElement('canvas');
  canvas.getContext = ((type: string) => (type === 'webgl2' ? gl : null)) as HTMLCanvasElement['getContext'];
  return { canvas, gl };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('whenGpuDone', () => {
  it('resolves at once where the canvas has no WebGL2 context', async () => {
    const canvas = document.createElement('canvas');
    canvas.getContext = (() => null) as HTMLCanvasElement['getContext'];
    await expect(whenGpuDone(canvas)).resolves.toBeUndefined();
  });

  it('waits for the fence, without blocking, then deletes it', async () => {
    vi.useFakeTimers();
    const { canvas, gl } = canvasWithFence();
    let resolved = false;
    void whenGpuDone(canvas).then(() => (resolved = true));
    expect(gl.flush).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(resolved).toBe(false);
    gl.done = true;
    await vi.advanceTimersByTimeAsync(20);
    expect(resolved).toBe(true);
    expect(gl.deleteSync).toHaveBeenCalledTimes(1);
  });

  it('gives up on a fence that never signals (a lost context), so the map is not kept hidden', async () => {
    vi.useFakeTimers();
    const { canvas } = canvasWithFence();
    let resolved = false;
    void whenGpuDone(canvas).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(1_900);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(resolved).toBe(true);
  });
});
