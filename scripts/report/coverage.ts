/**
 * Coverage of the dataset: counts by level, category, kind and year, and the source rows the
 * importers could not turn into records (data/import-report/*.csv). Pure over the validated data.
 */
import type { ValidData } from '../build/validate';
import { STATES } from '../../src/domain/states';

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
  };
  const statesWithRecords = new Set<string>();
  for (const r of data.records) {
    bump(c.byLevel, r.level);
    bump(c.byCategory, r.category);
    bump(c.byKind, r.kind);
    bump(c.byYear, r.effective.slice(0, 4));
    if (r.level === 'state') statesWithRecords.add(r.fips);
    if (r.kind === 'agreement_287g') {
      c.agreements287g.total++;
      if (r.signed) c.agreements287g.withSignedDate++;
      if (r.effective <= today && (r.end === undefined || today < r.end)) c.agreements287g.active++;
    }
  }
  for (const s of STATES) (statesWithRecords.has(s.fips) ? c.statesWithHistory : c.statesWithout).push(s.usps);
  for (const l of data.federalLists) {
    c.federal.push({ id: l.id, printed: data.federalEntryCounts.get(l.id) ?? 0, placed: data.federalEntries.get(l.id)?.size ?? 0 });
  }
  return c;
}
