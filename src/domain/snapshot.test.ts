import { describe, expect, it } from 'vitest';
import type { JurisdictionEntry } from './dataset';
import { categoriesOn, countsOn } from './snapshot';
import { statusOn } from './status';

const entry = (id: string, intervals: JurisdictionEntry['intervals']): JurisdictionEntry => ({
  id,
  level: 'county',
  name: id,
  state: id.slice(0, 2),
  recordIds: [],
  intervals,
});

const entries: JurisdictionEntry[] = [
  entry('48201', [['2008-07-01', 'participates'], ['2017-02-16', 'none'], ['2017-09-01', 'requires']]),
  entry('06075', [['1989-10-24', 'limits']]),
  entry('06001', []),
];

describe('categoriesOn', () => {
  it('gives each entry the category statusOn gives it, in order', () => {
    for (const day of ['1980-01-01', '2008-07-01', '2017-03-01', '2020-01-01']) {
      expect(categoriesOn(entries, day)).toEqual(entries.map((e) => statusOn(e.intervals, day)));
    }
  });

  it('computes a list and day once, and keeps only the last few days', () => {
    const first = categoriesOn(entries, '2010-01-01');
    expect(categoriesOn(entries, '2010-01-01')).toBe(first);
    for (const day of ['2011-01-01', '2012-01-01', '2013-01-01', '2014-01-01', '2015-01-01']) categoriesOn(entries, day);
    expect(categoriesOn(entries, '2010-01-01')).not.toBe(first);
    expect(categoriesOn(entries, '2010-01-01')).toEqual(first);
  });

  it('keeps lists apart', () => {
    const other = [entries[1]!];
    expect(categoriesOn(other, '2020-01-01')).toEqual(['limits']);
    expect(categoriesOn(entries, '2020-01-01')).toEqual(['requires', 'limits', 'none']);
  });
});

describe('categoriesOn, stepping from a kept day', () => {
  it('matches statusOn on every day, forwards, backwards and in jumps', () => {
    const days: string[] = [];
    for (let y = 1979; y <= 2026; y++) for (const m of ['01', '04', '07', '10']) days.push(`${y}-${m}-15`);
    const many: JurisdictionEntry[] = Array.from({ length: 200 }, (_, i) =>
      entry(
        String(10000 + i),
        i % 3 === 0
          ? []
          : [
              [`${1980 + (i % 40)}-0${1 + (i % 9)}-01`, 'participates'],
              [`${2000 + (i % 25)}-1${i % 3}-0${1 + (i % 8)}`, i % 2 ? 'limits' : 'none'],
              [`${2025 - (i % 5)}-0${1 + (i % 9)}-15`, 'requires'],
            ],
      ),
    );
    const order = [...days, ...[...days].reverse(), ...days.filter((_, k) => k % 7 === 0).reverse(), days[3]!, days.at(-2)!];
    for (const day of order) {
      expect(categoriesOn(many, day)).toEqual(many.map((e) => statusOn(e.intervals, day)));
    }
  });
});

describe('countsOn', () => {
  it('counts each category once per list and day', () => {
    const counts = countsOn(entries, '2020-01-01');
    expect(counts).toMatchObject({ requires: 1, limits: 1, none: 1, participates: 0 });
    expect(countsOn(entries, '2020-01-01')).toBe(counts);
  });
});
