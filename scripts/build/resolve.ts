/**
 * Which records apply to which jurisdiction, and each jurisdiction's status intervals, following
 * the precedence in src/domain/status.ts. Pure: typed data in, the StatusIndex entries out.
 */
import type { FederalListEntry, JurisdictionEntry, PolicyRecord, StatusIndex } from '../../src/domain/dataset';
import { DATASET_VERSION, TIMELINE_START } from '../../src/domain/dataset';
import { statusLayersOf } from '../../src/domain/layers';
import { parsePartialDate } from '../../src/domain/dates';
import { statusIntervals } from '../../src/domain/status';
import { STATES, STATE_BY_USPS } from '../../src/domain/states';
import type { ValidData } from './validate';

export interface CountyInfo {
  fips: string;
  name: string;
}

export interface PlacePosition {
  point: [number, number];
  lonLat: [number, number];
}

const isAgreement = (r: PolicyRecord) => r.kind === 'agreement_287g';

export function resolveJurisdictions(
  data: ValidData,
  counties: readonly CountyInfo[],
  placePosition: (placeId: string) => PlacePosition | undefined,
): JurisdictionEntry[] {
  const consolidated = data.consolidated;
  const byFips = new Map<string, PolicyRecord[]>();
  for (const r of data.records) {
    const list = byFips.get(r.fips) ?? [];
    list.push(r);
    byFips.set(r.fips, list);
  }
  const recordsAt = (id: string) => byFips.get(id) ?? [];
  const federalOf = (id: string) => {
    const lists = data.federalLists.filter((l) => data.federalEntries.get(l.id)?.has(id)).map((l) => l.id);
    return lists.length > 0 ? lists : undefined;
  };
  const sortedIds = (records: readonly PolicyRecord[]) =>
    [...records].sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : a.id < b.id ? -1 : 1)).map((r) => r.id);

  const stateLaws = new Map<string, PolicyRecord[]>();
  const out: JurisdictionEntry[] = [];

  for (const state of STATES) {
    const own = recordsAt(state.fips);
    stateLaws.set(state.fips, own.filter((r) => r.level === 'state'));
    out.push({
      id: state.fips,
      level: 'state',
      name: state.name,
      state: state.fips,
      intervals: statusIntervals(statusLayersOf('state', own, [])),
      recordIds: sortedIds(own),
      federalLists: federalOf(state.fips),
    });
  }

  const placesByCounty = new Map<string, string[]>();
  const consolidatedLocal = new Map<string, PolicyRecord[]>();
  for (const [placeId, countyIds] of consolidated) {
    for (const county of countyIds) {
      consolidatedLocal.set(county, [...(consolidatedLocal.get(county) ?? []), ...recordsAt(placeId).filter((r) => !isAgreement(r))]);
    }
  }

  const shownPlaces = [...data.places.values()]
    .filter((p) => recordsAt(p.id).length > 0 || federalOf(p.id) !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const place of shownPlaces) {
    const state = STATE_BY_USPS.get(place.state)!;
    const own = recordsAt(place.id);
    const position = placePosition(place.id);
    const list = placesByCounty.get(place.county_fips) ?? [];
    list.push(place.id);
    placesByCounty.set(place.county_fips, list);
    out.push({
      id: place.id,
      level: 'place',
      name: place.name,
      state: state.fips,
      county: place.county_fips,
      ...(position ?? {}),
      intervals: statusIntervals(statusLayersOf('place', own, stateLaws.get(state.fips) ?? [])),
      recordIds: sortedIds(own),
      federalLists: federalOf(place.id),
    });
  }

  for (const county of counties) {
    const own = recordsAt(county.fips);
    const withCity = [...own, ...(consolidatedLocal.get(county.fips) ?? [])];
    const placeIds = placesByCounty.get(county.fips);
    out.push({
      id: county.fips,
      level: 'county',
      name: county.name,
      state: county.fips.slice(0, 2),
      intervals: statusIntervals(statusLayersOf('county', withCity, stateLaws.get(county.fips.slice(0, 2)) ?? [])),
      recordIds: sortedIds(withCity),
      ...(placeIds ? { placeIds } : {}),
      federalLists: federalOf(county.fips),
    });
  }
  return out;
}

export function buildStatusIndex(data: ValidData, jurisdictions: JurisdictionEntry[]): StatusIndex {
  const changeDays = new Set<string>();
  for (const j of jurisdictions) for (const [day] of j.intervals) changeDays.add(day);
  const byId = <T,>(map: Map<string, T> | undefined) => Object.fromEntries([...(map ?? new Map<string, T>())].sort(([a], [b]) => (a < b ? -1 : 1)));
  const federalLists: FederalListEntry[] = data.federalLists.map((l) => {
    const removed = data.federalRemovals.get(l.id);
    return {
      ...l,
      entryCount: data.federalEntryCounts.get(l.id) ?? 0,
      entries: byId(data.federalEntries.get(l.id)),
      ...(removed !== undefined && removed.size > 0 ? { removed: byId(removed) } : {}),
    };
  });
  return {
    version: DATASET_VERSION,
    ...asOfLayersOf(data),
    timelineStart: TIMELINE_START,
    jurisdictions: dropUndefined(jurisdictions),
    changeDays: [...changeDays].sort(),
    events: [...data.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
    federalLists,
  };
}

/**
 * The layers' as-of dates (see StatusIndex.asOfLayers). Not the newest date a record speaks of:
 * a law taking effect next July says nothing about how current the data is.
 */
export function asOfLayersOf(data: ValidData): Pick<StatusIndex, 'asOf' | 'asOfLayers'> {
  let agreements287g: string | undefined;
  let stateLocal: string | undefined;
  const newer = (a: string | undefined, b: string | undefined) => (a === undefined || (b !== undefined && b > a) ? b : a);
  for (const r of data.records) {
    for (const id of r.sourceIds) {
      const s = data.sources.get(id);
      if (!s) continue;
      if (r.kind === 'agreement_287g') agreements287g = newer(agreements287g, s.published === undefined ? undefined : firstDayOf(s.published));
      else stateLocal = newer(stateLocal, s.accessed);
    }
  }
  const asOf = newer(agreements287g, stateLocal) ?? newestFact(data);
  const layers = { ...(agreements287g ? { agreements287g } : {}), ...(stateLocal ? { stateLocal } : {}) };
  return { asOf, asOfLayers: layers };
}

/** The newest date any record, list or event speaks of (the tour may show up to it). */
export function newestFact(data: ValidData): string {
  let newest = TIMELINE_START;
  const see = (d: string | undefined) => {
    if (d !== undefined && d > newest) newest = d;
  };
  for (const r of data.records) {
    see(r.effective);
    see(r.end);
    see(r.signed);
  }
  for (const l of data.federalLists) see(l.published);
  for (const removals of data.federalRemovals.values()) for (const r of removals.values()) see(r.date);
  return newest;
}

/** JSON.stringify drops undefined properties anyway; doing it here keeps objects' key sets stable for tests. */
function dropUndefined<T extends object>(items: T[]): T[] {
  return items.map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T);
}

/** A source's date as written ("2017-05") as the day the build compares with ("2017-05-01"). */
function firstDayOf(partial: string): string {
  const parsed = parsePartialDate(partial);
  return typeof parsed === 'string' ? partial : parsed.day;
}
