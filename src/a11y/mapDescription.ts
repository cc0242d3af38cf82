/**
 * The map in words, for screen readers and anyone who prefers text: how many jurisdictions are in
 * each category on the shown date, and which states changed since the previous date shown.
 */
import { CATEGORIES, type Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { categoriesOn } from '../domain/snapshot';
import { formatDay, formatList } from '../i18n/format';
import type { Strings } from '../i18n/strings';
import { countByCategory } from '../legend/counts';

export interface StatusChange {
  id: string;
  name: string;
  from: Category;
  to: Category;
}

/** Entries whose status differs between `from` and `to`, in the order given. */
export function statusChanges(entries: readonly JurisdictionEntry[], from: IsoDay, to: IsoDay): StatusChange[] {
  const changes: StatusChange[] = [];
  // Both days' categories come from the shared per-day snapshot (domain/snapshot.ts): the map and
  // the legend already asked for `to`, and `from` was the day shown before.
  const fromCategories = categoriesOn(entries, from);
  const toCategories = categoriesOn(entries, to);
  for (let i = 0; i < entries.length; i++) {
    const before = fromCategories[i]!;
    const after = toCategories[i]!;
    if (before !== after) changes.push({ id: entries[i]!.id, name: entries[i]!.name, from: before, to: after });
  }
  return changes;
}

/** "Texas from No known policy to Required to cooperate, …, and 3 more". */
export function changeList(changes: readonly StatusChange[], strings: Strings, max = 6): string {
  const items = changes.slice(0, max).map((c) => strings.stateChange(c.name, strings.category[c.from], strings.category[c.to]));
  if (changes.length > max) items.push(strings.listMore(changes.length - max));
  return formatList(items, strings.locale);
}

export interface MapDescription {
  counts: string;
  changes: string;
}

export function describeMap(args: {
  /** The jurisdictions coloured on the map (counties or states, as the layer toggle says). */
  entries: readonly JurisdictionEntry[];
  levelPlural: string;
  /** The states, for the list of changes. */
  states: readonly JurisdictionEntry[];
  /** Counties, to count their changes (omit when the map shows states). */
  counties?: readonly JurisdictionEntry[];
  date: IsoDay;
  previous: IsoDay;
  strings: Strings;
}): MapDescription {
  const { entries, levelPlural, states, counties, date, previous, strings } = args;
  const locale = strings.locale;
  const counts = countByCategory(entries, date);
  const list = formatList(
    CATEGORIES.map((c) => strings.mapDescriptionCount(strings.category[c], counts[c])),
    locale,
  );
  const countsText = strings.mapDescriptionCounts(formatDay(date, locale), entries.length, levelPlural, list);
  const since = formatDay(previous, locale);
  const stateChanges = statusChanges(states, previous, date);
  const parts = [
    stateChanges.length > 0
      ? strings.mapDescriptionChanges(since, stateChanges.length, changeList(stateChanges, strings))
      : strings.mapDescriptionNoStateChanges(since),
  ];
  if (counties !== undefined) {
    const countyChanges = statusChanges(counties, previous, date).length;
    if (countyChanges > 0) parts.push(strings.mapDescriptionCountyChanges(countyChanges));
  }
  return { counts: countsText, changes: parts.join(' ') };
}
