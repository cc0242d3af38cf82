/** ICE's participating-agencies lists 2021–2026: snapshot dates, the latest workbook's columns, and one located item per union row. */
import type { Model287g } from '../../../src/domain/schema';
import { type StateInfo } from '../../../src/domain/states';
import type { CsvRow } from '../csv';
import { nameKey, resolveState, type Gazetteer } from '../gazetteer';
import { OVERRIDES, RAW_FILES, STATE_TYPOS } from './constants';
import { locateAgency } from './locate';
import { agencyKey, sameAgencyName } from './names';
import type { Drop, Item, Located, Snapshots } from './types';
import { clean, modelFrom } from './util';

export function parseSnapshots(rows: CsvRow[]): Snapshots {
  const filesByDate = new Map<string, string[]>();
  const basisByDate = new Map<string, string>();
  for (const { values } of rows) {
    const d = values.snapshot_date!;
    filesByDate.set(d, [...(filesByDate.get(d) ?? []), values.file!].sort());
    if (!basisByDate.has(d)) basisByDate.set(d, values.date_basis!);
  }
  const dates = [...filesByDate.keys()].sort();
  return { dates, filesByDate, basisByDate, first: dates[0]!, latest: dates[dates.length - 1]! };
}

export function nextSnapshot(s: Snapshots, day: string): string | undefined {
  return s.dates.find((d) => d > day);
}


export interface LatestInfo {
  line: number;
  type: string;
  county: string;
  moaUrl?: string;
  addendumUrl?: string;
}

export function latestKey(state: string, agency: string, model: string, signed: string): string {
  return [clean(state).toUpperCase(), nameKey(agency), model, signed].join('|');
}

export function indexLatest(latest: CsvRow[]): Map<string, LatestInfo> {
  const index = new Map<string, LatestInfo>();
  for (const { line, values: v } of latest) {
    const model = modelFrom(v['SUPPORT TYPE'] ?? '');
    if (!model) throw new Error(`${RAW_FILES.latest}:${line}: unknown support type "${v['SUPPORT TYPE']}"`);
    const key = latestKey(v.STATE!, v['LAW ENFORCEMENT AGENCY']!, model, clean(v.SIGNED));
    if (index.has(key)) throw new Error(`${RAW_FILES.latest}:${line}: duplicate of line ${index.get(key)!.line}`);
    index.set(key, {
      line,
      type: clean(v.TYPE),
      county: clean(v.COUNTY),
      moaUrl: clean(v.MOA_URL) || undefined,
      addendumUrl: clean(v.ADDENDUM_URL) || undefined,
    });
  }
  return index;
}

export interface UnionRow {
  line: number;
  stateRaw: string;
  state?: StateInfo;
  agency: string;
  model?: Model287g;
  signed: string;
  iceType: string;
  county: string;
  info?: LatestInfo;
  values: Record<string, string>;
}

export interface EarlierLinks {
  moaUrl?: string;
  addendumUrl?: string;
  listDate: string;
}

/** MOA links kept from the last list that showed an agreement, keyed like the latest list. */
export function indexEarlierLinks(rows: readonly CsvRow[]): Map<string, EarlierLinks> {
  const index = new Map<string, EarlierLinks>();
  for (const { values: v } of rows) {
    const model = modelFrom(v.support_type ?? '');
    if (!model) continue;
    index.set(latestKey(v.state!, v.agency!, model, clean(v.signed)), { moaUrl: clean(v.moa_url) || undefined, addendumUrl: clean(v.addendum_url) || undefined, listDate: v.list_date! });
  }
  return index;
}

