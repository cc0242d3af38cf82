import { describe, expect, it } from 'vitest';
import type { JurisdictionEntry } from '../domain/dataset';
import { categoryChanges, listChanges, type ShownCategories } from './recolour';

const entries: JurisdictionEntry[] = [
  { id: '48201', level: 'county', name: 'Harris', state: '48', recordIds: [], intervals: [['2008-07-01', 'participates'], ['2017-02-16', 'none'], ['2017-09-01', 'requires']] },
  { id: '06075', level: 'county', name: 'SF', state: '06', recordIds: [], intervals: [['1989-10-24', 'limits']] },
  { id: '06001', level: 'county', name: 'Alameda', state: '06', recordIds: [], intervals: [] },
];

/** The same walk through the years, for either way of remembering what is shown. */
function expectChangesThroughTheYears(changes: (day: string) => { id: string; level: string; category: string }[]): void {
  expect(changes('1985-01-01')).toEqual([]);
  expect(changes('2010-01-01')).toEqual([
    { id: '48201', level: 'county', category: 'participates' },
    { id: '06075', level: 'county', category: 'limits' },
  ]);
  expect(changes('2010-02-01')).toEqual([]);
  expect(changes('2017-03-01')).toEqual([{ id: '48201', level: 'county', category: 'none' }]);
  expect(changes('2020-01-01')).toEqual([{ id: '48201', level: 'county', category: 'requires' }]);
  expect(changes('1980-01-01').map((c) => c.category)).toEqual(['none', 'none']);
}

describe('categoryChanges', () => {
  it('sets only features that differ from what is shown', () => {
    const shown = new Map();
    expectChangesThroughTheYears((day) => categoryChanges(entries, day, shown));
    expect(shown.size).toBe(0);
  });
});

describe('listChanges', () => {
  it('sets only features that differ from what the map shows for the list', () => {
    const shown: ShownCategories = new WeakMap();
    expectChangesThroughTheYears((day) => listChanges(entries, day, shown));
    // A new map shows nothing yet: everything not "none" is set again.
    expect(listChanges(entries, '2020-01-01', new WeakMap()).map((c) => c.id)).toEqual(['48201', '06075']);
  });
});
