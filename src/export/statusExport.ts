/**
 * "Every jurisdiction's status on this date" as CSV and GeoJSON, computed in the browser from
 * public/data/jurisdictions.geojson (real lon/lat geometry plus each jurisdiction's status
 * intervals, written by the build) with the same statusOn the map uses, so a download always
 * matches the map. The file is fetched only when the reader asks for one of these downloads.
 *
 * Every column describes the file's date, not the whole history: `record_ids` keeps only the
 * records in force that day and `federal_lists` only the lists standing that day that still named
 * the place (a removal such as Nevada's from the DOJ list counts from its date). The columns are
 * documented in data/README.md ("Status on a date: the download's columns").
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { CATEGORIES, type Category, isCategory } from '../domain/categories';
import { DATA_FILES, type FederalListEntry, type PolicyRecord } from '../domain/dataset';
import { asWritten, type IsoDay, parsePartialDate } from '../domain/dates';
import { spanOf } from '../domain/layers';
import { STATE_BY_FIPS } from '../domain/states';
import { intervalPrecision, isActive, type StatusInterval, statusOn } from '../domain/status';
import { listInForce, stillNamed } from '../federal/listed';
import { type Fetcher, fetchJson } from '../data/load';

/** Properties of a feature in jurisdictions.geojson (scripts/build/outputs.ts). */
export interface JurisdictionProperties {
  id: string;
  level: string;
  name: string;
  state_fips: string;
  county_fips?: string;
  /** Each start as the source gives it: "2017-09-01", "2017-09" or "2017" (a partial date starts its period). */
  status_intervals: { start: string; category: string }[];
  record_ids: string[];
  federal_lists: string[];
}

export type JurisdictionCollection = FeatureCollection<Geometry | null, JurisdictionProperties>;

/** What a row needs besides the jurisdiction's own properties. */
export interface StatusContext {
  /** The federal lists (status.json's federalLists), with their withdrawals and removals. */
  lists: readonly FederalListEntry[];
  /** records.json's records, to tell which of a jurisdiction's records are in force on the date. */
  records: Readonly<Record<string, PolicyRecord>>;
}

export interface StatusRow {
  id: string;
  level: string;
  name: string;
  state_name: string;
  state_code: string;
  state_fips: string;
  county_fips: string;
  date: IsoDay;
  status: Category;
  status_label: string;
  /** Start of the status in force on `date`, as precise as its source ("2021", "2017-05", "2017-05-01"; "" when it has held since before any record). */
  status_since: string;
  record_ids: string;
  federal_lists: string;
}

export const STATUS_COLUMNS: readonly (keyof StatusRow)[] = [
  'id',
  'level',
  'name',
  'state_name',
  'state_code',
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
    const parsed = typeof i.start === 'string' ? parsePartialDate(i.start) : 'no start';
    if (typeof parsed === 'string' || !isCategory(i.category)) continue;
    intervals.push(parsed.precision === 'day' ? [parsed.day, i.category] : [parsed.day, i.category, parsed.precision]);
  }
  return intervals;
}

function sinceOf(intervals: readonly StatusInterval[], date: IsoDay): string {
  let since = '';
  for (const interval of intervals) if (interval[0] <= date) since = asWritten(interval[0], intervalPrecision(interval));
  return since;
}

/** A county's own FIPS; a place's county; nothing for a state. */
function countyFipsOf(properties: JurisdictionProperties): string {
  if (properties.level === 'county') return properties.id;
  if (properties.level === 'place') return properties.county_fips ?? '';
  return '';
}

/** Ids of the jurisdiction's records in force on `date` (records.json order of the index kept). */
function recordsInForce(properties: JurisdictionProperties, date: IsoDay, records: Readonly<Record<string, PolicyRecord>>): string[] {
  return (properties.record_ids ?? []).filter((id) => {
    const record = Object.prototype.hasOwnProperty.call(records, id) ? records[id] : undefined;
    return record !== undefined && isActive(spanOf(record), date);
  });
}

/** Ids of the lists standing on `date` that still named the jurisdiction that day. */
function listsNaming(id: string, date: IsoDay, lists: readonly FederalListEntry[]): string[] {
  return lists.filter((list) => listInForce(list, date) && stillNamed(list, id, date)).map((list) => list.id);
}

export function statusRow(properties: JurisdictionProperties, date: IsoDay, labels: Record<Category, string>, context: StatusContext): StatusRow {
  const intervals = intervalsOf(properties);
  const status = statusOn(intervals, date);
  const state = STATE_BY_FIPS.get(properties.state_fips);
  return {
    id: properties.id,
    level: properties.level,
    name: properties.name,
    state_name: state?.name ?? '',
    state_code: state?.usps ?? '',
    state_fips: properties.state_fips,
    county_fips: countyFipsOf(properties),
    date,
    status,
    status_label: labels[status],
    status_since: status === 'none' && intervals.every(([start]) => start > date) ? '' : sinceOf(intervals, date),
    record_ids: recordsInForce(properties, date, context.records).join(';'),
    federal_lists: listsNaming(properties.id, date, context.lists).join(';'),
  };
}

const LEVEL_ORDER: Record<string, number> = { state: 0, county: 1, place: 2 };

export function statusRows(collection: JurisdictionCollection, date: IsoDay, labels: Record<Category, string>, context: StatusContext): StatusRow[] {
  return collection.features
    .map((f) => statusRow(f.properties, date, labels, context))
    .sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function csvCell(value: string): string {
  // A leading =, +, - or @ would be read as a formula by spreadsheets: quote it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function statusCsv(collection: JurisdictionCollection, date: IsoDay, labels: Record<Category, string>, context: StatusContext): string {
  const lines = [STATUS_COLUMNS.join(',')];
  for (const row of statusRows(collection, date, labels, context)) lines.push(STATUS_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function statusGeoJson(
  collection: JurisdictionCollection,
  date: IsoDay,
  labels: Record<Category, string>,
  context: StatusContext,
): FeatureCollection<Geometry | null, StatusRow> {
  const features: Feature<Geometry | null, StatusRow>[] = collection.features.map((f) => ({
    type: 'Feature',
    ...(f.id !== undefined ? { id: f.id } : {}),
    properties: statusRow(f.properties, date, labels, context),
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