export function unionItems(
  g: Gazetteer,
  rows: CsvRow[],
  latest: Map<string, LatestInfo>,
  earlier: ReadonlyMap<string, EarlierLinks> = new Map(),
): { items: Item[]; drops: Drop[] } {
  const items: Item[] = [];
  const drops: Drop[] = [];
  const usedLatest = new Set<number>();
  const file = RAW_FILES.union;

  // Pass 1: read every row, with ICE's latest type and county where it is still listed.
  const parsed: UnionRow[] = rows.map(({ line, values: v }) => {
    const stateRaw = clean(v.state);
    const agency = clean(v.agency);
    const model = modelFrom(v.support_type ?? '');
    const signed = clean(v.signed);
    let info: LatestInfo | undefined;
    if (model && v.on_latest_list === 'True') {
      info = latest.get(latestKey(stateRaw, agency, model, signed));
      if (!info) throw new Error(`${file}:${line}: on the latest list but not found in ${RAW_FILES.latest}`);
      usedLatest.add(info.line);
    }
    return {
      line,
      stateRaw,
      state: resolveState(STATE_TYPOS[stateRaw] ?? stateRaw),
      agency,
      model,
      signed,
      iceType: info?.type || clean(v.agency_type),
      county: info?.county || clean(v.county),
      info,
      values: v,
    };
  });
  if (usedLatest.size !== latest.size) {
    throw new Error(`${latest.size - usedLatest.size} rows of ${RAW_FILES.latest} match no union row on the latest list`);
  }

  // Pass 2: a row without a county borrows it from ICE's other listings of the same agency.
  const withCounty = parsed.filter((r) => r.state && r.county !== '');
  const borrowed = new Map<number, { county: string; line: number }>();
  for (const r of parsed) {
    if (!r.state || r.county !== '' || OVERRIDES[`${r.state.usps}|${r.agency}`]?.county) continue;
    const donors = withCounty.filter((d) => d.state === r.state && sameAgencyName(d.agency, r.agency));
    const counties = new Set(donors.map((d) => nameKey(d.county)));
    if (counties.size === 1) borrowed.set(r.line, { county: donors[0]!.county, line: donors[0]!.line });
  }

  // Pass 3: locate.
  const located: { r: UnionRow; loc: Located; notes: string[] }[] = [];
  for (const r of parsed) {
    const drop = (reason: string) =>
      drops.push({ file, line: r.line, state: r.stateRaw, agency: r.agency, model: r.model ?? clean(r.values.support_type), signed: r.signed, reason });
    if (!r.model) {
      drop(`unknown support type "${r.values.support_type}"`);
      continue;
    }
    if (!r.state) {
      drop(`state "${r.stateRaw}" is outside the map (50 states, DC and Puerto Rico)`);
      continue;
    }
    if (r.signed === '') {
      drop('ICE printed no signing date');
      continue;
    }
    const notes: string[] = [];
    if ((STATE_TYPOS[r.stateRaw] ?? r.stateRaw) !== r.stateRaw) notes.push(`ICE misspelled the state as "${r.stateRaw}".`);
    if (r.signed.startsWith('5025-')) {
      r.signed = `2025-${r.signed.slice(5)}`;
      notes.push(`ICE printed the signing year as 5025; read as ${r.signed} (first listed ${r.values.first_seen}).`);
    }
    const borrow = borrowed.get(r.line);
    if (borrow) notes.push(`ICE printed no county here; ${borrow.county} is taken from its listing of the same agency (line ${borrow.line}).`);
    const result = locateAgency(g, { state: r.state, agency: r.agency, iceType: r.iceType, county: borrow?.county ?? r.county });
    if (!result.ok) {
      // An agency ICE filed under the wrong state: the same agreement appears under its real state.
      const elsewhere = parsed.find(
        (o) => o !== r && o.state && o.state !== r.state && o.model === r.model && o.signed === r.signed && agencyKey(o.agency) === agencyKey(r.agency),
      );
      drop(
        elsewhere
          ? `listed under the wrong state (${r.stateRaw}); same agency, model and signing date as ${file.split('/').pop()} line ${elsewhere.line} (${elsewhere.stateRaw})`
          : result.reason,
      );
      continue;
    }
    located.push({ r, loc: result.loc, notes });
  }

  // Pass 4: a police agency whose town name ICE misspelled takes the place of its correctly spelled listing.
  for (const entry of located) {
    const { r, loc } = entry;
    if (loc.agencyType !== 'police' || loc.place) continue;
    const donors = located.filter(
      (d) => d.r.state === r.state && d.loc.place && d.loc.agencyType === 'police' && sameAgencyName(d.r.agency, r.agency),
    );
    const places = new Set(donors.map((d) => d.loc.fips));
    if (places.size !== 1) continue;
    const donor = donors[0]!;
    entry.loc = {
      ...donor.loc,
      notes: [
        `Located as "${donor.r.agency}" (line ${donor.r.line}), ICE's other spelling of the same agency.`,
        ...loc.notes.filter((n) => !n.startsWith('No GeoNames point')),
      ],
    };
  }

  for (const { r, loc, notes } of located) {
    const kept = r.info || !r.model ? undefined : earlier.get(latestKey(r.stateRaw, r.agency, r.model, r.signed));
    items.push({
      origin: 'union',
      file,
      line: r.line,
      agency: r.agency,
      model: r.model!,
      signed: r.signed,
      effective: r.signed,
      loc,
      confidence: 'high',
      notes: [...notes, ...loc.notes],
      firstSeen: r.values.first_seen,
      lastSeen: r.values.last_seen,
      onLatest: r.values.on_latest_list === 'True',
      nFiles: Number(r.values.n_snapshot_files),
      moaUrl: r.info?.moaUrl ?? kept?.moaUrl,
      addendumUrl: r.info?.addendumUrl ?? kept?.addendumUrl,
      moaListDate: kept && (kept.moaUrl || kept.addendumUrl) ? kept.listDate : undefined,
      stateAsPrinted: r.stateRaw,
    });
  }
  return { items, drops };
}
