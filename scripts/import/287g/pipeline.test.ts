// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { import287g } from './pipeline';
import type { RawInputs } from './types';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

const rows = (list: Record<string, string>[]) => list.map((values, i) => ({ file: 'x.csv', line: i + 2, values }));
const U = { agency_type: 'County', county: 'Cobb County', first_seen: '2021-01-13', n_snapshot_files: '2' };

describe('the 287(g) pipeline', () => {
  it('accounts for every row: records + drops = rows in', () => {
    const raw: RawInputs = {
      union: rows([
        { ...U, state: 'GEORGIA', agency: "Cobb County Sheriff's Office", support_type: 'Jail Enforcement Model', signed: '2020-06-01', last_seen: '2026-05-18', on_latest_list: 'True' },
        { ...U, state: 'GEORGIA', agency: "Cobb County Sheriffs Office", support_type: 'Jail Enforcement Model', signed: '2020-06-01', last_seen: '2021-01-13', on_latest_list: 'False' },
        { ...U, state: 'GEORGIA', agency: "Cobb County Sheriff's Office", support_type: 'Warrant Service Officer', signed: '', last_seen: '2021-01-13', on_latest_list: 'False' },
      ]),
      latest: rows([{ STATE: 'GEORGIA', 'LAW ENFORCEMENT AGENCY': "Cobb County Sheriff's Office", TYPE: 'County', COUNTY: 'Cobb County', 'SUPPORT TYPE': 'Jail Enforcement Model', SIGNED: '2020-06-01', MOA_URL: '', ADDENDUM_URL: '' }]),
      snapshots: rows([
        { file: 'a.xlsx', snapshot_date: '2021-01-13', date_basis: 'scrape/Wayback capture timestamp', rows: '2' },
        { file: 'b.xlsx', snapshot_date: '2026-05-18', date_basis: 'ICE filename date', rows: '1' },
      ]),
      pre2018: rows([]),
      wapo: rows([]),
    };
    const result = import287g(g, raw);
    expect(result.counts).toMatchObject({ itemsIn: 3, records: 1, drops: 2 });
    expect(result.policies.map((p) => [p.id, p.end_date])).toEqual([['287g-ga-cobb-so-jem-2020-06-01', '']]);
    expect(result.drops.map((d) => [d.line, d.related_record ?? ''])).toEqual([
      [3, '287g-ga-cobb-so-jem-2020-06-01'],
      [4, ''],
    ]);
  });
});
