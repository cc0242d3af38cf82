// @vitest-environment node
/**
 * The real dataset in data/: it builds (so every record has a known source, every FIPS exists and
 * no intervals overlap — the build rejects each), the 287(g) import reconciles with its source
 * files, and the map shows what ICE's latest list says.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildData, type BuildResult } from '../../scripts/build/pipeline';
import { import287g, type ImportResult } from '../../scripts/import/287g/pipeline';
import { readRawInputs } from '../../scripts/import/287g/cli';
import { loadGazetteer, matchCounty } from '../../scripts/import/gazetteer';
import type { StatusIndex } from '../../src/domain/dataset';
import { statusOn } from '../../src/domain/status';
import { STATES } from '../../src/domain/states';

vi.setConfig({ testTimeout: 60_000 });

let built: BuildResult;
let status: StatusIndex;
let imported: ImportResult;

const csvRows = (path: string) => parse(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[];

beforeAll(() => {
  built = buildData('data');
  status = JSON.parse(String(built.files.get('status.json'))) as StatusIndex;
  imported = import287g(loadGazetteer(), readRawInputs('.'));
}, 60_000);

describe('the dataset', () => {
  it('builds: every record cites a known source, every FIPS exists, no overlapping intervals', () => {
    expect(built.summary.records).toBeGreaterThan(2000);
    for (const r of built.data.records) {
      expect(r.sourceIds.length).toBeGreaterThan(0);
      for (const id of r.sourceIds) expect(built.data.sources.has(id)).toBe(true);
    }
  });

  it('has at least 2,000 287(g) agreements with signing dates', () => {
    const agreements = built.data.records.filter((r) => r.kind === 'agreement_287g');
    expect(agreements.filter((r) => r.signed !== undefined).length).toBeGreaterThanOrEqual(2000);
  });

  it('reconciles the 287(g) import: items in = records out + reported drops, and data/ is in sync with the script', () => {
    const { itemsIn, records, drops } = imported.counts;
    expect(itemsIn).toBe(records + drops);
    const committed = csvRows('data/policies/287g.csv');
    expect(committed.map((r) => r.id)).toEqual(imported.policies.map((p) => p.id));
    expect(csvRows('data/import-report/287g-drops.csv')).toHaveLength(drops);
  });

  it('records a state agency that ICE listed with and without its state\'s name once, and keeps different agencies apart', () => {
    const ids = new Set(imported.policies.map((p) => p.id));
    const pairs: [kept: string, merged: string][] = [
      ['287g-ak-alaska-doc-wso-2020-07-24', '287g-ak-doc-wso-2020-07-24'],
      ['287g-tx-texas-office-of-the-attorney-general-tfm-2025-01-30', '287g-tx-office-of-the-attorney-general-tfm-2025-01-30'],
      ['287g-va-virginia-doc-jem-2025-02-28', '287g-va-doc-jem-2025-02-28'],
    ];
    for (const [kept, merged] of pairs) {
      expect(ids.has(kept), kept).toBe(true);
      expect(ids.has(merged), merged).toBe(false);
    }
    // Florida's Department of Law Enforcement and the Department of Environmental Protection's
    // Division of Law Enforcement share words and a signing day, but are two agencies.
    const florida = imported.policies.filter((p) => p.fips === '12' && p.signed_date === '2025-02-14').map((p) => p.agency);
    expect(florida).toEqual(expect.arrayContaining(['Florida Department of Law Enforcement', 'Florida Department of Environmental Protection, Division of Law Enforcement']));
  });

  it('has both 2025 federal lists complete (entries placed or reported)', () => {
    const dhs = status.federalLists.find((l) => l.id === 'dhs-2025-05-29')!;
    const doj = status.federalLists.find((l) => l.id === 'doj-2025-08-05')!;
    const federalDrops = csvRows('data/import-report/federal-drops.csv');
    expect(dhs.entryCount + federalDrops.filter((d) => Object.values(d).some((v) => v.includes('dhs'))).length).toBe(605);
    expect(doj.entryCount).toBe(35);
  });

  it('gives every state, DC and Puerto Rico a jurisdiction, and the seed cases their statuses', () => {
    for (const s of STATES) expect(status.jurisdictions.some((j) => j.id === s.fips)).toBe(true);
    const at = (id: string, day: string) => statusOn(status.jurisdictions.find((j) => j.id === id)!.intervals, day);
    expect(at('06', '2018-06-01')).toBe('limits'); // California SB 54
    expect(at('48', '2017-09-01')).toBe('requires'); // Texas SB 4
    expect(at('41', '1990-01-01')).not.toBe('none'); // Oregon 1987
    expect(at('NY-new-york', '2015-06-01')).toBe('limits'); // NYC detainer laws of 2014
    expect(at('36061', '2015-06-01')).toBe('limits'); // Manhattan through consolidated.csv
    expect(at('32003', '2010-01-01')).toBe('participates'); // LVMPD 287(g) 2008
    expect(at('32003', '2020-06-01')).not.toBe('participates'); // suspended 2019-10-22
  });

  it('on 2026-05-01 colours as participating every county whose sheriff is on ICE\'s 2026-05-18 list (signed by then)', () => {
    const g = loadGazetteer();
    const latest = csvRows('data/raw/ice-287g-participating/participating_agencies_latest.csv');
    const sheriffs = latest.filter((r) => /sheriff/i.test(r['LAW ENFORCEMENT AGENCY']!) && r.SIGNED !== '' && r.SIGNED! <= '2026-05-01');
    const counties = new Set<string>();
    const unmatched: string[] = [];
    for (const row of sheriffs) {
      const state = STATES.find((s) => s.name.toUpperCase() === row.STATE!.trim());
      const fips = state && matchCounty(g, row.COUNTY!, state.usps);
      if (fips) counties.add(fips);
      else unmatched.push(`${row.STATE}: ${row['LAW ENFORCEMENT AGENCY']} (${row.COUNTY})`);
    }
    expect(counties.size).toBeGreaterThan(500);
    // ICE misspells some state and county names; the importer handles those, this plain check skips them.
    expect(unmatched.length).toBeLessThan(sheriffs.length * 0.05);
    const notParticipating = [...counties].filter(
      (fips) => statusOn(status.jurisdictions.find((j) => j.id === fips)!.intervals, '2026-05-01') !== 'participates',
    );
    expect(notParticipating).toEqual([]);
  });
});
