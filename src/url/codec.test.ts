import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTY_FIPS, PLACE_ID, STATE_FIPS } from '../domain/schema';
import { DEFAULT_URL_STATE, mergeSearch, parseUrlState, serialiseUrlState } from './codec';
import { formatAtParam, ID_PATTERNS, parseAtParam, parseDateParam, URL_KEYS, URL_PARAMS_TABLE, type UrlState } from './params';

const today = '2025-06-15';
const opts = { today };

describe('URL codec', () => {
  it('reads every parameter', () => {
    const state = parseUrlState('?date=2011-09-08&j=06037&lang=es&view=table&layer=states&embed=1&mode=present&lists=1&people=1&at=4.5/38.1/-97.25', opts);
    expect(state).toEqual({
      date: '2011-09-08',
      jurisdiction: '06037',
      lang: 'es',
      view: 'table',
      layer: 'states',
      embed: true,
      present: true,
      lists: true,
      people: true,
      at: { zoom: 4.5, lat: 38.1, lon: -97.25 },
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parseUrlState('', opts)).toEqual(DEFAULT_URL_STATE);
    expect(serialiseUrlState(DEFAULT_URL_STATE, opts).toString()).toBe('');
  });

  it('keeps an exact day and reads a month as the last day of that month', () => {
    expect(parseDateParam('2011-09-08', today)).toBe('2011-09-08');
    expect(parseDateParam('2011-09', today)).toBe('2011-09-30');
    expect(parseDateParam('2012-02', today)).toBe('2012-02-29');
    // the current month stands for today
    expect(parseDateParam('2025-06', today)).toBe(today);
  });

  it('clamps dates to [1979-01-01, today]', () => {
    expect(parseDateParam('1950-05-05', today)).toBe('1979-01-01');
    expect(parseDateParam('1950-05', today)).toBe('1979-01-31');
    expect(parseDateParam('2030-01-01', today)).toBe(today);
    expect(parseDateParam('2030-01', today)).toBe(today);
  });

  it('writes a month when the day is the month step, and omits today', () => {
    expect(serialiseUrlState({ ...DEFAULT_URL_STATE, date: '2011-09-30' }, opts).get('date')).toBe('2011-09');
    expect(serialiseUrlState({ ...DEFAULT_URL_STATE, date: '2011-09-08' }, opts).get('date')).toBe('2011-09-08');
    expect(serialiseUrlState({ ...DEFAULT_URL_STATE, date: today }, opts).has('date')).toBe(false);
  });

  it.each([
    ['date=yesterday'],
    ['date=2011-13'],
    ['date=2011-02-30'],
    ['date=2011'],
    ['date=20110908'],
    ['date='],
    ['j=<script>'],
    ['j=6037'],
    ['j=ny-new-york'],
    ['lang=fr'],
    ['view=globe'],
    ['layer=tracts'],
    ['embed=yes'],
    ['mode=presentation'],
    ['lists=yes'],
    ['lists=0'],
    ['at=4/38'],
    ['at=4/95/10'],
    ['at=99/38/-97'],
    ['at=a/b/c'],
    ['at=4/38/-97/1'],
    ['at=NaN/38/-97'],
    ['at=Infinity/38/-97'],
    ['%E0%A4%A=1&date=%'],
  ])('falls back quietly on garbage: %s', (query) => {
    expect(() => parseUrlState(query, opts)).not.toThrow();
    expect(parseUrlState(query, opts)).toEqual(DEFAULT_URL_STATE);
  });

  it('accepts FIPS and place ids, and drops ids the data does not know', () => {
    expect(parseUrlState('j=06', opts).jurisdiction).toBe('06');
    expect(parseUrlState('j=NY-new-york', opts).jurisdiction).toBe('NY-new-york');
    const known = new Set(['06']);
    expect(parseUrlState('j=07', { today, isKnownJurisdiction: (id) => known.has(id) }).jurisdiction).toBeUndefined();
    expect(parseUrlState('j=06', { today, isKnownJurisdiction: (id) => known.has(id) }).jurisdiction).toBe('06');
  });

  it('uses the id patterns of the data schema', () => {
    expect(ID_PATTERNS.state.source).toBe(STATE_FIPS.source);
    expect(ID_PATTERNS.county.source).toBe(COUNTY_FIPS.source);
    expect(ID_PATTERNS.place.source).toBe(PLACE_ID.source);
  });

  it('rounds the map position and keeps it readable', () => {
    expect(formatAtParam({ zoom: 4.123456, lat: 38.123456789, lon: -97.000001 })).toBe('4.12/38.1235/-97');
    expect(parseAtParam('4.12/38.1235/-97')).toEqual({ zoom: 4.12, lat: 38.1235, lon: -97 });
    expect(mergeSearch('', { ...DEFAULT_URL_STATE, at: { zoom: 3, lat: 38, lon: -97 } }, opts)).toBe('?at=3/38/-97');
  });

  it('leaves parameters it does not own in place', () => {
    const search = mergeSearch('?utm_source=news&date=2001-01&j=06', { ...DEFAULT_URL_STATE, date: '2011-09-08' }, opts);
    const params = new URLSearchParams(search);
    expect(params.get('utm_source')).toBe('news');
    expect(params.get('date')).toBe('2011-09-08');
    expect(params.has('j')).toBe(false);
    expect(mergeSearch('', DEFAULT_URL_STATE, opts)).toBe('');
  });

  it('round-trips any valid state', () => {
    const day = fc
      .date({ min: new Date('1979-01-01T00:00:00Z'), max: new Date(`${today}T00:00:00Z`), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const state: fc.Arbitrary<UrlState> = fc.record(
      {
        date: day,
        jurisdiction: fc.constantFrom('06', '06037', '48201', 'CA-los-angeles', 'NY-new-york'),
        lang: fc.constantFrom('en' as const, 'es' as const),
        view: fc.constantFrom('map' as const, 'table' as const, 'chart' as const),
        layer: fc.constantFrom('counties' as const, 'states' as const),
        embed: fc.boolean(),
        present: fc.boolean(),
        lists: fc.boolean(),
        people: fc.boolean(),
        compare: fc.constantFrom('1979-01-01', '2011-09-08', '2011-09-30', today),
        at: fc.record({
          zoom: fc.integer({ min: 0, max: 2200 }).map((z) => z / 100),
          lat: fc.integer({ min: -850000, max: 850000 }).map((v) => v / 10000),
          lon: fc.integer({ min: -1800000, max: 1800000 }).map((v) => v / 10000),
        }),
      },
      { requiredKeys: ['lang', 'view', 'layer', 'embed', 'present', 'lists', 'people'] },
    );
    fc.assert(
      fc.property(state, (s) => {
        const back = parseUrlState(serialiseUrlState(s, opts), opts);
        expect(back.date ?? today).toBe(s.date ?? today);
        expect({ ...back, date: undefined }).toEqual({ ...s, date: undefined });
      }),
    );
  });

  it('reads a second date for comparison, written even when it is today; an unreadable one is absent', () => {
    expect(parseUrlState('compare=2011-09', opts).compare).toBe('2011-09-30');
    expect(parseUrlState('compare=2011-09-08', opts).compare).toBe('2011-09-08');
    expect(parseUrlState('compare=2011-13', opts).compare).toBeUndefined();
    expect(parseUrlState('compare=soon', opts).compare).toBeUndefined();
    expect(serialiseUrlState({ ...DEFAULT_URL_STATE, compare: today }, opts).get('compare')).toBe('2025-06');
    expect(serialiseUrlState({ ...DEFAULT_URL_STATE, compare: '2011-09-08' }, opts).get('compare')).toBe('2011-09-08');
  });

  it('declares every parameter once, with a distinct name', () => {
    const names = URL_KEYS.map((key) => URL_PARAMS_TABLE[key].name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['date', 'j', 'lang', 'view', 'layer', 'embed', 'mode', 'lists', 'compare', 'people', 'at']);
  });

  it('round-trips the text of a canonical query', () => {
    for (const query of ['date=2011-09-08&j=06037', 'date=2011-09&layer=states', 'lang=es&view=table&embed=1&mode=present&at=4.5/38.1/-97.25']) {
      expect(serialiseUrlState(parseUrlState(query, opts), opts).toString().replace(/%2F/g, '/')).toBe(query);
    }
  });
});
