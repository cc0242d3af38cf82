/**
 * Finding a jurisdiction by name or FIPS code: every state, county and city on the map, and every
 * agency named in the records (a sheriff's office, a police department), which leads to the
 * jurisdiction it belongs to.
 *
 * Names are compared after normalisation (NFD accent stripping, lower case, punctuation to spaces,
 * "St." → "saint"…), so "dona ana" finds "Doña Ana" and "St Louis" finds "Saint Louis". fuse.js
 * supplies typo tolerance ("Los Angelos"); its candidates are then ranked by how the query matches
 * (whole name, start of the name, start of a word, anywhere, fuzzy) and by level, so "Harris"
 * lists Harris County before Harrisburg and before the Harris County Sheriff's Office.
 *
 * This module (and fuse.js with it) is loaded on the first focus of the search box, not with the
 * page.
 */
import Fuse from 'fuse.js';
import type { JurisdictionEntry, RecordIndex } from '../domain/dataset';
import { foldText } from '../domain/places';
import { STATE_BY_FIPS } from '../domain/states';
import { COMMON_AGENCY_NAMES } from './commonNames';
import { spanishToEnglish } from './spanishQuery';

export type SearchKind = 'state' | 'county' | 'place' | 'agency';

export interface SearchItem {
  /** Unique among items: the jurisdiction id, or "agency:<jurisdiction>:<normalised name>". */
  key: string;
  kind: SearchKind;
  /** Shown name. */
  name: string;
  /** The jurisdiction selecting this item opens. */
  targetId: string;
  /** 2-digit state FIPS. */
  state: string;
  /** Normalised names it is found by (first: the name itself). */
  terms: string[];
  /** How many records it has: among namesakes, the better documented is listed first. */
  records: number;
  /** A common name from commonNames.ts: before an agency whose initials merely coincide. */
  curated?: boolean;
}

export interface JurisdictionLookup {
  byId: ReadonlyMap<string, JurisdictionEntry>;
  byLevel: Readonly<Record<'state' | 'county' | 'place', readonly JurisdictionEntry[]>>;
}

/** Expanded only before another word, so a trailing state code ("Helena MT") stays as it is. */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** "Doña Ana County, N.M." → "dona ana county n m"; "St. Louis" → "saint louis". */
export function normalise(text: string): string {
  return foldText(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word, i, words) => (i < words.length - 1 ? (ABBREVIATIONS[word] ?? word) : word))
    .join(' ');
}

/** What a county-level unit is called in each state (for "Orleans Parish", "Juneau Borough"…). */
function countyWords(stateFips: string): string[] {
  switch (stateFips) {
    case '22':
      return ['parish'];
    case '02':
      return ['borough', 'census area', 'municipality'];
    case '72':
      return ['municipio', 'municipality'];
    case '51':
      return ['county', 'city'];
    default:
      return ['county'];
  }
}

/** Spanish names of states, so a reader searching in Spanish finds them too. */
const STATE_NAMES_ES: Record<string, string> = {
  '11': 'Distrito de Columbia',
  '15': 'Hawái',
  '22': 'Luisiana',
  '26': 'Míchigan',
  '28': 'Misisipi',
  '29': 'Misuri',
  '34': 'Nueva Jersey',
  '35': 'Nuevo México',
  '36': 'Nueva York',
  '37': 'Carolina del Norte',
  '38': 'Dakota del Norte',
  '41': 'Oregón',
  '42': 'Pensilvania',
  '45': 'Carolina del Sur',
  '46': 'Dakota del Sur',
  '54': 'Virginia Occidental',
};

