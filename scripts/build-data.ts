/**
 * npm run build:data — data/*.csv + us-atlas → public/data/, and data/changelog.json → the "What
 * changed" page and feed beside it (public/changes/index.html, public/changes.atom; absolute links
 * from SITE_URL). On a bad record it prints `file:line: field: problem` for each, exits 1 and
 * leaves the previous output untouched. Options: --data DIR (default data), --out DIR (default public/data).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildData } from './build/pipeline';
import { dataErrorsOf } from './build/errors';
import { CHANGELOG_FILE, readChangelog, renderChangesFeed, researchEntries, renderChangesPage, siteUrlFrom } from './build/changelog';
import { writeFilesAtomically, writeFolderAtomically } from './build/write-atomic';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const dataDir = resolve(option('--data', 'data'));
const outDir = resolve(option('--out', 'public/data'));
const started = performance.now();
try {
  const { files, summary, data } = buildData(dataDir);
  // "What changed" page and feed from data/changelog.json, beside the data folder (public/changes/, public/changes.atom).
  // A data folder without changelog.json (a test fixture, a fork) gets no page and no feed.
  const stored = existsSync(resolve(dataDir, CHANGELOG_FILE)) ? readChangelog(dataDir) : undefined;
  const changelog = stored && [...stored, ...researchEntries(data.records, (id) => data.sources.get(id)?.accessed)];
  const siteUrl = siteUrlFrom(process.env.SITE_URL);
  writeFolderAtomically(outDir, files);
  if (changelog) {
    writeFilesAtomically(
      new Map([
        [resolve(outDir, '..', 'changes', 'index.html'), renderChangesPage(changelog, siteUrl)],
        [resolve(outDir, '..', 'changes.atom'), renderChangesFeed(changelog, siteUrl)],
      ]),
    );
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `build:data: ${summary.records} records, ${summary.sources} sources, ${summary.jurisdictions} jurisdictions ` +
      `(${summary.places} places), 287(g) agreements as of ${summary.asOfLayers?.agreements287g ?? '—'}, ` +
      `state and local research as of ${summary.asOfLayers?.stateLocal ?? '—'} → ${outDir} in ${ms} ms`,
  );
} catch (error) {
  const problems = dataErrorsOf(error);
  if (!problems) throw error; // a bug, not bad data: keep the stack trace
  for (const p of problems) console.error(p.message);
  console.error(`build:data: stopped on ${problems.length} problem${problems.length > 1 ? 's' : ''}; ${outDir} was left as it was.`);
  process.exitCode = 1;
}
