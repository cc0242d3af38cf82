import { describe, expect, it } from 'vitest';
import { fixtureMapData } from '../testing/fixtures';
import { filterRows, intervalOn, pageCount, pageOf, pageWith, sortRows, tableRows } from './rows';

const { jurisdictions } = fixtureMapData();
const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('table rows', () => {
  it('has one row per state, county and city with its status and since-when on the day', () => {
    const rows = tableRows(jurisdictions.byLevel, '2010-01-01');
    expect(rows).toHaveLength(2 + 3 + 1);
    expect(rows.find((r) => r.id === '48201')).toEqual({
      id: '48201',
      name: 'Harris County',
      level: 'county',
      state: '48',
      stateName: 'Texas',
      category: 'participates',
      since: '2008-07-01',
      sincePrecision: 'day',
      listed: false,
    });
    expect(rows.find((r) => r.id === '06037')).toMatchObject({ category: 'none' });
    expect(rows.find((r) => r.id === '06037')).not.toHaveProperty('since');
  });

  it('finds the interval in force on a day', () => {
    const intervals = jurisdictions.byId.get('48201')!.intervals;
    expect(intervalOn(intervals, '2008-06-30')).toBeUndefined();
    expect(intervalOn(intervals, '2008-07-01')?.[1]).toBe('participates');
    expect(intervalOn(intervals, '2020-01-01')).toEqual(['2017-09-01', 'requires']);
  });

  it('filters by level, state and status together', () => {
    const rows = tableRows(jurisdictions.byLevel, '2020-01-01');
    expect(ids(filterRows(rows, { level: 'county', state: 'all', category: 'all', listedOnly: false }))).toEqual(['06037', '06075', '48201']);
    expect(ids(filterRows(rows, { level: 'all', state: '48', category: 'all', listedOnly: false }))).toEqual(['48', '48201']);
    expect(ids(filterRows(rows, { level: 'all', state: 'all', category: 'requires', listedOnly: false }))).toEqual(['48', '48201']);
    expect(ids(filterRows(rows, { level: 'place', state: '48', category: 'all', listedOnly: false }))).toEqual([]);
  });

  it('marks and filters the jurisdictions named on a federal list', () => {
    const rows = tableRows(jurisdictions.byLevel, '2020-01-01', new Set(['06075', '06']));
    expect(rows.filter((r) => r.listed).map((r) => r.id).sort()).toEqual(['06', '06075']);
    expect(ids(filterRows(rows, { level: 'county', state: 'all', category: 'all', listedOnly: true }))).toEqual(['06075']);
    expect(tableRows(jurisdictions.byLevel, '2020-01-01').some((r) => r.listed)).toBe(false);
  });

  it('sorts by any column in either direction, ties by state, level and name', () => {
    const rows = tableRows(jurisdictions.byLevel, '2020-01-01');
    expect(ids(sortRows(rows, { key: 'name', ascending: true }, collator))).toEqual([
      '06',
      '48201',
      'CA-los-angeles',
      '06037',
      '06075',
      '48',
    ]);
    expect(ids(sortRows(rows, { key: 'state', ascending: true }, collator))).toEqual(['06', '06037', '06075', 'CA-los-angeles', '48', '48201']);
    expect(ids(sortRows(rows, { key: 'status', ascending: false }, collator)).slice(0, 2)).toEqual(['48', '48201']);
    const since = sortRows(rows, { key: 'since', ascending: true }, collator);
    expect(since[0]!.since).toBe('1989-10-24');
    expect(ids(sortRows(rows, { key: 'level', ascending: false }, collator))[0]).toBe('CA-los-angeles');
  });

  it('pages 100 rows at a time and finds the page of a row', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ id: `r${i}` }));
    expect(pageCount(250)).toBe(3);
    expect(pageCount(0)).toBe(1);
    expect(ids(pageOf(many, 2))).toHaveLength(50);
    expect(ids(pageOf(many, 9))[0]).toBe('r200');
    const rows = tableRows(jurisdictions.byLevel, '2020-01-01');
    expect(pageWith(rows, '48201', 2)).toBe(2);
    expect(pageWith(rows, 'nope')).toBeUndefined();
  });
});
