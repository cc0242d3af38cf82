/**
 * "Every jurisdiction's status on this date" as CSV and GeoJSON, computed in the browser from
 * public/data/jurisdictions.geojson (real lon/lat geometry plus each jurisdiction's status
 * intervals, written by the build) with the same statusOn the map uses, so a download always
 * matches the map. The file is fetched only when the reader asks for one of these downloads.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { CATEGORIES, type Category, isCategory } from '../domain/categories';
import { DATA_FILES } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { type StatusInterval, statusOn } from '../domain/status';
import { type Fetcher, fetchJson } from '../data/load';

/** Properties of a feature in jurisdictions.geojson (scripts/build/outputs.ts). */
export interface JurisdictionProperties {
  id: string;
  level: string;
  name: string;
  state_fips: string;
  county_fips?: string;
  status_intervals: { start: IsoDay; category: string }[];
  record_ids: string[];
  federal_lists: string[];
}

export type JurisdictionCollection = FeatureCollection<Geometry | null, JurisdictionProperties>;

export interface StatusRow {
  id: string;
  level: string;
  name: string;
  state_fips: string;
  county_fips: string;
  date: IsoDay;
  status: Category;
  status_label: string;
  /** First day of the status in force on `date` ("" when it has held since before any record). */
  status_since: string;
  record_ids: string;
  federal_lists: string;
}

export const STATUS_COLUMNS: readonly (keyof StatusRow)[] = [
  'id',
  'level',
  'name',
  'state_fips',
  'county_fips',
  'date',
  'status',
  'status_label',
  'status_since',
  'record_ids',
  'federal_lists',
];

function intervalsOf(properties: JurisdictionProperties): StatusInterval[] {
  const intervals: StatusInterval[] = [];
  for (const i of properties.status_intervals ?? []) {
    if (typeof i.start === 'string' && isCategory(i.category)) intervals.push([i.start, i.category]);
  }
  return intervals;
}

function sinceOf(intervals: readonly StatusInterval[], date: IsoDay): string {
  let since = '';
  for (const [start] of intervals) if (start <= date) since = start;
  return since;
}

export function statusRow(properties: JurisdictionProperties, date: IsoDay, labels: Record<Category, string>): StatusRow {
  const intervals = intervalsOf(properties);
  const status = statusOn(intervals, date);
  return {
    id: properties.id,
    level: properties.level,
    name: properties.name,
    state_fips: properties.state_fips,
    county_fips: properties.county_fips ?? '',
    date,
    status,
    status_label: labels[status],
    status_since: status === 'none' && intervals.every(([start]) => start > date) ? '' : sinceOf(intervals, date),
    record_ids: (properties.record_ids ?? []).join(';'),
    federal_lists: (properties.federal_lists ?? []).join(';'),
  };
}

const LEVEL_ORDER: Record<string, number> = { state: 0, county: 1, place: 2 };

export function statusRows(collection: JurisdictionCollection, date: IsoDay, labels: Record<Category, string>): StatusRow[] {
  return collection.features
    .map((f) => statusRow(f.properties, date, labels))
    .sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function csvCell(value: string): string {
  // A leading =, +, - or @ would be read as a formula by spreadsheets: quote it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function statusCsv(collection: JurisdictionCollection, date: IsoDay, labels: Record<Category, string>): string {
  const lines = [STATUS_COLUMNS.join(',')];
  for (const row of statusRows(collection, date, labels)) lines.push(STATUS_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function statusGeoJson(
  collection: JurisdictionCollection,
  date: IsoDay,
  labels: Record<Category, string>,
): FeatureCollection<Geometry | null, StatusRow> {
  const features: Feature<Geometry | null, StatusRow>[] = collection.features.map((f) => ({
    type: 'Feature',
    ...(f.id !== undefined ? { id: f.id } : {}),
    properties: statusRow(f.properties, date, labels),
    geometry: f.geometry,
  }));
  return { type: 'FeatureCollection', features };
}

/** Counts per category, for a quick check against the legend. */
export function statusCounts(rows: readonly StatusRow[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

function isCollection(value: unknown): value is JurisdictionCollection {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'FeatureCollection' && Array.isArray((value as { features?: unknown }).features);
}

let cached: Promise<JurisdictionCollection> | undefined;

/** jurisdictions.geojson, fetched once (on the first status download) and kept. */
export function loadJurisdictionsGeoJson(fetcher?: Fetcher): Promise<JurisdictionCollection> {
  if (cached === undefined) {
    cached = fetchJson(DATA_FILES.geojson, fetcher).then((value) => {
      if (!isCollection(value)) throw new Error(`${DATA_FILES.geojson} is not a GeoJSON FeatureCollection`);
      return value;
    });
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}

/** Forget the cached file (tests). */
export function resetJurisdictionsCache(): void {
  cached = undefined;
}
