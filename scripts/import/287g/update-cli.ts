/**
 * npm run data:import-287g -- <ICE workbook .xlsx or .csv> --date YYYY-MM-DD [--accept-large-drop]
 *
 * Adds one ICE participating-agencies list to the 287(g) data: the list becomes the newest snapshot
 * in data/raw/ice-287g-participating/, the whole import re-runs with its matching rules, and
 * data/policies|sources|places/287g.csv, the drops report and data/changelog.json are written
 * together, after the whole dataset passed the build's validation. A list already imported changes
 * nothing; a corrupt, truncated or mis-dated list is refused with `file: problem` and nothing changes.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { CHANGELOG_FILE, readChangelog, renderChangelog, type ChangelogEntry } from '../../build/changelog';
import { dataErrorsOf } from '../../build/errors';
import { toCsv } from '../csv';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { writeDataFiles } from '../write-data';
import { changelogEntry, diffPolicies, type PolicyLike } from './changes';
import { outputFiles, readRawInputs } from './cli';
import { RAW_COLUMNS, RAW_FILES } from './constants';
import { readIceList } from './ice-workbook';
import { import287g } from './pipeline';
import { applyList, RefusedList } from './update';

export interface UpdateReport {
  status: 'unchanged' | 'updated';
  message: string;
  entry?: ChangelogEntry;
  /** Files written, relative to data/. */
  written: string[];
}

/** The whole update against a project folder (`root` holds data/). */
export async function importList(root: string, listPath: string, date: string, options: { acceptLargeDrop?: boolean; gazetteer?: Gazetteer } = {}): Promise<UpdateReport> {
  const rows = await readIceList(listPath);
  const raw = readRawInputs(root);
  const result = applyList(raw, rows, listPath, date, options);
  if (result.kind === 'unchanged') return { status: 'unchanged', message: `${basename(listPath)}: nothing to do: ${result.reason}`, written: [] };

  const imported = import287g(options.gazetteer ?? loadGazetteer(), result.raw);
  const dataDir = join(root, 'data');
  const files = outputFiles(imported);
  const before = parse(readFileSync(join(dataDir, 'policies/287g.csv')), { columns: true }) as PolicyLike[];
  const items = diffPolicies(before, imported.policies);
  const c = result.counts;
  const entry = changelogEntry(
    date,
    '287g-list',
    `ICE 287(g) participating-agencies list of ${date}`,
    `${basename(listPath)} (${c.rows} rows: ${c.seen} agreements already listed, ${c.newRows} new listings, ${c.leftList} gone since the previous list)`,
    items,
  );
  const changelog = [...readChangelog(dataDir), entry];
  files.set(CHANGELOG_FILE, renderChangelog(changelog));
  const rawRel = (k: keyof typeof RAW_FILES) => join('raw', RAW_FILES[k]);
  files.set(rawRel('union'), toCsv(RAW_COLUMNS.union, result.raw.union.map((r) => r.values)));
  files.set(rawRel('latest'), toCsv(RAW_COLUMNS.latest, result.raw.latest.map((r) => r.values)));
  files.set(rawRel('snapshots'), toCsv(RAW_COLUMNS.snapshots, result.raw.snapshots.map((r) => r.values)));
  files.set(rawRel('moaLinks'), toCsv(RAW_COLUMNS.moaLinks, (result.raw.moaLinks ?? []).map((r) => r.values)));
  writeDataFiles(dataDir, files);
  const counts = Object.entries(entry.counts).map(([k, n]) => `${n} ${k}`).join(', ');
  return {
    status: 'updated',
    message: `${basename(listPath)} (${date}): ${counts}; ${imported.policies.length} agreements (${before.length} before)`,
    entry,
    written: [...files.keys()],
  };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const date = option(args, '--date');
  const list = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--date');
  if (!list || !date) {
    console.error('usage: npm run data:import-287g -- <ICE workbook .xlsx or .csv> --date YYYY-MM-DD [--accept-large-drop]');
    process.exitCode = 2;
    return;
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  try {
    const report = await importList(root, resolve(list), date, { acceptLargeDrop: args.includes('--accept-large-drop') });
    console.log(report.message);
    for (const k of ['added', 'ended', 'renamed', 'relisted', 'corrected'] as const) {
      const items = report.entry?.items.filter((i) => i.change === k) ?? [];
      for (const it of items.slice(0, 10)) console.log(`  ${k}: ${it.jurisdiction} — ${it.agency}: ${it.detail}`);
      if (items.length > 10) console.log(`  … and ${items.length - 10} more ${k} (data/changelog.json lists all)`);
    }
  } catch (error) {
    if (error instanceof RefusedList) {
      console.error(`${error.message}\ndata:import-287g: refused; data/ was left as it was.`);
      process.exitCode = 1;
      return;
    }
    const problems = dataErrorsOf(error);
    if (!problems) throw error;
    for (const p of problems) console.error(p.line === 0 ? `${p.file}: ${p.field === 'file' ? '' : `${p.field}: `}${p.problem}` : p.message);
    console.error('data:import-287g: refused; data/ was left as it was.');
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
