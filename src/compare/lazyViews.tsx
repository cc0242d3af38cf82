/**
 * React.lazy wrappers of compare mode's legend, table and panel note (views.ts), so a page that
 * never compares does not load them. Each wrapper shows nothing while its chunk loads.
 */
import { lazy, Suspense } from 'react';

const views = () => import('./views');
const LegendView = lazy(() => views().then((m) => ({ default: m.CompareLegend })));
const TableView = lazy(() => views().then((m) => ({ default: m.CompareTable })));
const NoteView = lazy(() => views().then((m) => ({ default: m.CompareNote })));

type Props<T> = T extends (props: infer P) => unknown ? P : never;

export function LazyCompareLegend(props: Props<typeof import('./CompareLegend').CompareLegend>) {
  return <Suspense fallback={null}><LegendView {...props} /></Suspense>;
}
export function LazyCompareTable(props: Props<typeof import('./CompareTable').CompareTable>) {
  return <Suspense fallback={null}><TableView {...props} /></Suspense>;
}
export function LazyCompareNote(props: Props<typeof import('./CompareNote').CompareNote>) {
  return <Suspense fallback={null}><NoteView {...props} /></Suspense>;
}
