/**
 * How the status of a jurisdiction on a day follows from the records that apply to it.
 *
 * Precedence (documented in data/README.md, tested in status.test.ts):
 *  1. An active 287(g) agreement of the jurisdiction's own agency (the sheriff or county jail for a
 *     county, the police department for a city, a state agency for a state) → "participates".
 *  2. A state law that requires cooperation preempts any local policy that limits it, from the
 *     law's effective date → "requires".
 *  3. A state law that limits cooperation sets a floor: the local policy applies where it limits
 *     at least as much (a place's own policy that sets the same limits is credited, with the state
 *     floor named beside it as `floorId`); a local policy that limits less or conflicts with it
 *     (one requiring cooperation) yields to the floor.
 *  4. Otherwise the jurisdiction's own policy applies; with none, "no known policy".
 * Among several records in force at once in the same layer, the strongest wins (a narrower later
 * law, such as a courthouse-only rule, does not undo a broader one still in force); between equally
 * strong records the newest wins. A law that replaces another ends the earlier record in the data.
 */
import { CATEGORY_RANK, type Category, type RecordCategory } from './categories';
import type { DatePrecision, IsoDay } from './dates';

export interface ActiveSpan {
  id: string;
  category: RecordCategory;
  /** First day in force. */
  start: IsoDay;
  /** First day no longer in force; undefined while still in force. */
  end?: IsoDay;
  /** Precision of `start` / `end` where the source gives only a month or year (absent: a day). */
  startPrecision?: PartialPrecision;
  endPrecision?: PartialPrecision;
}

/** The precisions coarser than a day; a day is the default and is never written. */
export type PartialPrecision = Exclude<DatePrecision, 'day'>;

export interface JurisdictionLayers {
  /** State-level laws, rulings and directives of the jurisdiction's state. */
  state: readonly ActiveSpan[];
  /** The jurisdiction's own policies (ordinances, executive orders, its own agency's policies). */
  local: readonly ActiveSpan[];
  /** 287(g) agreements of the jurisdiction's own agency. */
  ownAgreements: readonly ActiveSpan[];
}

/**
 * A status interval: the category holds from `start` until the next interval's start. The third
 * element, when present, says the start is known only to the month or year (status.json omits it
 * for a day, to stay small).
 */
export type StatusInterval = readonly [start: IsoDay, category: Category, precision?: PartialPrecision];

/** The precision an interval's start is known to. */
export function intervalPrecision(interval: StatusInterval): DatePrecision {
  return interval[2] ?? 'day';
}

const FINENESS: Record<DatePrecision, number> = { day: 2, month: 1, year: 0 };

export function isActive(span: ActiveSpan, day: IsoDay): boolean {
  return span.start <= day && (span.end === undefined || day < span.end);
}

/** The record in force on `day` that wins within one layer, or undefined. */
function prevailing(spans: readonly ActiveSpan[], day: IsoDay): ActiveSpan | undefined {
  let best: ActiveSpan | undefined;
  for (const span of spans) {
    if (!isActive(span, day)) continue;
    const strength = Math.abs(CATEGORY_RANK[span.category]);
    const bestStrength = best === undefined ? -1 : Math.abs(CATEGORY_RANK[best.category]);
    if (best === undefined || strength > bestStrength || (strength === bestStrength && span.start > best.start)) {
      best = span;
    }
  }
  return best;
}

/** Which layer decided a status (shown in the detail panel). */
export type StatusReason = 'agreement' | 'state' | 'local' | 'none';

export interface StatusExplanation {
  category: Category;
  reason: StatusReason;
  /** The record that decided it (none for "no known policy"). */
  recordId?: string;
  /** A state law limiting cooperation that is in force beside the place's own, equal or stricter, policy. */
  floorId?: string;
}

/** The precedence above, keeping track of which record won. */
export function explainStatus(layers: JurisdictionLayers, day: IsoDay): StatusExplanation {
  const agreement = layers.ownAgreements.find((a) => a.category === 'participates' && isActive(a, day));
  if (agreement) return { category: 'participates', reason: 'agreement', recordId: agreement.id };
  const state = prevailing(layers.state, day);
  const local = prevailing(layers.local, day);
  const fromState = (s: ActiveSpan): StatusExplanation => ({ category: s.category, reason: 'state', recordId: s.id });
  const fromLocal = (l: ActiveSpan): StatusExplanation => ({ category: l.category, reason: 'local', recordId: l.id });
  if (state?.category === 'requires') return local?.category === 'participates' ? fromLocal(local) : fromState(state);
  if (state !== undefined && (state.category === 'limits' || state.category === 'some_limits')) {
    if (local !== undefined && CATEGORY_RANK[local.category] <= CATEGORY_RANK[state.category]) return { ...fromLocal(local), floorId: state.id };
    return fromState(state);
  }
  return local !== undefined ? fromLocal(local) : { category: 'none', reason: 'none' };
}

export function resolveStatus(layers: JurisdictionLayers, day: IsoDay): Category {
  return explainStatus(layers, day).category;
}

/**
 * Every day on which the status can change, then the status on each, merged where equal.
 * Days before the first returned interval are "no known policy".
 */
export function statusIntervals(layers: JurisdictionLayers): StatusInterval[] {
  // Each change day with the finest precision any record gives it: a day some record names
  // exactly is exact, even if another record's year-only date also falls on it.
  const days = new Map<IsoDay, DatePrecision>();
  const see = (day: IsoDay, precision: DatePrecision) => {
    const known = days.get(day);
    if (known === undefined || FINENESS[precision] > FINENESS[known]) days.set(day, precision);
  };
  for (const span of [...layers.state, ...layers.local, ...layers.ownAgreements]) {
    see(span.start, span.startPrecision ?? 'day');
    if (span.end !== undefined) see(span.end, span.endPrecision ?? 'day');
  }
  const intervals: StatusInterval[] = [];
  let previous: Category = 'none';
  for (const day of [...days.keys()].sort()) {
    const category = resolveStatus(layers, day);
    const precision = days.get(day)!;
    if (category !== previous) intervals.push(precision === 'day' ? [day, category] : [day, category, precision]);
    previous = category;
  }
  return intervals;
}

/** The status on `day` from precomputed intervals (binary search: called per feature per step). */
export function statusOn(intervals: readonly StatusInterval[], day: IsoDay): Category {
  let lo = 0;
  let hi = intervals.length - 1;
  let found: Category = 'none';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = intervals[mid]!;
    if (interval[0] <= day) {
      found = interval[1];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
