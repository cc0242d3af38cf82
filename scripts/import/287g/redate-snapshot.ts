/**
 * Maintenance tool: re-dates one snapshot workbook that ICE (or the archive) named with the wrong
 * date, and recomputes first_seen / last_seen of the union rows it contributed to.
 *
 *   npx tsx scripts/import/287g/redate-snapshot.ts <git dir of RelevantResearch/287g-DetentionData> <file> <true date> "<evidence>"
 *
 * Reads the workbooks from the archive's git history (git show), so the result can be checked by
 * anyone with a clone; writes data/raw/ice-287g-participating/{agreements_union…,snapshot_index}.csv.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRawCsv, toCsv, type CsvRow } from '../csv';
import { nameKey } from '../gazetteer';
import { RAW_COLUMNS, RAW_FILES } from './constants';
import { readIceList } from './ice-workbook';
import { clean, modelFrom } from './util';

export function unionKey(state: string, agency: string, model: string, signed: string): string {
  return [clean(state).toUpperCase(), nameKey(agency), model, signed].join('|');
}

export interface Redating {
  file: string;
  wrongDate: string;
  trueDate: string;
  /** Keys of the union rows listed in each other snapshot between the two dates, by snapshot date. */
  keysByDate: Map<string, Set<string>>;
  keysInFile: Set<string>;
}

/** New first/last seen of the union rows; returns how many rows changed. Pure. */
export function redateUnion(union: CsvRow[], r: Redating): number {
  const laterDates = [...r.keysByDate.keys()].filter((d) => d > r.wrongDate).sort();
  let changed = 0;
  for (const row of union) {
    const v = row.values;
    const model = modelFrom(v.support_type ?? '') ?? '';
    const key = unionKey(v.state!, v.agency!, model, clean(v.signed));
    if (!r.keysInFile.has(key)) continue;
    const before = `${v.first_seen}|${v.last_seen}`;
    if (v.first_seen === r.wrongDate) {
      const seen = laterDates.find((d) => r.keysByDate.get(d)!.has(key));
      v.first_seen = seen !== undefined && seen < r.trueDate ? seen : r.trueDate;
    }
    if (v.last_seen! >= r.wrongDate && v.last_seen! < r.trueDate) v.last_seen = r.trueDate;
    if (`${v.first_seen}|${v.last_seen}` !== before) changed++;
  }
  return changed;
}

async function main(): Promise<void> {
  const [gitDir, file, trueDate, evidence] = process.argv.slice(2);
  if (!gitDir || !file || !trueDate || !evidence) throw new Error('usage: redate-snapshot.ts <git dir> <file> <YYYY-MM-DD> "<evidence>"');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const raw = (k: keyof typeof RAW_FILES) => join(root, 'data', 'raw', RAW_FILES[k]);
  const index = readRawCsv(raw('snapshots'), RAW_COLUMNS.snapshots, root);
  const union = readRawCsv(raw('union'), RAW_COLUMNS.union, root);
  const entry = index.find((r) => r.values.file === file);
  if (!entry) throw new Error(`${file} is not in snapshot_index.csv`);
  const wrongDate = entry.values.snapshot_date!;
  const tmp = mkdtempSync(join(tmpdir(), 'redate-'));
  const keysOf = async (name: string) => {
    const path = join(tmp, name);
    writeFileSync(path, execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:participatingAgencies/${name}`], { maxBuffer: 1 << 28 }));
    return new Set((await readIceList(path)).map((w) => unionKey(w.state, w.agency, w.model, w.signed)));
  };
  try {
    const keysInFile = await keysOf(file);
    const keysByDate = new Map<string, Set<string>>();
    for (const r of index) {
      const d = r.values.snapshot_date!;
      if (r.values.file === file || d <= wrongDate || d > trueDate) continue;
      const keys = await keysOf(r.values.file!);
      keysByDate.set(d, new Set([...(keysByDate.get(d) ?? []), ...keys]));
    }
    const changed = redateUnion(union, { file, wrongDate, trueDate, keysByDate, keysInFile });
    entry.values.snapshot_date = trueDate;
    entry.values.date_basis = `re-dated from ICE's filename date ${wrongDate}: ${evidence}`;
    const sortedIndex = [...index].sort((a, b) => a.values.snapshot_date!.localeCompare(b.values.snapshot_date!) || a.line - b.line);
    writeFileSync(raw('snapshots'), toCsv(RAW_COLUMNS.snapshots, sortedIndex.map((r) => r.values)));
    writeFileSync(raw('union'), toCsv(RAW_COLUMNS.union, union.map((r) => r.values)));
    console.log(`${file}: ${wrongDate} → ${trueDate}; ${keysInFile.size} agreements in it; ${changed} union rows re-dated`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
