/**
 * npm run data:report — what the dataset covers and every source row that did not become a record.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildData } from './build/pipeline';
import { dataErrorsOf } from './build/errors';
import { coverageOf } from './report/coverage';
import { todayIso } from '../src/domain/dates';

function table(title: string, counts: Record<string, number>, sortByKey = false): void {
  console.log(`\n${title}`);
  const entries = Object.entries(counts).sort(sortByKey ? ([a], [b]) => (a < b ? -1 : 1) : ([, a], [, b]) => b - a);
  for (const [key, n] of entries) console.log(`  ${key.padEnd(22)} ${String(n).padStart(6)}`);
}

try {
  const { data } = buildData('data');
  const c = coverageOf(data, todayIso());
  console.log(`Records: ${c.records}`);
  table('By level', c.byLevel);
  table('By category', c.byCategory);
  table('By kind', c.byKind);
  table('By year in force from', c.byYear, true);
  console.log(`\n287(g) agreements: ${c.agreements287g.total} (${c.agreements287g.withSignedDate} with a signing date, ${c.agreements287g.active} in force today)`);
  console.log(`States with a dated state-level history (${c.statesWithHistory.length}): ${c.statesWithHistory.join(' ')}`);
  console.log(`States with no verified state-level record (${c.statesWithout.length}): ${c.statesWithout.join(' ') || '—'}`);
  for (const f of c.federal) console.log(`Federal list ${f.id}: ${f.printed} entries printed, placed on ${f.placed} jurisdictions`);

  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
  const { state, local } = c.researched;
  console.log('\nHand-researched records (all but 287(g) agreements):');
  console.log(`  State records citing a government or court document: ${state.primary} of ${state.records} (${pct(state.primary, state.records)})`);
  console.log(`  Local records citing a government or court document: ${local.primary} of ${local.records} (${pct(local.primary, local.records)})`);
  const exact = state.exactDay + local.exactDay;
  const all = state.records + local.records;
  console.log(`  Exact-day effective dates: ${exact} of ${all} (${pct(exact, all)})`);
  console.log(`  Cities, counties and agencies with their own dated policies: ${c.placesWithOwnPolicies}`);
  console.log(`\nYear- or month-only effective dates (${c.partialDates.length}), with what was searched for the day:`);
  for (const p of c.partialDates) console.log(`  ${p.id} (${p.effective}, ${p.origin}): ${p.searched ?? 'NO NOTE'}`);

  const reportDir = 'data/import-report';
  const reports = existsSync(reportDir) ? readdirSync(reportDir).filter((f) => f.endsWith('.csv')).sort() : [];
  let drops = 0;
  for (const file of reports) {
    const rows = parse(readFileSync(join(reportDir, file)), { columns: true, bom: true }) as Record<string, string>[];
    drops += rows.length;
    console.log(`\nSource rows not turned into records — ${file} (${rows.length}):`);
    for (const row of rows) console.log(`  ${Object.values(row).join(' | ')}`);
  }
  console.log(`\n${drops} source rows reported as not imported, each with its reason.`);
} catch (error) {
  const problems = dataErrorsOf(error);
  if (!problems) throw error;
  for (const p of problems) console.error(p.message);
  process.exitCode = 1;
}
