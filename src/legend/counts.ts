import { CATEGORIES, type Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { countsOn } from '../domain/snapshot';
import { statusOn } from '../domain/status';

/** How many of `entries` fall in each category on `day` (every category present, zero or more). */
export function countByCategory(entries: Iterable<JurisdictionEntry>, day: IsoDay): Record<Category, number> {
  // Counted once per list and day, shared with the map and the description (domain/snapshot.ts).
  if (Array.isArray(entries)) return { ...countsOn(entries, day) };
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const entry of entries) counts[statusOn(entry.intervals, day)] += 1;
  return counts;
}
