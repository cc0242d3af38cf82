// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { mergeUnion } from './merge-union';
import { mergePre2018, parsePre2018, pre2018Items } from './pre2018';
import { listing, snapshotsOf } from './test-helpers';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

const pre = (line: number, v: Record<string, string>) => ({
  file: 'pre.csv',
  line,
  values: {
    state: 'GEORGIA', agency: "Cobb County Sheriff's Office", jurisdiction_level: 'county', county_fips: '13067', county_name: 'Cobb',
    first_signed_best: '2007-02-13', first_signed_source: 'CRS RL32270', latest_signed: '', signing_dates: '2007-02-13; 2009-10-15',
    models: 'jail enforcement', active_from: '2008-01-01', active_to: '2017-08-01', terminated: 'FALSE', n_sources: '3', confidence: 'high', note: '', ...v,
  },
});

describe('pre-2018 history', () => {
  it('makes one item per signing date, the renewals after the first', () => {
    const rows = parsePre2018([pre(2, {})]);
    const { items, drops } = pre2018Items(g, rows, []);
    expect(drops).toEqual([]);
    expect(items.map((i) => [i.signed, i.part, i.openEnded ?? false])).toEqual([
      ['2007-02-13', '1 of 2', false],
      ['2009-10-15', '2 of 2', true],
    ]);
  });

  it('ends a terminated chain the day after the rosters last list it, and drops addenda and rows without a date', () => {
    const rows = parsePre2018([pre(2, { terminated: 'TRUE', signing_dates: '', active_to: '2012-06-30' }), pre(3, { agency: 'Cobb County Addendum' }), pre(4, { first_signed_best: '' })]);
    const { items, drops } = pre2018Items(g, rows, []);
    expect(items[0]!.end).toBe('2012-07-01');
    expect(drops.map((d) => d.reason.split(' (')[0])).toEqual(["an addendum to the agency's MOA, not a separate agreement", 'no signing date']);
  });

  it('folds a pre-2018 item into the ICE-list agreement it duplicates', () => {
    const ice = listing(g, { state: 'Georgia', agency: "Cobb County Sheriff's Office", county: 'Cobb County', iceType: 'County', model: 'jail_enforcement', signed: '2009-10-20', firstSeen: '2021-01-13', lastSeen: '2026-05-18', onLatest: true, line: 2 });
    const merged = mergeUnion([ice], snapshotsOf(['2021-01-13', '2026-05-18']));
    const rows = parsePre2018([pre(2, {})]);
    const result = mergePre2018(merged.agreements, pre2018Items(g, rows, []), rows);
    expect(result.agreements).toHaveLength(2);
    expect(result.drops[0]!.reason).toMatch(/^MOA 2 of 2: same agreement as .* \(ICE list\)$/);
    expect([...result.agreements[0]!.sourceIds]).toContain('deportationdata-287g-pre2018');
  });
});
