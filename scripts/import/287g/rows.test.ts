// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { policyRecordRow, sourceRow } from '../../../src/domain/schema';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { mergeUnion } from './merge-union';
import { assignIds } from './overlaps';
import { placeRows, POLICY_COLUMNS, policyRows, sourceRows } from './rows';
import { listing, snapshotsOf } from './test-helpers';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

describe('output rows', () => {
  it('takes its columns from the zod schema', () => {
    expect(POLICY_COLUMNS).toEqual(Object.keys(policyRecordRow.shape));
  });

  it('writes a valid record, its list sources and its place', () => {
    const snapshots = snapshotsOf(['2025-03-01', '2025-06-01', '2025-07-01']);
    const item = listing(g, { state: 'Florida', agency: 'Naples Police Department', county: 'Collier County', iceType: 'Municipality', model: 'task_force', signed: '2025-02-26', firstSeen: '2025-03-01', lastSeen: '2025-06-01', line: 2 });
    item.moaUrl = 'https://www.ice.gov/doclib/287gMOA/NaplesPD_TFM.pdf';
    const { agreements } = mergeUnion([item], snapshots);
    assignIds(agreements);
    const [policy] = policyRows(agreements);
    expect(policyRecordRow.safeParse(policy).success).toBe(true);
    expect(policy).toMatchObject({ id: '287g-fl-naples-pd-tfm-2025-02-26', fips: 'FL-naples', end_date: '2025-07-01', end_note: 'dropped from ICE participating-agencies list' });
    expect(policy!.summary).toMatch(/no longer appeared on ICE's participating-agencies list of 2025-07-01/);
    const sources = sourceRows(agreements, snapshots);
    expect(sources.map((s) => s.id)).toEqual(['ice-287g-list-2025-06-01', 'ice-287g-list-2025-07-01', 'ice-287g-moa-naplespd-tfm']);
    for (const s of sources) expect(sourceRow.safeParse(s).success).toBe(true);
    expect(placeRows(agreements).map((p) => p.id)).toEqual(['FL-naples']);
  });
});
