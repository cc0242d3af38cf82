// @vitest-environment node
/**
 * The fixes of issue 12 on the real data: honest as-of dates, seed cases decided by the record
 * that actually decides, no unsuitable sources, partial dates accounted for.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildData, type BuildResult } from '../../scripts/build/pipeline';
import { deniedSource } from '../../scripts/build/source-policy';
import { coverageOf } from '../../scripts/report/coverage';
import type { PolicyRecord, StatusIndex } from '../../src/domain/dataset';
import { statusLayersOf } from '../../src/domain/layers';
import { explainStatus } from '../../src/domain/status';

vi.setConfig({ testTimeout: 60_000 });

let built: BuildResult;
let status: StatusIndex;
const record = (id: string): PolicyRecord => {
  const r = built.data.records.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

beforeAll(() => {
  built = buildData('data');
  status = JSON.parse(String(built.files.get('status.json'))) as StatusIndex;
}, 60_000);

describe('the dataset after the trust fixes', () => {
  it('states its as-of date per layer, not the newest effective date', () => {
    expect(status.asOfLayers?.agreements287g).toBe('2026-05-18');
    expect(status.asOfLayers?.stateLocal).toMatch(/^2026-\d\d-\d\d$/);
    // Virginia SB 783 takes effect 2026-07-01: a future law is not what the data is "as of".
    expect(record('va-sb783-2026').effective).toBe('2026-07-01');
    expect(String(built.files.get('records.csv')).split('\n')[0]!.endsWith(',sources,as_of')).toBe(true);
  });

  it('dates laws from their effective day, not January 1 of their year', () => {
    expect(record('ct-trust-act-2013').effective).toBe('2014-01-01');
    expect(record('wv-sanctuary-act-2023').effective).toBe('2023-06-09');
    expect(record('fl-sb1808-2022').citation).toMatch(/2022-193/);
  });

  it('credits New York City\'s own laws over the equal state floor, naming the floor', () => {
    const nyc = status.jurisdictions.find((j) => j.id === 'NY-new-york')!;
    const own = nyc.recordIds.map(record);
    const state = status.jurisdictions.find((j) => j.id === '36')!.recordIds.map(record);
    const why = explainStatus(statusLayersOf('place', own, state), '2019-06-01');
    expect(why.reason).toBe('local');
    expect(why.category).toBe('limits');
    expect(why.floorId).toBeDefined();
    expect(record(why.floorId!).level).toBe('state');
    // Executive Order 50 (2025) never took effect: the City stays "limits" throughout 2025.
    expect(explainStatus(statusLayersOf('place', own, state), '2025-04-10').category).toBe('limits');
    expect(nyc.recordIds).toEqual(expect.arrayContaining(['ny-nyc-eo50-2025', 'ny-nyc-safer-sanctuary-act-2026']));
  });

  it('gives LVMPD\'s 2018 directive and 2023 revision records of their own', () => {
    expect(record('nv-lvmpd-bench-warrant-directive-2018').end).toBe('2019-10-22');
    expect(record('nv-lvmpd-immigration-policy-2019').effective).toBe('2019-10-22');
    expect(record('nv-lvmpd-immigration-policy-2023').end).toBe('2025-01-31');
  });

  it('cites no denied source and has the District of Columbia\'s 2012 detainer act once', () => {
    for (const s of built.data.sources.values()) expect(deniedSource(s.url), s.id).toBeUndefined();
    expect(built.data.records.filter((r) => /Detainer Compliance/.test(r.citation))).toHaveLength(1);
  });

  it('leaves no gap between a hand-researched record and the one that continues it', () => {
    // A partial end date ("2025") counts from January 1 while its successor starts on its signing day.
    const researched = built.data.records.filter((r) => r.kind !== 'agreement_287g');
    for (const r of researched) {
      if (r.end === undefined) continue;
      const next = researched
        .filter((x) => x.id !== r.id && x.fips === r.fips && x.kind === r.kind && x.agency === r.agency && x.effective >= r.effective)
        .sort((a, b) => (a.effective < b.effective ? -1 : 1))[0];
      if (next) expect(next.effective, `${r.id} ends ${r.end}, ${next.id} starts ${next.effective}`).toBe(r.end);
    }
  });

  it('accounts for every remaining partial effective date with what was searched', () => {
    const c = coverageOf(built.data, '2026-12-06');
    expect(c.partialDates.length).toBeGreaterThan(0);
    for (const p of c.partialDates) expect(p.searched, p.id).toBeTruthy();
  });
});
