/**
 * The chart's monthly counts (src/domain/series.ts), computed from the resolved status intervals
 * and the 287(g) records, and the resident population of data/population/census-2024.csv.
 * Pure apart from `readPopulation`, which reads the one file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATEGORIES, type Category } from '../../src/domain/categories';
import type { JurisdictionEntry, PolicyRecord } from '../../src/domain/dataset';
import { daysInMonth, type IsoDay, monthIndex, pad2 } from '../../src/domain/dates';
import { AGREEMENT_MODELS, type PopulationFile, SERIES_VERSION, type SeriesFile } from '../../src/domain/series';
import { statusOn } from '../../src/domain/status';
import { STATES } from '../../src/domain/states';
import { DataError } from './errors';
import { readCsv } from './read-csv';

export const POPULATION_FILE = 'population/census-2024.csv';

/** Resident population by FIPS (2-digit states, 5-digit counties). */
export type Population = ReadonlyMap<string, number>;

export function readPopulation(dataDir: string, displayRoot = process.cwd()): Population | undefined {
  const full = join(dataDir, POPULATION_FILE);
  if (!existsSync(full)) return undefined;
  const file = relative(displayRoot, full) || full;
  const out = new Map<string, number>();
  for (const row of readCsv(file, readFileSync(full), ['fips', 'name', 'population_2024'])) {
    const fips = row.values.fips!.trim();
    const text = row.values.population_2024!.trim();
    if (!/^\d{2}(\d{3})?$/.test(fips)) throw new DataError(file, row.line, 'fips', `"${fips}" is not a 2- or 5-digit FIPS`);
    if (!/^\d+$/.test(text)) throw new DataError(file, row.line, 'population_2024', `"${text}" is not a whole number`);
    if (out.has(fips)) throw new DataError(file, row.line, 'fips', `${fips} appears twice`);
    out.set(fips, Number(text));
  }
  return out;
}

/**
 * Drawn counties whose Census figure is not 1:1: us-atlas predates the 2019 Alaska split and
 * Connecticut's 2022 switch to planning regions (data/population/SOURCE.md).
 */
const SPLIT_COUNTIES: Record<string, readonly string[]> = { '02261': ['02063', '02066'] };
/** States whose drawn counties have no Census figures: the state's total counts when they agree. */
const STATEWIDE_ONLY = new Set(['09']);

/** Residents per drawn county and state (src/domain/series.ts PopulationFile). */
export function buildPopulationFile(countyIds: readonly string[], population: Population): PopulationFile {
  const counties: Record<string, number> = {};
  for (const fips of [...countyIds].sort()) {
    if (STATEWIDE_ONLY.has(fips.slice(0, 2))) continue;
    const parts = SPLIT_COUNTIES[fips];
    const people = parts ? parts.reduce((sum, p) => sum + (population.get(p) ?? 0), 0) : population.get(fips);
    if (people !== undefined) counties[fips] = people;
  }
  const states: Record<string, number> = {};
  const statewide: Record<string, number> = {};
  for (const s of STATES) {
    const people = population.get(s.fips);
    if (people === undefined) continue;
    states[s.fips] = people;
    if (STATEWIDE_ONLY.has(s.fips)) statewide[s.fips] = people;
  }
  return { version: SERIES_VERSION, year: 2024, counties, states, statewide };
}

const zeros = (n: number) => new Array<number>(n).fill(0);
const byCategory = (n: number) => Object.fromEntries(CATEGORIES.map((c) => [c, zeros(n)])) as Record<Category, number[]>;

/** Index of the first of the (ascending) sample days on or after `day`; days.length when none is. */
function firstSampleOnOrAfter(days: readonly IsoDay[], day: IsoDay): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Month index → the day the chart samples it on. */
export function sampleDay(month: number, asOf: IsoDay): IsoDay {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const last = `${year}-${pad2(m)}-${pad2(daysInMonth(year, m))}`;
  return last < asOf ? last : asOf;
}

export function buildSeries(args: {
  jurisdictions: readonly JurisdictionEntry[];
  records: readonly PolicyRecord[];
  population: Population;
  timelineStart: IsoDay;
  asOf: IsoDay;
}): SeriesFile {
  const first = monthIndex(args.timelineStart);
  const last = monthIndex(args.asOf);
  const n = last - first + 1;
  const days = Array.from({ length: n }, (_, i) => sampleDay(first + i, args.asOf));
  const pop = args.population;

  const counties = byCategory(n);
  const states = byCategory(n);
  const countiesPeople = byCategory(n);
  const statesPeople = byCategory(n);
  const unattributed = zeros(n);

  const countyEntries = args.jurisdictions.filter((j) => j.level === 'county');
  const stateEntries = args.jurisdictions.filter((j) => j.level === 'state');
  const countyPopulation = (fips: string): number | undefined => {
    const parts = SPLIT_COUNTIES[fips];
    if (parts) return parts.reduce((sum, p) => sum + (pop.get(p) ?? 0), 0);
    return pop.get(fips);
  };

  days.forEach((day, i) => {
    const statewide = new Map<string, Set<Category>>();
    for (const j of countyEntries) {
      const category = statusOn(j.intervals, day);
      counties[category][i]! += 1;
      if (STATEWIDE_ONLY.has(j.state)) {
        const set = statewide.get(j.state) ?? new Set<Category>();
        set.add(category);
        statewide.set(j.state, set);
        continue;
      }
      const people = countyPopulation(j.id);
      if (people !== undefined) countiesPeople[category][i]! += people;
    }
    for (const [state, categories] of statewide) {
      const people = pop.get(state) ?? 0;
      if (categories.size === 1) countiesPeople[[...categories][0]!][i]! += people;
      else unattributed[i]! += people;
    }
    for (const j of stateEntries) {
      const category = statusOn(j.intervals, day);
      states[category][i]! += 1;
      statesPeople[category][i]! += pop.get(j.id) ?? 0;
    }
  });

  // An agreement counts in the months whose sample day is in [effective, end): the sample days are
  // in order, so each record adds 1 from its first such month and takes it back from its end's
  // month (a running sum), instead of testing every record against every month.
  const changes = Object.fromEntries(AGREEMENT_MODELS.map((m) => [m, zeros(n + 1)])) as SeriesFile['agreements'];
  for (const r of args.records) {
    if (r.kind !== 'agreement_287g' || r.model === undefined) continue;
    const from = firstSampleOnOrAfter(days, r.effective);
    const to = r.end === undefined ? n : firstSampleOnOrAfter(days, r.end);
    if (from >= to) continue;
    changes[r.model][from]! += 1;
    changes[r.model][to]! -= 1;
  }
  const agreements = Object.fromEntries(
    AGREEMENT_MODELS.map((m) => {
      let running = 0;
      return [m, changes[m].slice(0, n).map((change) => (running += change))];
    }),
  ) as SeriesFile['agreements'];

  const missingStates = STATES.filter((s) => !pop.has(s.fips)).map((s) => s.fips);
  let total = 0;
  for (const s of STATES) total += pop.get(s.fips) ?? 0;
  const month = (index: number) => `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
  return {
    version: SERIES_VERSION,
    firstMonth: month(first),
    lastMonth: month(last),
    months: n,
    lastDay: days[n - 1]!,
    counties,
    states,
    agreements,
    countiesPeople,
    statesPeople,
    countiesPeopleUnattributed: unattributed,
    population: { source: 'US Census Bureau, Population Estimates Program, Vintage 2024', year: 2024, total, missingStates },
  };
}
