/**
 * Starts loading the Chart tab (its chunk, its stylesheet and series.json) before the reader
 * opens it, so the first switch finds them ready (issue 11: switching ≤ 100 ms main-thread work):
 * at an idle moment after the first view (the first complete map, or the table on a page opened
 * on it), and on intent — the pointer enters the tab, a
 * finger touches it, or the keyboard focuses it — for a reader quicker than that.
 */
import { MAP_COMPLETE_MARK, TABLE_SHOWN_MARK } from '../app/benchHook';
import { lazyComponent } from '../app/lazy';

/** How long after the first view the idle prefetch waits (the map's own late work first). */
export const AFTER_FIRST_VIEW_MS = 500;

/** The performance marks of a first view (benchHook.ts): the first complete map, the table shown. */
export const FIRST_VIEW_MARKS: readonly string[] = [MAP_COMPLETE_MARK, TABLE_SHOWN_MARK];

/**
 * One prefetch, shared: every call returns the same promise, which settles when all loads have:
 * true when all loaded. A prefetch is a hint: a failure is swallowed (false; the tab shows its own
 * error when opened) and the next intent tries again.
 */
export function makePrefetch(loads: () => readonly Promise<unknown>[]): () => Promise<boolean> {
  let pending: Promise<boolean> | undefined;
  return () => {
    pending ??= Promise.all(loads()).then(
      () => true,
      () => {
        pending = undefined;
        return false;
      },
    );
    return pending;
  };
}

/** The Chart tab (and d3-scale), a chunk of its own: App.tsx renders this. */
export const LazyChartSection = lazyComponent(() => import('./ChartSection').then((m) => m.default));

// loadSeries comes with the chart's chunk (ChartSection imports it): not first-load code.
export const prefetchChart = makePrefetch(() => [LazyChartSection.preload(), import('./loadSeries').then((m) => m.loadSeries())]);

/** What afterFirstView needs from the browser (tests pass fakes). */
export interface IdleEnv {
  /** Calls back once the performance mark `name` exists (at once if it already does); returns a cancel. */
  onMark(name: string, callback: () => void): () => void;
  /** Calls back after `ms`, then at the browser's next idle period; returns a cancel. */
  idleAfter(ms: number, callback: () => void): () => void;
}

export const browserIdleEnv: IdleEnv = {
  onMark(name, callback) {
    if (typeof PerformanceObserver === 'undefined') return () => undefined;
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(name).length === 0) return;
      observer.disconnect();
      callback();
    });
    // buffered: a mark made before this call is delivered too.
    observer.observe({ type: 'mark', buffered: true });
    return () => observer.disconnect();
  },
  idleAfter(ms, callback) {
    let live = true;
    const run = () => live && callback();
    // Safari has no requestIdleCallback: the timer alone then.
    const timer = setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : run()), ms);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  },
};

/**
 * Runs `run` once the first view has been drawn (the first of FIRST_VIEW_MARKS: the first
 * complete map, or the table on a page opened on it), `delayMs` later at an idle moment: never
 * competing with the first map for the network or the main thread. Returns a cancel (a React
 * effect's cleanup).
 */
export function afterFirstView(run: () => void, env: IdleEnv = browserIdleEnv, delayMs = AFTER_FIRST_VIEW_MS): () => void {
  let cancelIdle: (() => void) | undefined;
  const cancelMarks: (() => void)[] = [];
  const cancelAllMarks = () => {
    for (const cancel of cancelMarks) cancel();
  };
  for (const name of FIRST_VIEW_MARKS) {
    cancelMarks.push(
      env.onMark(name, () => {
        if (cancelIdle !== undefined) return;
        cancelAllMarks();
        cancelIdle = env.idleAfter(delayMs, run);
      }),
    );
  }
  return () => {
    cancelAllMarks();
    cancelIdle?.();
  };
}
