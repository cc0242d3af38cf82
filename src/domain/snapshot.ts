/**
 * The category of every jurisdiction of a list on one day, computed once and shared.
 *
 * On a date change the map's recolour, the legend counts, the map description and the screen-reader
 * announcement all ask for the same day over the same lists (the `byLevel` arrays, which stay the
 * same for a data set). Each used to binary-search every entry itself — about 17,000 lookups per
 * timeline step. Here a day is computed once per list, and from the day computed last: only the
 * entries with an interval starting between the two days are looked up again (a month's step
 * touches a handful of the 3,200 counties). The last few days per list are kept, so "the day before"
 * (what changed since) is usually there already. Measured by `npm run bench` (BENCHMARKS.md).
 */
import { CATEGORIES, type Category } from './categories';
import type { JurisdictionEntry } from './dataset';
import type { IsoDay } from './dates';
import { statusOn } from './status';

/** Days kept per list: the shown day, the one before, and a little slack for back-and-forth. */
const KEEP_DAYS = 4;

interface ListCache {
  /** Most recently used last. */
  byDay: Map<IsoDay, readonly Category[]>;
  /** Every interval start of every entry, sorted by day, with its entry's index (built on first use). */
  starts?: { days: IsoDay[]; entry: Int32Array };
}

const cache = new WeakMap<readonly JurisdictionEntry[], ListCache>();

function startsOf(entries: readonly JurisdictionEntry[]): NonNullable<ListCache['starts']> {
  const pairs: [IsoDay, number][] = [];
  entries.forEach((e, i) => {
    for (const interval of e.intervals) pairs.push([interval[0], i]);
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { days: pairs.map((p) => p[0]), entry: Int32Array.from(pairs, (p) => p[1]) };
}

/** Index of the first of the sorted `days` that is after `day`. */
function firstAfter(days: readonly IsoDay[], day: IsoDay): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compute(entries: readonly JurisdictionEntry[], list: ListCache, day: IsoDay): Category[] {
  // From the day computed last, when one is kept: an entry's category differs between two days
  // only if one of its intervals starts after the earlier day and on or before the later one.
  let from: IsoDay | undefined;
  let base: readonly Category[] | undefined;
  for (const [d, categories] of list.byDay) {
    from = d;
    base = categories;
  }
  if (from !== undefined && base !== undefined && base.length === entries.length) {
    list.starts ??= startsOf(entries);
    const { days, entry } = list.starts;
    const [lo, hi] = from < day ? [from, day] : [day, from];
    const first = firstAfter(days, lo);
    const last = firstAfter(days, hi);
    if (last - first < entries.length / 4) {
      const categories = base.slice();
      for (let k = first; k < last; k++) {
        const i = entry[k]!;
        categories[i] = statusOn(entries[i]!.intervals, day);
      }
      return categories;
    }
  }
  const categories = new Array<Category>(entries.length);
  for (let i = 0; i < entries.length; i++) categories[i] = statusOn(entries[i]!.intervals, day);
  return categories;
}

/**
 * `categoriesOn(entries, day)[i]` is the category of `entries[i]` on `day`. The list and its
 * entries must not change afterwards (they are data from the build; lists are built once).
 */
export function categoriesOn(entries: readonly JurisdictionEntry[], day: IsoDay): readonly Category[] {
  let list = cache.get(entries);
  if (list === undefined) {
    list = { byDay: new Map() };
    cache.set(entries, list);
  }
  const hit = list.byDay.get(day);
  if (hit !== undefined && hit.length === entries.length) {
    list.byDay.delete(day);
    list.byDay.set(day, hit);
    return hit;
  }
  const categories = compute(entries, list, day);
  list.byDay.set(day, categories);
  if (list.byDay.size > KEEP_DAYS) list.byDay.delete(list.byDay.keys().next().value!);
  return categories;
}

const countCache = new WeakMap<readonly Category[], Readonly<Record<Category, number>>>();

/** How many of `entries` fall in each category on `day`, from the shared snapshot (counted once per day). */
export function countsOn(entries: readonly JurisdictionEntry[], day: IsoDay): Readonly<Record<Category, number>> {
  const categories = categoriesOn(entries, day);
  let counts = countCache.get(categories);
  if (counts === undefined) {
    const c = Object.fromEntries(CATEGORIES.map((k) => [k, 0])) as Record<Category, number>;
    for (const category of categories) c[category] += 1;
    counts = c;
    countCache.set(categories, counts);
  }
  return counts;
}
