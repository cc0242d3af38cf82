// @vitest-environment node
/**
 * The update command on fixtures made from ICE's real workbook of 2026-05-18
 * (data/raw/ice-287g-participating/participatingAgencies05182026am.xlsx): re-imported as it is,
 * with rows removed, truncated, and mis-dated. Each run works on a copy of data/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readChangelog } from '../../build/changelog';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { importList } from './update-cli';

vi.setConfig({ testTimeout: 120_000 });

const REAL = 'data/raw/ice-287g-participating/participatingAgencies05182026am.xlsx';
let g: Gazetteer;
let tmp: string;
const copies: string[] = [];

function projectCopy(): string {
  const root = mkdtempSync(join(tmp, 'root-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  copies.push(root);
  return root;
}
const read = (root: string, rel: string) => readFileSync(join(root, 'data', rel), 'utf8');
const OWNED = ['policies/287g.csv', 'sources/287g.csv', 'places/287g.csv', 'raw/ice-287g-participating/agreements_union_2021-01_to_2026-05.csv'];

/** The real workbook without the rows `drop` picks; returns the new file and the removed rows' agencies. */
async function withoutRows(name: string, drop: (agency: string, row: number) => boolean): Promise<{ path: string; removed: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(REAL);
  const sheet = wb.worksheets[0]!;
  const removed: string[] = [];
  for (let i = sheet.rowCount; i >= 2; i--) {
    const agency = String(sheet.getRow(i).getCell(2).value ?? '').trim();
    if (agency && drop(agency, i)) {
      removed.push(agency);
      sheet.spliceRows(i, 1);
    }
  }
  const path = join(tmp, name);
  await wb.xlsx.writeFile(path);
  return { path, removed };
}

beforeAll(() => {
  g = loadGazetteer();
  tmp = mkdtempSync(join(tmpdir(), 'import-287g-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run data:import-287g', () => {
  it('re-importing the list already in the data changes nothing', async () => {
    const root = projectCopy();
    const before = OWNED.map((f) => read(root, f));
    const report = await importList(root, REAL, '2026-05-18', { gazetteer: g });
    expect(report.status).toBe('unchanged');
    expect(report.message).toMatch(/already in the data, with the same 1843 agreements/);
    expect(OWNED.map((f) => read(root, f))).toEqual(before);
  });

  it('a newer list with rows removed ends those agreements on its date; the full list later lists them again', async () => {
    const root = projectCopy();
    // Every listing of two sheriffs' offices in Alabama: agreements of agencies that leave the list.
    const { path, removed } = await withoutRows('participatingAgencies05252026am.xlsx', (a) => /^(Autauga|Baldwin) County Sheriff/.test(a));
    expect(removed.length).toBeGreaterThanOrEqual(3);
    const report = await importList(root, path, '2026-05-25', { gazetteer: g });
    expect(report.status).toBe('updated');
    const entry = report.entry!;
    expect(entry.counts.added).toBe(0);
    expect(entry.counts.ended).toBe(removed.length);
    for (const it of entry.items.filter((i) => i.change === 'ended')) {
      expect(it.agency).toMatch(/^(Autauga|Baldwin) County Sheriff/);
      expect(it.detail).toMatch(/dropped from ICE participating-agencies list \(2026-05-25\)/);
    }
    const policies = read(root, 'policies/287g.csv');
    expect(policies).toMatch(/287g-al-autauga-so-tfm-2025-09-22,.*,2026-05-25,dropped from ICE participating-agencies list,/);
    expect(readChangelog(join(root, 'data')).at(-1)!.date).toBe('2026-05-25');
    // The ended agreement keeps the MOA link the previous list gave it.
    expect(policies).toMatch(/287g-al-autauga-so-tfm-2025-09-22,[^\n]*ice-287g-moa-autaugacosheriffsofficeal-tfm-moa-09222025/);
    expect(read(root, 'sources/287g.csv')).toMatch(/ice-287g-moa-autaugacosheriffsofficeal-tfm-moa-09222025,[^\n]*workbook of 2026-05-18 \(participatingAgencies05182026am\.xlsx\)/);

    // Listed again a week later: not ended.
    const back = join(tmp, 'participatingAgencies06012026am.xlsx');
    writeFileSync(back, readFileSync(REAL));
    const again = await importList(root, back, '2026-06-01', { gazetteer: g });
    expect(again.entry!.counts.relisted).toBe(removed.length);
    expect(read(root, 'policies/287g.csv')).not.toMatch(/287g-al-autauga-so-tfm-2025-09-22,[^\n]*,2026-05-25,/);
  });

  it('refuses a truncated workbook with `file: problem` and changes nothing', async () => {
    const root = projectCopy();
    const before = OWNED.map((f) => read(root, f));
    const path = join(tmp, 'participatingAgencies05252026pm.xlsx');
    const bytes = readFileSync(REAL);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 3)));
    await expect(importList(root, path, '2026-05-25', { gazetteer: g })).rejects.toThrow(/^participatingAgencies05252026pm\.xlsx:0: file: not a readable \.xlsx workbook/);
    expect(OWNED.map((f) => read(root, f))).toEqual(before);
  });

  it('refuses a mis-dated list (agreements signed after its date) and a row that does not parse', async () => {
    const root = projectCopy();
    await expect(importList(root, REAL, '2026-01-01', { gazetteer: g })).rejects.toThrow(/mis-dated: \d+ agreements signed after the list's date 2026-01-01/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REAL);
    wb.worksheets[0]!.getRow(5).getCell(5).value = 'Courthouse Model';
    const path = join(tmp, 'participatingAgencies05262026am.xlsx');
    await wb.xlsx.writeFile(path);
    await expect(importList(root, path, '2026-05-26', { gazetteer: g })).rejects.toThrow(/:5: SUPPORT TYPE: "Courthouse Model" is not a 287\(g\) model/);
  });
});
