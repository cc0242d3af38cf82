/** What only compare mode uses, in one chunk loaded when compare mode is first turned on (./lazyViews.tsx). */
export { comparisonAnnouncement } from './announce';
export { CompareLegend } from './CompareLegend';
export { CompareMap } from './CompareMap';
export { CompareNote } from './CompareNote';
export { CompareTable } from './CompareTable';