/** "los angeles police department" → "lapd" (words like "of" and "the" skipped). */
function initials(term: string): string {
  return term
    .split(' ')
    .filter((w) => !['of', 'the', 'and', 'for', 's'].includes(w))
    .map((w) => w[0])
    .join('');
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

export function jurisdictionItems(jurisdictions: JurisdictionLookup): SearchItem[] {
  const items: SearchItem[] = [];
  for (const entry of jurisdictions.byLevel.state) {
    const usps = STATE_BY_FIPS.get(entry.id)?.usps ?? '';
    const spanish = STATE_NAMES_ES[entry.id];
    items.push({
      key: entry.id,
      kind: 'state',
      name: entry.name,
      targetId: entry.id,
      state: entry.id,
      terms: unique([normalise(entry.name), usps.toLowerCase(), `${normalise(entry.name)} state`, spanish ? normalise(spanish) : '']),
      records: entry.recordIds.length,
    });
  }
  for (const entry of jurisdictions.byLevel.county) {
    const state = STATE_BY_FIPS.get(entry.state);
    // County names come as "Harris" (or "Harris, TX" for counties without records).
    const base = normalise(entry.name.replace(/,\s*[A-Z]{2}$/, ''));
    const words = countyWords(entry.state);
    items.push({
      key: entry.id,
      kind: 'county',
      name: entry.name,
      targetId: entry.id,
      state: entry.state,
      terms: unique([
        base,
        ...words.map((w) => `${base} ${w}`),
        state ? `${base} ${words[0]} ${normalise(state.name)}` : '',
        state ? `${base} ${words[0]} ${state.usps.toLowerCase()}` : '',
        state ? `${base} ${state.usps.toLowerCase()}` : '',
      ]),
      records: entry.recordIds.length,
    });
  }
  for (const entry of jurisdictions.byLevel.place) {
    const state = STATE_BY_FIPS.get(entry.state);
    const base = normalise(entry.name);
    items.push({
      key: entry.id,
      kind: 'place',
      name: entry.name,
      targetId: entry.id,
      state: entry.state,
      terms: unique([
        base,
        `${base} city`,
        state ? `${base} ${state.usps.toLowerCase()}` : '',
        state ? `${base} ${normalise(state.name)}` : '',
        state ? `${base} city ${normalise(state.name)}` : '',
        state ? `${base} city ${state.usps.toLowerCase()}` : '',
      ]),
      records: entry.recordIds.length,
    });
  }
  return items;
}

/** One item per agency named in the records (deduplicated by name and jurisdiction). */
export function agencyItems(records: RecordIndex, jurisdictions: JurisdictionLookup): SearchItem[] {
  const items = new Map<string, SearchItem>();
  for (const record of Object.values(records.records)) {
    if (record.agency === undefined || record.agency.trim() === '') continue;
    const target = jurisdictions.byId.get(record.fips);
    if (target === undefined) continue;
    const term = normalise(record.agency);
    const key = `agency:${target.id}:${term}`;
    if (items.has(key)) continue;
    const acronym = initials(term);
    items.set(key, {
      key,
      kind: 'agency',
      name: record.agency,
      targetId: target.id,
      state: target.state,
      terms: acronym.length >= 3 ? [term, acronym] : [term],
      records: 1,
    });
  }
  return [...items.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Agencies by the names people use (NYPD, LASD, "Metro"…), leading to the record's jurisdiction. */
export function commonNameItems(jurisdictions: JurisdictionLookup): SearchItem[] {
  const items: SearchItem[] = [];
  for (const entry of COMMON_AGENCY_NAMES) {
    const target = jurisdictions.byId.get(entry.target);
    if (target === undefined) continue;
    items.push({
      key: `common:${entry.target}:${entry.names[0]!}`,
      kind: 'agency',
      name: entry.agency,
      targetId: target.id,
      state: target.state,
      terms: unique([normalise(entry.agency), ...entry.names.map(normalise)]),
      records: target.recordIds.length,
      curated: true,
    });
  }
  return items;
}

const KIND_ORDER: Record<SearchKind, number> = { state: 0, county: 1, place: 2, agency: 3 };

/** How well `query` (normalised, `words` its words) matches `term`: 0 best … 5 no plain match. */
function matchClass(query: string, words: readonly string[], term: string, termWords: readonly string[] = term.split(' ')): number {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  if (term.includes(` ${query}`)) return 2;
  if (words.every((w) => termWords.some((t) => t.startsWith(w)))) return 3;
  if (term.includes(query)) return 4;
  return 5;
}

const FIPS_QUERY = /^\d{1,5}$/;

interface Ranked {
  item: SearchItem;
  best: number;
  score: number;
}

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    a.best - b.best ||
    a.score - b.score ||
    KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
    // An exact common name ("MCSO") beats an agency whose initials merely coincide.
    (a.best === 0 ? Number(b.item.curated === true) - Number(a.item.curated === true) : 0) ||
    b.item.records - a.item.records ||
    a.item.name.length - b.item.name.length ||
    a.item.name.localeCompare(b.item.name) ||
    (a.item.key < b.item.key ? -1 : 1)
  );
}

export class SearchIndex {
  private fuse: Fuse<SearchItem> | undefined;
  private readonly byFips: SearchItem[];
  /** Per item, per term, its words (split once, not per keystroke). */
  private readonly termWords: string[][][];

  constructor(readonly items: readonly SearchItem[]) {
    this.byFips = items.filter((i) => i.kind === 'state' || i.kind === 'county');
    this.termWords = items.map((i) => i.terms.map((t) => t.split(' ')));
  }

  /** fuse.js over the names only, built the first time a query needs typo tolerance. */
  private fuzzy(): Fuse<SearchItem> {
    this.fuse ??= new Fuse(this.items, {
      keys: [{ name: 'name', getFn: (item) => item.terms[0] ?? '' }],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
      minMatchCharLength: 2,
    });
    return this.fuse;
  }

  search(query: string, limit = 8): SearchItem[] {
    const text = query.trim();
    if (FIPS_QUERY.test(text)) {
      return this.byFips
        .filter((i) => i.key.startsWith(text))
        .sort((a, b) => (a.key.length !== b.key.length ? a.key.length - b.key.length : a.key < b.key ? -1 : 1))
        .slice(0, limit);
    }
    const q = normalise(text);
    if (q.length < 2) return [];
    // A Spanish query ("Condado de Harris, Texas") is also tried in the index's English terms.
    const english = spanishToEnglish(q);
    const queries = english === undefined ? [q] : [q, english];
    // Plain matches first (fast: a scan of the terms); fuzzy ones only to fill the list.
    const ranked: Ranked[] = [];
    this.items.forEach((item, i) => {
      let best = 5;
      for (const query of queries) {
        const words = query.split(' ');
        item.terms.forEach((term, t) => {
          if (best > 0) best = Math.min(best, matchClass(query, words, term, this.termWords[i]![t]));
        });
      }
      if (best < 5) ranked.push({ item, best, score: 0 });
    });
    if (ranked.length < limit) {
      const seen = new Set(ranked.map((r) => r.item.key));
      for (const result of this.fuzzy().search(english ?? q, { limit: limit * 2 })) {
        if (!seen.has(result.item.key)) ranked.push({ item: result.item, best: 5, score: result.score ?? 1 });
      }
    }
    ranked.sort(compareRanked);
    return ranked.slice(0, limit).map((r) => r.item);
  }
}

/** The state's name for a 2-digit FIPS (falls back to the code). */
export function stateName(fips: string): string {
  return STATE_BY_FIPS.get(fips)?.name ?? fips;
}
