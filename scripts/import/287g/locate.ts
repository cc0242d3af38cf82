/** Locating an agency: its type (sheriff, police, county or state agency) and the county, place or state it serves. */
import type { AgencyType } from '../../../src/domain/schema';
import type { StateInfo } from '../../../src/domain/states';
import { countyDisplayName, matchCity, matchCounty, nameKey, type CityMatch, type Gazetteer } from '../gazetteer';
import { OVERRIDES } from './constants';
import { agencyKey, levenshtein } from './names';
import type { Located } from './types';
import { clean } from './util';

export const SHERIFF = /\bsher+i+f+/i;
export const OTHER_LOCAL = /constable|school|universit|college|airport|seaport|port authority|transit|police authority|task force/i;
export const POLICE_WORDS = /\b(police|pd|p\.d\.|public safety|dps|marshal)\b/i;
export const STATE_WORDS = /department of|dept\.? of|state police|highway patrol|state patrol|attorney general|division|commission|national guard|bureau|\bstate\b/i;

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
  // Recorded on a county: the agency type is read when called, after any reclassification below.
  const onCounty = (fips: string, cluster: string) => ({
    ok: true as const,
    loc: { state, agencyType: type, fips, jurisdiction: countyDisplayName(g, fips)!, countyFips: fips, cluster, notes },
  });

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
    return onCounty(countyFips, `name:${agencyKey(input.agency)}`);
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
  return onCounty(countyFips, type === 'sheriff' ? 'sheriff' : `name:${agencyKey(input.agency)}`);
}
