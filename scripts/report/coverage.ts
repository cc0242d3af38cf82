/**
 * Coverage of the dataset: counts by level, category, kind and year, and the source rows the
 * importers could not turn into records (data/import-report/*.csv). Pure over the validated data.
 */
import type { ValidData } from '../build/validate';
import { STATES } from '../../src/domain/states';
import { isPrimarySource } from './primary';

export interface Coverage {
  records: number;
  byLevel: Record<string, number>;
  byCategory: Record<string, number>;
  byKind: Record<string, number>;
  /** effective year → count */
  byYear: Record<string, number>;
  agreements287g: { total: number; withSignedDate: number; active: number };
  statesWithHistory: string[];
  statesWithout: string[];
  federal: { id: string; printed: number; placed: number }[];
  /** Hand-researched records (all but 287(g) agreements), state level and the rest. */
  researched: {
    state: { records: number; primary: number; exactDay: number };
    local: { records: number; primary: number; exactDay: number };
  };
  /** Cities, counties and agencies with at least one dated policy of their own (not a 287(g) agreement). */
  placesWithOwnPolicies: number;
  /** Each remaining year- or month-only effective date and what was searched for its day. */
  partialDates: { id: string; effective: string; origin: string; searched?: string }[];
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function coverageOf(data: ValidData, today: string): Coverage {
  const c: Coverage = {
    records: data.records.length,
    byLevel: {},
    byCategory: {},
    byKind: {},
    byYear: {},
    agreements287g: { total: 0, withSignedDate: 0, active: 0 },
    statesWithHistory: [],
    statesWithout: [],
    federal: [],
    researched: { state: { records: 0, primary: 0, exactDay: 0 }, local: { records: 0, primary: 0, exactDay: 0 } },
    placesWithOwnPolicies: 0,
    partialDates: [],
  };
  const ownPolicyPlaces = new Set<string>();
  const statesWithRecords = new Set<string>();
  for (const r of data.records) {
    bump(c.byLevel, r.level);
    bump(c.byCategory, r.category);
    bump(c.byKind, r.kind);
    bump(c.byYear, r.effective.slice(0, 4));
    if (r.level === 'state') statesWithRecords.add(r.fips);
    if (r.kind !== 'agreement_287g') {
      const group = r.level === 'state' ? c.researched.state : c.researched.local;
      group.records++;
      if (r.sourceIds.some((id) => { const s = data.sources.get(id); return s !== undefined && isPrimarySource(s.url); })) group.primary++;
      if (r.effectivePrecision === 'day') group.exactDay++;
      else c.partialDates.push({ id: r.id, effective: r.effective.slice(0, r.effectivePrecision === 'year' ? 4 : 7), origin: r.origin ?? '', searched: data.dateNotes.get(r.id) });
      if (r.level !== 'state') ownPolicyPlaces.add(r.agency ? `${r.fips}|${r.agency.toLowerCase()}` : r.fips);
    }
    if (r.kind === 'agreement_287g') {
      c.agreements287g.total++;
      if (r.signed) c.agreements287g.withSignedDate++;
      if (r.effective <= today && (r.end === undefined || today < r.end)) c.agreements287g.active++;
    }
  }
  c.placesWithOwnPolicies = ownPolicyPlaces.size;
  c.partialDates.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const s of STATES) (statesWithRecords.has(s.fips) ? c.statesWithHistory : c.statesWithout).push(s.usps);
  for (const l of data.federalLists) {
    c.federal.push({ id: l.id, printed: data.federalEntryCounts.get(l.id) ?? 0, placed: data.federalEntries.get(l.id)?.size ?? 0 });
  }
  return c;
}
