/**
 * Compare mode's legend, table, panel note, map colouring and announcement (views.ts) load on
 * first use, so a page that never compares does not load them (the one lazy-loading helper:
 * app/lazy.tsx).
 */
import { lazyComponent } from '../app/lazy';

export const loadCompareViews = () => import('./views');
export const LazyCompareLegend = lazyComponent(() => loadCompareViews().then((m) => m.CompareLegend));
export const LazyCompareTable = lazyComponent(() => loadCompareViews().then((m) => m.CompareTable));
export const LazyCompareNote = lazyComponent(() => loadCompareViews().then((m) => m.CompareNote));
export const LazyCompareMap = lazyComponent(() => loadCompareViews().then((m) => m.CompareMap));
