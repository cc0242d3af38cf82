/**
 * What the chart draws, from series.json, without a DOM: the bands of one series (counties,
 * states or 287(g) agreements; counts or residents), stacked in a fixed order, and the month
 * under a date. Drawing (Chart.tsx), the table and the CSV all read this one model, so the PNG,
 * the CSV and the table hold exactly what the chart shows.
 */
import { CATEGORIES } from '../domain/categories';
import { type IsoDay, monthIndex, pad2 } from '../domain/dates';
import { AGREEMENT_MODELS, type SeriesFile, type SeriesKind } from '../domain/series';

export type BandKey = (typeof CATEGORIES)[number] | (typeof AGREEMENT_MODELS)[number];

export interface ChartModel {
  kind: SeriesKind;
  /** Residents rather than jurisdictions (never for agreements: they are agencies, not places). */
  people: boolean;
  /** Month index (year * 12 + month - 1) of the first value. */
  first: number;
  months: number;
  /** Bottom to top: categories in their diverging order, or the three 287(g) models. */
  keys: readonly BandKey[];
  values: Readonly<Record<string, readonly number[]>>;
  /** Per month, the top of the stack. */
  totals: number[];
}

export function peopleAvailable(kind: SeriesKind): boolean {
  return kind !== 'agreements';
}

export function chartModel(series: SeriesFile, kind: SeriesKind, people: boolean): ChartModel {
  const withPeople = people && peopleAvailable(kind);
  const keys: readonly BandKey[] = kind === 'agreements' ? AGREEMENT_MODELS : CATEGORIES;
  const source: Readonly<Record<string, readonly number[]>> =
    kind === 'agreements'
      ? series.agreements
      : kind === 'counties'
        ? withPeople ? series.countiesPeople : series.counties
        : withPeople ? series.statesPeople : series.states;
  const totals = new Array<number>(series.months).fill(0);
  for (const key of keys) {
    const values = source[key]!;
    for (let i = 0; i < series.months; i++) totals[i]! += values[i] ?? 0;
  }
  return { kind, people: withPeople, first: monthIndex(`${series.firstMonth}-01`), months: series.months, keys, values: source, totals };
}

/** The month shown for a day: its month, clamped to the months the series covers. */
export function indexOfDay(model: Pick<ChartModel, 'first' | 'months'>, day: IsoDay): number {
  return Math.min(model.months - 1, Math.max(0, monthIndex(day) - model.first));
}

/** "YYYY-MM" of the i-th month. */
export function monthAt(model: Pick<ChartModel, 'first'>, i: number): string {
  const m = model.first + i;
  return `${Math.floor(m / 12)}-${pad2((m % 12) + 1)}`;
}

export interface Band {
  key: BandKey;
  lower: number[];
  upper: number[];
}

/** Cumulative sums from the bottom band up. */
export function stack(model: ChartModel): Band[] {
  const base = new Array<number>(model.months).fill(0);
  return model.keys.map((key) => {
    const values = model.values[key]!;
    const lower = base.slice();
    for (let i = 0; i < model.months; i++) base[i]! += values[i] ?? 0;
    return { key, lower, upper: base.slice() };
  });
}

/**
 * One closed SVG path per band in data units — x the month index, y the value — drawn through the
 * plot's transform (Chart.tsx), so a new width changes one attribute and no path is rebuilt. Along
 * the top left to right, back along the bottom; a run of equal months keeps only its two ends (the
 * same outline: most months change nothing).
 */
export function bandPath(band: Band): string {
  return `M${outline(band.upper, true).join('L')}L${outline(band.lower, false).join('L')}Z`;
}

function outline(values: readonly number[], forward: boolean): string[] {
  const n = values.length;
  const points: string[] = [];
  for (let k = 0; k < n; k++) {
    const i = forward ? k : n - 1 - k;
    const v = values[i]!;
    if (k > 0 && k < n - 1 && values[i - 1] === v && values[i + 1] === v) continue;
    points.push(`${i},${v}`);
  }
  return points;
}

/** The chart's numbers as CSV: one row per month, one column per band, in the chart's order. */
export function chartCsv(model: ChartModel, label: (key: BandKey) => string): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [['month', ...model.keys.map((k) => quote(label(k))), 'total'].join(',')];
  for (let i = 0; i < model.months; i++) {
    lines.push([monthAt(model, i), ...model.keys.map((k) => String(model.values[k]![i] ?? 0)), String(model.totals[i])].join(','));
  }
  return `${lines.join('\n')}\n`;
}
