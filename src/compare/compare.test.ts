import { describe, expect, it } from 'vitest';
import type { JurisdictionEntry } from '../domain/dataset';
import type { JurisdictionLayers, StatusInterval } from '../domain/status';
import { changeBetween, changedEntries, changingRecord, countChanges, directionOf, yearBefore } from './compare';

const entry = (id: string, intervals: StatusInterval[]): JurisdictionEntry => ({ id, level: 'county', name: id, state: id.slice(0, 2), intervals, recordIds: [] });

describe('direction of a change', () => {
  it('toward limits when the rank falls, toward cooperation when it rises', () => {
    expect(directionOf('participates', 'none')).toBe('limits');
    expect(directionOf('none', 'some_limits')).toBe('limits');
    expect(directionOf('limits', 'requires')).toBe('cooperation');
    expect(directionOf('requires', 'participates')).toBe('cooperation');
    expect(directionOf('limits', 'limits')).toBe('unchanged');
  });

  it('reads the two dates in time order whichever comes first', () => {
    const intervals: StatusInterval[] = [['2017-09-01', 'requires'], ['2020-01-01', 'participates']];
    expect(changeBetween(intervals, '2016-01-01', '2021-01-01')).toEqual({ from: 'none', to: 'participates', direction: 'cooperation' });
    expect(changeBetween(intervals, '2021-01-01', '2016-01-01')).toEqual({ from: 'none', to: 'participates', direction: 'cooperation' });
    // Changed and changed back: unchanged between the two dates.
    expect(changeBetween([['2010-01-01', 'limits'], ['2012-01-01', 'none']], '2009-01-01', '2013-01-01').direction).toBe('unchanged');
  });

  it('counts each direction, with residents', () => {
    const entries = [entry('06001', [['2018-01-01', 'limits']]), entry('48201', [['2017-09-01', 'requires']]), entry('01001', [])];
    const people = new Map([['06001', 10], ['48201', 20], ['01001', 5]]);
    const { counts, people: residents } = countChanges(entries, '2016-01-01', '2025-01-20', (id) => people.get(id));
    expect(counts).toEqual({ limits: 1, unchanged: 1, cooperation: 1 });
    expect(residents).toEqual({ limits: 10, unchanged: 5, cooperation: 20 });
    expect(changedEntries(entries, '2016-01-01', '2025-01-20').map((c) => c.entry.id)).toEqual(['06001', '48201']);
  });
});

describe('the record behind a change', () => {
  const layers: JurisdictionLayers = {
    state: [{ id: 'tx-sb4', category: 'requires', start: '2017-09-01' }],
    local: [{ id: 'ord-1', category: 'limits', start: '2010-01-01', end: '2015-01-01' }],
    ownAgreements: [{ id: '287g-a', category: 'participates', start: '2019-01-01' }],
  };
  it('is the record deciding the later status', () => {
    const change = changeBetween([['2017-09-01', 'requires'], ['2019-01-01', 'participates']], '2018-01-01', '2020-01-01');
    expect(changingRecord(layers, change, '2018-01-01', '2020-01-01')).toBe('287g-a');
  });
  it('is the ended record when the later status is no known policy', () => {
    const change = changeBetween([['2010-01-01', 'limits'], ['2015-01-01', 'none']], '2012-01-01', '2016-01-01');
    expect(changingRecord(layers, change, '2012-01-01', '2016-01-01')).toBe('ord-1');
  });
  it('is nothing when nothing changed', () => {
    const change = changeBetween([], '2012-01-01', '2016-01-01');
    expect(changingRecord(layers, change, '2012-01-01', '2016-01-01')).toBeUndefined();
  });
});

it('a year before February 29 is February 28', () => {
  expect(yearBefore('2024-02-29')).toBe('2023-02-28');
  expect(yearBefore('2026-07-01')).toBe('2025-07-01');
});

describe('the map PNG in compare mode', () => {
  it('says what the colours mean and counts each direction', async () => {
    const { compareExport } = await import('./exportCompare');
    const entries = [entry('06001', [['2018-01-01', 'limits']]), entry('48201', [['2017-09-01', 'requires']]), entry('01001', [])];
    const out = compareExport(entries, '2025-01-20', '2016-01-01', 'counties', 'en', 'en-US');
    expect(out.subtitle).toBe('Change of counties from January 1, 2016 to January 20, 2025');
    expect(out.legend.map((l) => `${l.label} ${l.count}`)).toEqual(['Toward more limits 1', 'Unchanged 1', 'Toward more cooperation 1']);
  });
});

it('the status CSV in compare mode adds the compared date, its status and the change', async () => {
  const { statusCsvWithCompare } = await import('./exportCompare');
  const props = (id: string, intervals: { start: string; category: string }[]) => ({
    type: 'Feature' as const,
    geometry: null,
    properties: { id, level: 'county', name: id, state_fips: id.slice(0, 2), status_intervals: intervals, record_ids: [], federal_lists: [] },
  });
  const collection = { type: 'FeatureCollection' as const, features: [props('48201', [{ start: '2017-09-01', category: 'requires' }])] };
  const labels = { limits: 'L', some_limits: 'S', none: 'N', requires: 'R', participates: 'P' };
  const csv = statusCsvWithCompare(collection, '2020-01-31', '2016-01-31', labels, { lists: [], records: {} }).split('\r\n');
  expect(csv[0]).toMatch(/,compare_date,compare_status,change$/);
  expect(csv[1]).toMatch(/,2016-01-31,none,cooperation$/);
});
