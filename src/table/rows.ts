/**
 * The table view's logic without a DOM: one row per jurisdiction with its status on a date and
 * the day that status began, filtering by level, state and status, sorting, and pages.
 */
import { CATEGORY_RANK, type Category } from '../domain/categories';
import type { JurisdictionEntry, MapLevel } from '../domain/dataset';
import type { DatePrecision, IsoDay } from '../domain/dates';
import { STATE_BY_FIPS } from '../domain/states';
import { intervalPrecision, type StatusInterval } from '../domain/status';

export interface TableRow {
  id: string;
  name: string;
  level: MapLevel;
  /** 2-digit state FIPS and the state's name. */
  state: string;
  stateName: string;
  category: Category;
  /** First day of the current status; undefined when it has held since the start of the data. */
  since?: IsoDay;
  /** How precisely `since` is known; sorting still uses the day. */
  sincePrecision?: DatePrecision;
  /** Named on a federal list standing on the day (federal/listed.ts). */
  listed: boolean;
}

export type SortKey = 'name' | 'level' | 'state' | 'status' | 'since';

export interface SortState {
  key: SortKey;
  ascending: boolean;
}

export interface TableFilters {
  level: MapLevel | 'all';
  /** 2-digit state FIPS or "all". */
  state: string;
  category: Category | 'all';
  /** Only the jurisdictions named on a federal list standing on the day. */
  listedOnly: boolean;
}

export const NO_FILTERS: TableFilters = { level: 'all', state: 'all', category: 'all', listedOnly: false };
export const DEFAULT_SORT: SortState = { key: 'state', ascending: true };
export const PAGE_SIZE = 100;

/** The interval in force on `day` (binary search, like statusOn), or undefined before the first. */
export function intervalOn(intervals: readonly StatusInterval[], day: IsoDay): StatusInterval | undefined {
  let lo = 0;
  let hi = intervals.length - 1;
  let found: StatusInterval | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = intervals[mid]!;
    if (interval[0] <= day) {
      found = interval;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function rowOf(entry: JurisdictionEntry, day: IsoDay, listed: ReadonlySet<string> = NONE): TableRow {
  const interval = intervalOn(entry.intervals, day);
  return {
    id: entry.id,
    name: entry.name,
    level: entry.level,
    state: entry.state,
    stateName: STATE_BY_FIPS.get(entry.state)?.name ?? entry.state,
    category: interval?.[1] ?? 'none',
    // Before the first interval the status is "no known policy" since the start of the data.
    ...(interval !== undefined ? { since: interval[0], sincePrecision: intervalPrecision(interval) } : {}),
    listed: listed.has(entry.id),
  };
}

const NONE: ReadonlySet<string> = new Set();

/** One row per jurisdiction; `listed`: the ids named on a federal list standing on `day`. */
export function tableRows(
  byLevel: Readonly<Record<MapLevel, readonly JurisdictionEntry[]>>,
  day: IsoDay,
  listed: ReadonlySet<string> = NONE,
): TableRow[] {
  const rows: TableRow[] = [];
  for (const level of ['state', 'county', 'place'] as const) for (const entry of byLevel[level]) rows.push(rowOf(entry, day, listed));
  return rows;
}

export function filterRows(rows: readonly TableRow[], filters: TableFilters): TableRow[] {
  return rows.filter(
    (r) =>
      (filters.level === 'all' || r.level === filters.level) &&
      (filters.state === 'all' || r.state === filters.state) &&
      (filters.category === 'all' || r.category === filters.category) &&
      (!filters.listedOnly || r.listed),
  );
}

const LEVEL_ORDER: Record<MapLevel, number> = { state: 0, county: 1, place: 2 };

/** Sorted copy. Ties fall back to state, level, then name, so the order is always the same. */
export function sortRows(rows: readonly TableRow[], sort: SortState, collator: Intl.Collator): TableRow[] {
  const byName = (a: TableRow, b: TableRow) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byState = (a: TableRow, b: TableRow) => collator.compare(a.stateName, b.stateName);
  const byLevel = (a: TableRow, b: TableRow) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level];
  const primary: Record<SortKey, (a: TableRow, b: TableRow) => number> = {
    name: byName,
    level: byLevel,
    state: byState,
    status: (a, b) => CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category],
    // No change on record sorts as the earliest.
    since: (a, b) => (a.since ?? '') < (b.since ?? '') ? -1 : (a.since ?? '') > (b.since ?? '') ? 1 : 0,
  };
  const direction = sort.ascending ? 1 : -1;
  return [...rows].sort(
    (a, b) => direction * primary[sort.key](a, b) || byState(a, b) || byLevel(a, b) || byName(a, b),
  );
}

export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(rows: readonly T[], page: number, size: number = PAGE_SIZE): T[] {
  const p = Math.min(Math.max(0, page), pageCount(rows.length, size) - 1);
  return rows.slice(p * size, p * size + size);
}

/** The page (0-based) holding the row `id`, or undefined when it is filtered out. */
export function pageWith(rows: readonly TableRow[], id: string, size: number = PAGE_SIZE): number | undefined {
  const i = rows.findIndex((r) => r.id === id);
  return i < 0 ? undefined : Math.floor(i / size);
}
