/**
 * The one hook that benchmarks and browser tests use to reach inside the page.
 *
 * - `performance.mark('map-complete')` (always on, costs nothing): set once per page, at the first
 *   paint that shows the map idle, with its sources loaded and the colours of the shown date
 *   applied. Read it with `performance.getEntriesByName('map-complete')`; its startTime is measured
 *   from navigation.
 * - `window.__icemap = { map, store }` only when the page URL has `bench=1` (e.g.
 *   `index.html?bench=1&date=2005-01`): the maplibre map (null until created, and after it is
 *   removed), the zustand store (`store.getState().setDate(day)`, `store.subscribe(...)`) and
 *   `lastRecolour` (main-thread time of the map's recolours since the bench cleared it, and how many
 *   feature-states they changed).
 *   `bench=1` is not part of the shareable URL (src/url/codec.ts ignores it; the URL sync keeps it
 *   in place) and is not documented for readers.
 *
 * Used by scripts/bench/ (npm run bench) and may be used by tests/browser/.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAppStore } from '../store/appStore';

export const MAP_COMPLETE_MARK = 'map-complete';

export interface IceMapHook {
  map: MaplibreMap | null;
  store: typeof useAppStore;
  /**
   * The map's recolour since the bench last cleared this (set it to undefined before a step):
   * main-thread ms of our diffs plus the setFeatureState calls, and how many feature-states
   * changed, summed over the step's recolours (categories, and the compare day's in compare mode).
   */
  lastRecolour?: { ms: number; changes: number };
}

declare global {
  interface Window {
    __icemap?: IceMapHook;
  }
}

let on: boolean | undefined;
function enabled(): boolean {
  on ??= typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('bench') === '1';
  return on;
}

/** Called by MapView when it creates (map) or removes (null) its map. */
export function exposeMap(map: MaplibreMap | null): void {
  if (!enabled()) return;
  window.__icemap = { map, store: useAppStore };
}

/** Called by MapView after each recolour (a no-op without bench=1): adds to what the bench has not cleared. */
export function noteRecolour(ms: number, changes: number): void {
  if (!enabled() || window.__icemap === undefined) return;
  const before = window.__icemap.lastRecolour;
  window.__icemap.lastRecolour = { ms: (before?.ms ?? 0) + ms, changes: (before?.changes ?? 0) + changes };
}

let completeMarked = false;

/**
 * Called once the first complete map is shown (src/map/session.ts): marks the page's next paint,
 * which, where the compositor reads the map's canvas back, is when the map's pixels are on screen.
 */
export function markMapCompleteAfterPaint(): void {
  if (completeMarked || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  completeMarked = true;
  // A frame callback runs before that frame's commit; a task queued from it runs after the commit.
  requestAnimationFrame(() => setTimeout(() => performance.mark(MAP_COMPLETE_MARK)));
}

/**
 * Set once per page when the table has rendered (TableView): for a page opened on the table, the
 * moment the chart's idle prefetch waits for instead of the first map (src/chart/prefetch.ts).
 */
export const TABLE_SHOWN_MARK = 'table-shown';

let tableMarked = false;

/** Called by TableView after its first render. */
export function markTableShown(): void {
  if (tableMarked || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  tableMarked = true;
  performance.mark(TABLE_SHOWN_MARK);
}
