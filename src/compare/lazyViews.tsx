/**
 * Compare mode's legend, table and panel note (views.ts) load on first use, so a page that never
 * compares does not load them (the one lazy-loading helper: app/lazy.tsx).
 */
import { lazyComponent } from '../app/lazy';

const views = () => import('./views');
export const LazyCompareLegend = lazyComponent(() => views().then((m) => m.CompareLegend));
export const LazyCompareTable = lazyComponent(() => views().then((m) => m.CompareTable));
export const LazyCompareNote = lazyComponent(() => views().then((m) => m.CompareNote));
