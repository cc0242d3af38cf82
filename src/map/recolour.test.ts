import { describe, expect, it } from 'vitest';
import type { JurisdictionEntry } from '../domain/dataset';
import { categoryChanges, listChanges, type ShownCategories } from './recolour';

const entries: JurisdictionEntry[] = [
  { id: '48201', level: 'county', name: 'Harris', state: '48', recordIds: [], intervals: [['2008-07-01', 'participates'], ['2017-02-16', 'none'], ['2017-09-01', 'requires']] },
  { id: '06075', level: 'county', name: 'SF', state: '06', recordIds: [], intervals: [['1989-10-24', 'limits']] },
  { id: '06001', level: 'county', name: 'Alameda', state: '06', recordIds: [], intervals: [] },
];

describe('categoryChanges', () => {
  it('sets only features that differ from what is shown', () => {
    const shown = new Map();
    expect(categoryChanges(entries, '1985-01-01', shown)).toEqual([]);
    expect(categoryChanges(entries, '2010-01-01', shown)).toEqual([
      { id: '48201', level: 'county', category: 'participates' },
      { id: '06075', level: 'county', category: 'limits' },
    ]);
    expect(categoryChanges(entries, '2010-02-01', shown)).toEqual([]);
    expect(categoryChanges(entries, '2017-03-01', shown)).toEqual([{ id: '48201', level: 'county', category: 'none' }]);
    expect(categoryChanges(entries, '2020-01-01', shown)).toEqual([{ id: '48201', level: 'county', category: 'requires' }]);
    expect(categoryChanges(entries, '1980-01-01', shown).map((c) => c.category)).toEqual(['none', 'none']);
    expect(shown.size).toBe(0);
  });
});

describe('listChanges', () => {
  it('sets only features that differ from what the map shows for the list', () => {
    const shown: ShownCategories = new WeakMap();
    expect(listChanges(entries, '1985-01-01', shown)).toEqual([]);
    expect(listChanges(entries, '2010-01-01', shown)).toEqual([
      { id: '48201', level: 'county', category: 'participates' },
      { id: '06075', level: 'county', category: 'limits' },
    ]);
    expect(listChanges(entries, '2010-02-01', shown)).toEqual([]);
    expect(listChanges(entries, '2017-03-01', shown)).toEqual([{ id: '48201', level: 'county', category: 'none' }]);
    expect(listChanges(entries, '2020-01-01', shown)).toEqual([{ id: '48201', level: 'county', category: 'requires' }]);
    expect(listChanges(entries, '1980-01-01', shown).map((c) => c.category)).toEqual(['none', 'none']);
    // A new map shows nothing yet: everything not "none" is set again.
    expect(listChanges(entries, '2020-01-01', new WeakMap()).map((c) => c.id)).toEqual(['48201', '06075']);
  });
});
