/** Agency names: ICE's spellings reduced to keys, and the rules deciding when two listings name one agency. */
import { slugify } from '../../../src/domain/places';
import type { Model287g } from '../../../src/domain/schema';
import { STATE_BY_FIPS, type StateInfo } from '../../../src/domain/states';
import { nameKey } from '../gazetteer';
import { MODEL_ABBR } from './constants';
import type { Located } from './types';

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

export const GENERIC_WORDS = new Set(
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

export const TOKEN_STOP = new Set('of the and s department dept office county parish city town division state services'.split(' '));

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

export function tokenJaccard(a: string, b: string): number {
  const ta = agencyTokens(a);
  const tb = agencyTokens(b);
  const inter = [...ta].filter((t) => tb.has(t)).length;
  return inter / (ta.size + tb.size - inter || 1);
}

/** The two names differ only by the state's name ("Department of State Police" / "Virginia Department of State Police"). */
export function sameButStateName(a: string, b: string, stateFips: string): boolean {
  const state = STATE_BY_FIPS.get(stateFips);
  if (state === undefined) return false;
  // The state's name or its postal code ("MT Dept of Justice" / "Montana Department of Justice").
  const stateWords = new Set([...agencyTokens(state.name), state.usps.toLowerCase()]);
  const strip = (tokens: Set<string>) => [...tokens].filter((t) => !stateWords.has(t)).sort().join(' ');
  // Distinctive words, or the same words in another order ("Wyoming Highway State Patrol" / "Wyoming State Highway Patrol").
  const words = (name: string) => new Set(name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => (w !== '' && !TOKEN_STOP.has(w)) || w === 'state'));
  const same = (f: (name: string) => Set<string>) => strip(f(a)) !== '' && strip(f(a)) === strip(f(b));
  return same(agencyTokens) || same(words);
}

/** Looser, for secondary sources: also ignores the word "County" ("Carrollton County Police Department"). */
export function sameAgencyLoose(a: string, b: string): boolean {
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
