/**
 * Which features change colour when the date changes. The map keeps what it last set per feature;
 * only the differences go to setFeatureState, so stepping a month touches a handful of features,
 * not all 3,200 counties.
 */
import type { Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { categoriesOn } from '../domain/snapshot';

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
  entries: readonly JurisdictionEntry[],
  day: IsoDay,
  shown: Map<string, Category>,
): CategoryChange[] {
  const changes: CategoryChange[] = [];
  // Computed once per list and day, shared with the legend and the description (domain/snapshot.ts).
  const categories = categoriesOn(entries, day);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const category = categories[i]!;
    const previous = shown.get(entry.id) ?? 'none';
    if (category === previous) continue;
    changes.push({ id: entry.id, level: entry.level, category });
    if (category === 'none') shown.delete(entry.id);
    else shown.set(entry.id, category);
  }
  return changes;
}

/** What the map shows, per list (the `byLevel` arrays): the categories last applied, by index. */
export type ShownCategories = WeakMap<readonly JurisdictionEntry[], readonly Category[]>;

/**
 * The changes needed to show `day` for one list, given what the map shows for it (a list not yet
 * shown shows "none" everywhere, the paint expression's default). Updates `shown`. Compares the
 * day's shared category array (domain/snapshot.ts) with the last applied one, index by index.
 */
export function listChanges(entries: readonly JurisdictionEntry[], day: IsoDay, shown: ShownCategories): CategoryChange[] {
  const next = categoriesOn(entries, day);
  const previous = shown.get(entries);
  shown.set(entries, next);
  if (previous === next) return [];
  const changes: CategoryChange[] = [];
  for (let i = 0; i < entries.length; i++) {
    const category = next[i]!;
    if (category !== (previous?.[i] ?? 'none')) changes.push({ id: entries[i]!.id, level: entries[i]!.level, category });
  }
  return changes;
}
