/**
 * Starts something whose code is a chunk fetched on demand, as a React effect: returns the
 * effect's cleanup, which stops it if it started and keeps it from starting if the chunk is
 * still on its way.
 */
export function startLazily<M>(load: () => Promise<M>, start: (module: M) => () => void): () => void {
  let stop: (() => void) | undefined;
  let cancelled = false;
  void load().then((module) => {
    if (!cancelled) stop = start(module);
  });
  return () => {
    cancelled = true;
    stop?.();
  };
}
