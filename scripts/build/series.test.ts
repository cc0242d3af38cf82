// @vitest-environment node
/**
 * The chart's series against the files it comes from: 287(g) counts recomputed straight from the
 * policy CSVs (not through the pipeline's records), and people totals against the Census file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../src/domain/categories';
import { AGREEMENT_MODELS, type SeriesFile } from '../../src/domain/series';
import { buildData, loadAtlas } from './pipeline';
import { buildSeries, readPopulation, sampleDay } from './series';

vi.setConfig({ testTimeout: 60_000 });

const DATA = join(import.meta.dirname, '../../data');
const CENSUS_TOTAL_2024 = 340_110_988;

const built = (() => {
  let cached: SeriesFile | undefined;
  return () => (cached ??= JSON.parse(String(buildData(DATA, loadAtlas()).files.get('series.json'))) as SeriesFile);
})();

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const at = (series: SeriesFile, month: string) => {
  const [fy, fm] = series.firstMonth.split('-').map(Number) as [number, number];
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + m - (fy * 12 + fm);
};

describe('population file', () => {
  it('state rows and county rows each sum to the Census national total for 2024', () => {
    const pop = readPopulation(DATA)!;
    const states = [...pop].filter(([fips]) => fips.length === 2);
    const counties = [...pop].filter(([fips]) => fips.length === 5);
    expect(states).toHaveLength(51);
    expect(counties).toHaveLength(3144);
    expect(sum(states.map(([, n]) => n))).toBe(CENSUS_TOTAL_2024);
    expect(sum(counties.map(([, n]) => n))).toBe(CENSUS_TOTAL_2024);
    expect(pop.has('72')).toBe(false);
  });
});

describe('series.json', () => {
  it('runs monthly from 1979-01 to the as-of month', () => {
    const s = built();
    expect(s.firstMonth).toBe('1979-01');
    expect(s.counties.limits).toHaveLength(s.months);
    expect(s.agreements.task_force).toHaveLength(s.months);
  });

  it('every month counts every county and state once, and every resident once', () => {
    const s = built();
    expect(s.population.total).toBe(CENSUS_TOTAL_2024);
    expect(s.population.missingStates).toEqual(['72']);
    for (const i of [0, 200, 400, s.months - 1]) {
      expect(sum(CATEGORIES.map((c) => s.counties[c][i]!))).toBe(3220);
      expect(sum(CATEGORIES.map((c) => s.states[c][i]!))).toBe(52);
      expect(sum(CATEGORIES.map((c) => s.countiesPeople[c][i]!)) + s.countiesPeopleUnattributed[i]!).toBe(CENSUS_TOTAL_2024);
      expect(sum(CATEGORIES.map((c) => s.statesPeople[c][i]!))).toBe(CENSUS_TOTAL_2024);
    }
  });

  it('287(g) agreements in force match the policy CSVs, recomputed for a few months', () => {
    const s = built();
    const rows: Record<string, string>[] = [];
    const dir = join(DATA, 'policies');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      rows.push(...(parse(readFileSync(join(dir, f)), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[]));
    }
    // Partial dates stand for the first day of their period (domain/dates.ts).
    const day = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    const asOf = s.lastDay;
    for (const month of ['2005-06', '2012-09', '2019-01', '2025-01', '2025-12', s.lastMonth]) {
      const [y, m] = month.split('-').map(Number) as [number, number];
      const d = sampleDay(y * 12 + m - 1, asOf);
      for (const model of AGREEMENT_MODELS) {
        const expected = rows.filter(
          (r) => r.kind === 'agreement_287g' && r.model === model && day(r.effective_date!) <= d && (r.end_date === '' || d < day(r.end_date!)),
        ).length;
        expect(s.agreements[model][at(s, month)], `${model} ${month}`).toBe(expected);
      }
    }
    // Not a vacuous check: agreements were in force in 2025.
    expect(sum(AGREEMENT_MODELS.map((m) => s.agreements[m][at(s, '2025-12')]!))).toBeGreaterThan(500);
  });

  it('a month is sampled on its last day, the last month on the as-of date', () => {
    expect(sampleDay(2024 * 12 + 1, '2026-07-01')).toBe('2024-02-29');
    expect(sampleDay(2026 * 12 + 6, '2026-07-01')).toBe('2026-07-01');
  });

  it('Connecticut counts by its state total only when its drawn counties agree', () => {
    const county = (id: string, category: 'limits' | 'none') => ({ id, level: 'county' as const, name: id, state: '09', intervals: category === 'none' ? [] : [['2000-01-01', category] as const], recordIds: [] });
    const population = new Map([['09', 1000]]);
    const args = { records: [], population, timelineStart: '1999-12-01', asOf: '2000-01-31' };
    const split = buildSeries({ ...args, jurisdictions: [county('09001', 'limits'), county('09003', 'none')] });
    expect(split.countiesPeopleUnattributed).toEqual([0, 1000]);
    expect(split.countiesPeople.none).toEqual([1000, 0]);
    const same = buildSeries({ ...args, jurisdictions: [county('09001', 'limits'), county('09003', 'limits')] });
    expect(same.countiesPeople.limits).toEqual([0, 1000]);
  });

  it('population.json holds every drawn county but Puerto Rico and Connecticut, and every state', () => {
    const file = JSON.parse(String(buildData(DATA, loadAtlas()).files.get('population.json'))) as { counties: Record<string, number>; states: Record<string, number>; statewide: Record<string, number> };
    const countySum = sum(Object.values(file.counties)) + sum(Object.values(file.statewide));
    expect(countySum).toBe(CENSUS_TOTAL_2024);
    expect(sum(Object.values(file.states))).toBe(CENSUS_TOTAL_2024);
    expect(Object.keys(file.counties).some((f) => f.startsWith('72') || f.startsWith('09'))).toBe(false);
    expect(file.counties['02261']).toBeGreaterThan(0);
  });

  it('is byte-identical on rebuild', () => {
    const a = buildData(DATA, loadAtlas()).files.get('series.json');
    expect(a).toBe(JSON.stringify(built()));
  });
});
