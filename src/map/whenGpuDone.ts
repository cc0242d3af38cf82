/**
 * Resolves when the GPU has carried out everything drawn on `canvas` so far.
 *
 * Without GPU compositing (a school laptop without GPU acceleration, headless Chromium) the page
 * shows a WebGL canvas by reading it back at the compositor's commit, on the main thread, and
 * that read waits for the GPU to finish: the first map's frame (shader compilation, buffer
 * uploads and the draw, in software) was a 0.5–0.8 s task that froze the page (BENCHMARKS.md).
 * A transparent canvas is not read back, so the first frame is drawn transparent and shown when a
 * WebGL2 fence says the GPU is done: the wait happens off the main thread. Elsewhere the fence
 * signals within a frame or two.
 */

/** How often the fence is asked: its status only changes between tasks, and asking costs nothing. */
const POLL_MS = 10;
/** A fence that never signals (a lost context) does not keep the map hidden. */
const GIVE_UP_MS = 2_000;

export function whenGpuDone(canvas: HTMLCanvasElement): Promise<void> {
  // The map's own context: getContext returns the one maplibre made (null if it made a WebGL1 one).
  const gl = canvas.getContext('webgl2');
  const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) ?? null;
  if (gl === null || sync === null) return Promise.resolve();
  gl.flush();
  const giveUp = performance.now() + GIVE_UP_MS;
  return new Promise((resolve) => {
    const poll = () => {
      if (gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED && performance.now() < giveUp) return void setTimeout(poll, POLL_MS);
      gl.deleteSync(sync);
      resolve();
    };
    poll();
  });
}
