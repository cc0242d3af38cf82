/** What only compare mode shows, in one chunk loaded when compare mode is first turned on. */
export { CompareLegend } from './CompareLegend';
export { CompareNote } from './CompareNote';
export { CompareTable } from './CompareTable';
