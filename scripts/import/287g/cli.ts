/**
 * Rebuilds data/policies/287g.csv, data/sources/287g.csv, data/places/287g.csv and
 * data/import-report/287g-drops.csv from data/raw/ (see pipeline.ts for the stages):
 *
 *   npx tsx scripts/import/287g/cli.ts
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImportCli } from '../run-cli';
import { readRawCsv, toCsv } from '../csv';
import { loadGazetteer } from '../gazetteer';
import { writeDataFiles } from '../write-data';
import { RAW_COLUMNS, RAW_FILES } from './constants';
import { import287g, type ImportResult } from './pipeline';
import { DROP_COLUMNS, PLACE_COLUMNS, POLICY_COLUMNS, SOURCE_COLUMNS } from './rows';
import type { RawInputs } from './types';

export function tally<T>(list: readonly T[], key: (t: T) => string): string {
  const m = new Map<string, number>();
  for (const t of list) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `    ${String(n).padStart(5)}  ${k}`)
    .join('\n');
}

export const DROP_CLASSES: [RegExp, string][] = [
  [/^ICE printed no signing date/, 'no signing date'],
  [/^state ".*" is outside the map/, 'territory outside the map (Guam, Northern Mariana Islands)'],
  [/^duplicate listing \(ICE spelled the state/, 'duplicate listing under a misspelled state name'],
  [/^duplicate listing of the same agreement/, 'duplicate listing of the same agreement'],
  [/listed under another name/, 'same agreement listed under another agency name'],
  [/re-dated by ICE/, 'same agreement re-dated by ICE'],
  [/mistyped signing year/, 'same agreement with a mistyped signing year'],
  [/^listed under the wrong state/, 'listed under the wrong state (duplicate)'],
  [/^unmatched county|^no county/, 'no county could be matched'],
  [/^no county given and no unique GeoNames place/, 'no county given and no unique GeoNames place'],
  [/same agreement as .*\(ICE list\)/, 'same agreement as an ICE-list record'],
  [/same agreement as /, 'same agreement as another row of the pre-2018 file'],
  [/^no model stated; same agency/, 'no model stated; duplicate of a dated record'],
  [/^no model stated and no dated listing/, 'no model stated and nothing dated to attach it to'],
  [/^unresolved listing/, 'unresolved listing without state or date'],
  [/^an addendum/, 'addendum, not a separate agreement'],
  [/are covered by dated records/, 'years covered by dated records'],
  [/not covered by a dated record/, 'years partly uncovered but next to dated records (not recorded)'],
  [/^no year flagged/, 'no year flagged'],
  [/^model unknown/, 'model unknown (years only)'],
  [/^blank row|^section heading|^no state$/, 'blank or heading row'],
];

export function dropClass(reason: string): string {
  return DROP_CLASSES.find(([re]) => re.test(reason))?.[1] ?? reason.slice(0, 80);
}

/** The four files the import owns, relative to data/. */
export function outputFiles(result: ImportResult): Map<string, string> {
  return new Map([
    ['policies/287g.csv', toCsv(POLICY_COLUMNS, result.policies)],
    ['sources/287g.csv', toCsv(SOURCE_COLUMNS, result.sources)],
    ['places/287g.csv', toCsv(PLACE_COLUMNS, result.places)],
    ['import-report/287g-drops.csv', toCsv(DROP_COLUMNS, result.drops.map(({ relatedTo: _, ...d }) => ({ ...d, line: String(d.line) })))],
  ]);
}

export function readRawInputs(root: string): RawInputs {
  const rawDir = join(root, 'data', 'raw');
  const read = (k: keyof typeof RAW_FILES) => readRawCsv(join(rawDir, RAW_FILES[k]), RAW_COLUMNS[k], root);
  return { union: read('union'), latest: read('latest'), snapshots: read('snapshots'), pre2018: read('pre2018'), wapo: read('wapo'), moaLinks: read('moaLinks') };
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const result = import287g(loadGazetteer(), readRawInputs(root));
  writeDataFiles(join(root, 'data'), outputFiles(result));

  const signed = result.policies.filter((p) => p.signed_date !== '').length;
  const c = result.counts;
  console.log(`287(g) import`);
  console.log(`  rows in: ${Object.entries(c.rowsIn).map(([f, k]) => `${f.split('/').pop()} ${k}`).join(', ')}`);
  console.log(`  items in (pre-2018 rows expanded to one item per signing date): ${c.itemsIn}`);
  console.log(`  records out: ${c.records} (${signed} with a signing date)   drops: ${c.drops}   ${c.itemsIn} = ${c.records} + ${c.drops} ✓`);
  console.log(`  written: ${result.policies.length} policies, ${result.sources.length} sources, ${result.places.length} places (whole dataset validated as build:data does)`);
  console.log(`  records by source:\n${tally(result.agreements, (a) => a.primary.file.split('/').pop()!)}`);
  console.log(`  records by model:\n${tally(result.policies, (p) => p.model)}`);
  console.log(`  records by agency type:\n${tally(result.policies, (p) => p.agency_type)}`);
  console.log(`  records ended / open:\n${tally(result.policies, (p) => (p.end_date ? `ended: ${p.end_note.split(/[:(;]/)[0]!.trim()}` : 'open'))}`);
  console.log(`  drops by reason:\n${tally(result.drops, (d) => `${d.file.split('/')[0]}: ${dropClass(d.reason)}`)}`);
  if (signed < 2000) console.warn(`  WARNING: only ${signed} records with a signing date (target 2,000)`);
}

runImportCli(import.meta.url, main, '287(g)');
