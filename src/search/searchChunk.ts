/** What the search box fetches on its first focus: the index (with fuse.js) and the result list. */
import type { Jurisdictions } from '../data/jurisdictions';
import type { RecordIndex } from '../domain/dataset';
import { agencyItems, commonNameItems, jurisdictionItems, SearchIndex } from './searchIndex';

export { SearchOptions } from './SearchOptions';

/** The index over every jurisdiction, common agency names and (once loaded) the records' agencies. */
export function buildSearchIndex(jurisdictions: Jurisdictions, records: RecordIndex | undefined): SearchIndex {
  const items = [...jurisdictionItems(jurisdictions), ...commonNameItems(jurisdictions)];
  if (records !== undefined) items.push(...agencyItems(records, jurisdictions));
  return new SearchIndex(items);
}
