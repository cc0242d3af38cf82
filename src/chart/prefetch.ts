/**
 * Starts loading the Chart tab (its chunk and series.json) when the reader shows intent — the
 * pointer enters the tab, a finger touches it, or the keyboard focuses it — so the click that
 * follows finds both ready instead of waiting for them (issue 11: switching ≤ 100 ms).
 */
import { loadSeries } from './loadSeries';

/**
 * One prefetch, shared: every call returns the same promise, which settles when all loads have.
 * A prefetch is a hint: a failure is swallowed (the tab shows its own error when opened) and the
 * next intent tries again.
 */
export function makePrefetch(loads: () => readonly Promise<unknown>[]): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => {
    pending ??= Promise.all(loads()).then(
      () => undefined,
      () => {
        pending = undefined;
      },
    );
    return pending;
  };
}

// The same specifier as App.tsx's lazy import, so both share one chunk.
export const prefetchChart = makePrefetch(() => [import('./ChartSection'), loadSeries()]);
