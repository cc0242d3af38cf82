/**
 * Change between two dates, per jurisdiction: pure logic for compare mode (`compare=` beside
 * `date=`).
 *
 * Direction is read on the diverging order of src/domain/categories.ts (CATEGORY_RANK: limits −2,
 * some limits −1, no known policy 0, requires +1, participates +2):
 * - "toward more limits" (`limits`): the rank went DOWN between the earlier and the later date
 *   (e.g. participates → no known policy, no known policy → some limits);
 * - "toward more cooperation" (`cooperation`): the rank went UP (e.g. limits → requires);
 * - "unchanged": the same category on both dates (a jurisdiction whose status changed and changed
 *   back in between counts as unchanged: compare mode answers "from what to what", not "how often").
 * The two dates are taken in time order whichever the URL names first, so `date` and `compare`
 * can be given either way round.
 */
import { CATEGORY_RANK, type Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { explainStatus, type JurisdictionLayers, statusOn, type StatusInterval } from '../domain/status';

export const DIRECTIONS = ['limits', 'unchanged', 'cooperation'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Change {
  from: Category;
  to: Category;
  direction: Direction;
}

export function directionOf(from: Category, to: Category): Direction {
  const delta = CATEGORY_RANK[to] - CATEGORY_RANK[from];
  return delta < 0 ? 'limits' : delta > 0 ? 'cooperation' : 'unchanged';
}

/** The two days in time order: [earlier, later]. */
export function ordered(a: IsoDay, b: IsoDay): [IsoDay, IsoDay] {
  return a <= b ? [a, b] : [b, a];
}

export function changeBetween(intervals: readonly StatusInterval[], a: IsoDay, b: IsoDay): Change {
  const [earlier, later] = ordered(a, b);
  const from = statusOn(intervals, earlier);
  const to = statusOn(intervals, later);
  return { from, to, direction: directionOf(from, to) };
}

export type DirectionCounts = Record<Direction, number>;

/** How many of `entries` changed each way, and (with `people`) how many residents they hold. */
export function countChanges(
  entries: readonly JurisdictionEntry[],
  a: IsoDay,
  b: IsoDay,
  people?: (id: string) => number | undefined,
): { counts: DirectionCounts; people: DirectionCounts } {
  const counts: DirectionCounts = { limits: 0, unchanged: 0, cooperation: 0 };
  const residents: DirectionCounts = { limits: 0, unchanged: 0, cooperation: 0 };
  for (const entry of entries) {
    const { direction } = changeBetween(entry.intervals, a, b);
    counts[direction] += 1;
    residents[direction] += people?.(entry.id) ?? 0;
  }
  return { counts, people: residents };
}

/**
 * The record behind a change: the one deciding the later status; when the later status is "no
 * known policy" (a record ended or was struck down), the one that decided the earlier status.
 * Undefined when nothing changed or the records do not explain the build's statuses.
 */
export function changingRecord(layers: JurisdictionLayers, change: Change, a: IsoDay, b: IsoDay): string | undefined {
  if (change.direction === 'unchanged') return undefined;
  const [earlier, later] = ordered(a, b);
  const after = explainStatus(layers, later);
  if (after.category !== change.to) return undefined;
  if (after.recordId !== undefined) return after.recordId;
  const before = explainStatus(layers, earlier);
  return before.category === change.from ? before.recordId : undefined;
}

/** Changed jurisdictions first by direction then name: the compare table's default order. */
export function changedEntries(entries: readonly JurisdictionEntry[], a: IsoDay, b: IsoDay): { entry: JurisdictionEntry; change: Change }[] {
  const out: { entry: JurisdictionEntry; change: Change }[] = [];
  for (const entry of entries) {
    const change = changeBetween(entry.intervals, a, b);
    if (change.direction !== 'unchanged') out.push({ entry, change });
  }
  return out.sort((x, y) => DIRECTIONS.indexOf(x.change.direction) - DIRECTIONS.indexOf(y.change.direction) || x.entry.name.localeCompare(y.entry.name));
}

// The one-click pairs live in ./pairs.ts (the compare bar, part of the first load, needs only them).
export { INAUGURATION_2025, yearBefore } from './pairs';
