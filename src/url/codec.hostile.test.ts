/**
 * The hostile-URL corpus (tests/fixtures/hostile-urls.ts) against the codec: nothing throws,
 * nothing leaks onto Object.prototype, every entry reads as the defaults (or as the part of it
 * that is valid), and what the codec writes back is always canonical. The same corpus is loaded
 * against the built site by tests/browser/hostile-urls.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_URLS, KNOWN_IDS } from '../../tests/fixtures/hostile-urls';
import { DEFAULT_URL_STATE, mergeSearch, parseUrlState, serialiseUrlState, URL_PARAMS } from './codec';
import { isJurisdictionId, type UrlState } from './params';
import { readUrlState } from './useUrlSync';

const today = '2025-06-15';
const opts = { today, isKnownJurisdiction: (id: string) => KNOWN_IDS.has(id) };
const STATE_KEYS = new Set<string>(['date', 'jurisdiction', 'lang', 'view', 'layer', 'embed', 'present', 'lists', 'compare', 'people', 'at']);

/** What `location.search` holds after a browser navigates to `?query` (the fragment is cut off). */
function searchOf(query: string): string {
  return new URL(`?${query}`, 'https://example.test/map/').search;
}

function expectCanonical(state: UrlState): void {
  expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  for (const key of Object.keys(state)) expect(STATE_KEYS.has(key), key).toBe(true);
  const params = serialiseUrlState(state, { today });
  for (const [name, value] of params) {
    expect(URL_PARAMS as readonly string[]).toContain(name);
    // Only the characters a canonical value can hold: no markup, quotes, spaces or controls.
    expect(value).toMatch(/^[A-Za-z0-9./-]*$/);
  }
  if (state.jurisdiction !== undefined) expect(isJurisdictionId(state.jurisdiction)).toBe(true);
}

afterEach(() => {
  // No entry may have polluted the prototype of every object.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

describe('hostile URL corpus against the codec', () => {
  it('has at least 50 entries with distinct queries', () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(HOSTILE_URLS.map((e) => e.query)).size).toBe(HOSTILE_URLS.length);
    expect(new Set(HOSTILE_URLS.map((e) => e.name)).size).toBe(HOSTILE_URLS.length);
  });

  it.each(HOSTILE_URLS.map((e) => [e.name, e] as const))('%s: falls back to the defaults', (_name, entry) => {
    const search = searchOf(entry.query);
    const state = parseUrlState(search, opts);
    expect(state).toEqual({ ...DEFAULT_URL_STATE, ...entry.expect });
    expectCanonical(state);
    // The page's own entry point (no data yet: ids are only checked for shape).
    expect(() => readUrlState(search, today)).not.toThrow();
  });

  it.each(HOSTILE_URLS.map((e) => [e.name, e] as const))('%s: raw text never throws and writes back clean', (_name, entry) => {
    // Not through a URL parser first: the codec must cope with any string.
    const raw = parseUrlState(entry.query, opts);
    expectCanonical(raw);
    const merged = mergeSearch(searchOf(entry.query), raw, { today });
    // Owned parameters are rewritten canonically; others are kept, always re-encoded.
    const back = new URLSearchParams(merged);
    for (const name of URL_PARAMS) expect(back.getAll(name).length).toBeLessThanOrEqual(1);
    expect(merged).not.toMatch(/[<>"'\s\u0000]/);
    expect(parseUrlState(merged, opts)).toEqual(parseUrlState(serialiseUrlState(raw, { today }), opts));
  });

  it('copes with strings no URL parser would produce (lone surrogates, raw controls)', () => {
    for (const text of ['date=\ud800', 'j=\udfff06037', 'lang=\u0000', `layer=${'\u202e'.repeat(10_000)}`, '\u0000'.repeat(1000)]) {
      expect(parseUrlState(text, opts)).toEqual(DEFAULT_URL_STATE);
    }
  });
});
