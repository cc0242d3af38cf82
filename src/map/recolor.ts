/**
 * Which features change colour when the date changes. The map keeps what it last set per feature;
 * only the differences go to setFeatureState, so stepping a month touches a handful of features,
 * not all 3,200 counties.
 */
import type { Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { statusOn } from '../domain/status';

export interface CategoryChange {
  id: string;
  level: JurisdictionEntry['level'];
  category: Category;
}

/**
 * The changes needed to show `day`, given `shown` (id → category last set; a missing id shows
 * "none", the paint expression's default). Updates `shown` to match.
 */
export function categoryChanges(
  entries: Iterable<JurisdictionEntry>,
  day: IsoDay,
  shown: Map<string, Category>,
): CategoryChange[] {
  const changes: CategoryChange[] = [];
  for (const entry of entries) {
    const category = statusOn(entry.intervals, day);
    const previous = shown.get(entry.id) ?? 'none';
    if (category !== previous) changes.push({ id: entry.id, level: entry.level, category });
    if (category === 'none') shown.delete(entry.id);
    else shown.set(entry.id, category);
  }
  return changes;
}
