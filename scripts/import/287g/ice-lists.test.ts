// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { indexLatest, nextSnapshot, unionItems } from './ice-lists';
import { snapshotsOf } from './test-helpers';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

const row = (line: number, values: Record<string, string>) => ({ file: 'union.csv', line, values });
const union = (line: number, v: Partial<Record<string, string>>) =>
  row(line, {
    state: 'GEORGIA', agency: "Cobb County Sheriff's Office", agency_type: 'County', county: 'Cobb County', support_type: 'Jail Enforcement Model',
    signed: '2025-02-10', first_seen: '2025-02-19', last_seen: '2025-03-06', on_latest_list: 'False', n_snapshot_files: '3', ...v,
  } as Record<string, string>);

describe('ICE list snapshots', () => {
  it('finds the next snapshot after a day', () => {
    const s = snapshotsOf(['2013-09-30', '2021-01-13', '2025-08-01']);
    expect(s.first).toBe('2013-09-30');
    expect(s.latest).toBe('2025-08-01');
    expect(nextSnapshot(s, '2013-09-30')).toBe('2021-01-13');
    expect(nextSnapshot(s, '2025-08-01')).toBeUndefined();
  });
});

describe('union rows', () => {
  it('refuses a latest list with the same agreement twice', () => {
    const latest = { STATE: 'GEORGIA', 'LAW ENFORCEMENT AGENCY': 'X', TYPE: 'County', COUNTY: 'Cobb County', 'SUPPORT TYPE': 'Jail Enforcement Model', SIGNED: '2025-01-01' };
    expect(() => indexLatest([row(2, latest), row(3, latest)])).toThrow(/:3: duplicate of line 2/);
  });

  it('drops rows without a signing date or outside the map, and reads the 5025 typo as 2025', () => {
    const { items, drops } = unionItems(
      g,
      [union(2, { signed: '' }), union(3, { state: 'GUAM', agency: 'Guam Department of Corrections' }), union(4, { signed: '5025-02-10' }), union(5, {})],
      new Map(),
    );
    expect(drops.map((d) => d.reason)).toEqual(['ICE printed no signing date', 'state "GUAM" is outside the map (50 states, DC and Puerto Rico)']);
    expect(items.map((i) => [i.line, i.signed, i.loc.fips])).toEqual([
      [4, '2025-02-10', '13067'],
      [5, '2025-02-10', '13067'],
    ]);
    expect(items[0]!.notes[0]).toMatch(/5025/);
  });

  it('requires every row on the latest list to be in the latest workbook', () => {
    expect(() => unionItems(g, [union(2, { on_latest_list: 'True' })], new Map())).toThrow(/on the latest list but not found/);
  });
});
