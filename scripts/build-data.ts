/**
 * npm run build:data — data/*.csv + us-atlas → public/data/, data/changelog.json → the "What
 * changed" page and feed beside it (public/changes/index.html, public/changes.atom), then the static
 * site stage (poster, share image, a page per jurisdiction, sitemap; scripts/build/site/) → public/.
 * On a bad record it prints `file:line: field: problem` for each, exits 1 and leaves the previous
 * output untouched: everything is rendered in memory first, then each output folder is swapped in whole.
 * Options: --data DIR (default data), --out DIR (default public/data), --site DIR (default public
 * when --out is the default; otherwise the site stage runs only when given).
 * Environment: SITE_URL (absolute links: og:url, og:image, canonical, sitemap, feed), BUILD_DATE
 * (YYYY-MM-DD, the poster's "today"; default the build machine's UTC day).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildData } from './build/pipeline';
import { dataErrorsOf } from './build/errors';
import { CHANGELOG_FILE, readChangelog, renderChangesFeed, researchEntries, renderChangesPage, siteUrlFrom as changesSiteUrl } from './build/changelog';
import { writeFilesAtomically, writeFolderAtomically } from './build/write-atomic';
import { contentAddress } from './build/site/content-address';
import { siteUrlFrom } from './build/site/html';
import { renderSite } from './build/site/index';
import { renderTiles } from './build/tiles';
import { writeSiteFiles } from './build/site/write';
import { todayIso } from '../src/domain/dates';

function option(name: string, fallback: string | undefined): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const bytesOf = (files: ReadonlyMap<string, Uint8Array>) => [...files.values()].reduce((sum, b) => sum + b.byteLength, 0);

const dataDir = resolve(option('--data', 'data')!);
const outArg = option('--out', undefined);
const outDir = resolve(outArg ?? 'public/data');
const siteArg = option('--site', outArg === undefined ? 'public' : undefined);
const siteDir = siteArg === undefined ? undefined : resolve(siteArg);
const started = performance.now();
try {
  const site = siteUrlFrom(process.env.SITE_URL);
  const { files: plain, summary, data } = buildData(dataDir);
  const json = (name: string) => JSON.parse(String(plain.get(name))) as never;
  const topology = json('map.topo.json');
  const index = json('status.json');
  // The map's base sources as vector tiles, cut from the same GeoJSON the app makes (tiles.ts).
  const tilesStarted = performance.now();
  const tiles = renderTiles(topology, index);
  for (const [name, bytes] of tiles.files) plain.set(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const tilesMs = performance.now() - tilesStarted;
  const { files, manifest } = contentAddress(plain);
  files.set('manifest.json', `${JSON.stringify(manifest, null, 1)}\n`);
  // "What changed" page and feed from data/changelog.json, beside the data folder (public/changes/, public/changes.atom).
  // A data folder without changelog.json (a test fixture, a fork) gets no page and no feed.
  const stored = existsSync(resolve(dataDir, CHANGELOG_FILE)) ? readChangelog(dataDir) : undefined;
  const changelog = stored && [...stored, ...researchEntries(data.records, (id) => data.sources.get(id)?.accessed)];
  const changesUrl = changesSiteUrl(process.env.SITE_URL);
  const dataMs = performance.now() - started;
  let siteNote = '';
  let siteFiles: Map<string, string | Buffer> | undefined;
  if (siteDir !== undefined) {
    const siteStarted = performance.now();
    const day = process.env.BUILD_DATE ?? todayIso();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`BUILD_DATE: "${day}" is not YYYY-MM-DD`);
    const rendered = renderSite({
      topology,
      index,
      records: json('records.json'),
      day,
      site,
      downloads: { recordsCsv: 'data/records.csv', geojson: manifest['data/jurisdictions.geojson']! },
      hasChanges: changelog !== undefined,
    });
    // What vite puts into index.html (vite.config.ts reads it, then drops it from dist/).
    files.set('front.json', JSON.stringify({ ...rendered.front, manifest }));
    siteFiles = rendered.files;
    siteNote = `; site: ${rendered.pages} pages, poster ${rendered.poster.svg.length} B, in ${Math.round(performance.now() - siteStarted)} ms`;
  }
  writeFolderAtomically(outDir, files);
  if (changelog) {
    writeFilesAtomically(
      new Map([
        [resolve(outDir, '..', 'changes', 'index.html'), renderChangesPage(changelog, changesUrl)],
        [resolve(outDir, '..', 'changes.atom'), renderChangesFeed(changelog, changesUrl)],
      ]),
    );
  }
  if (siteDir !== undefined && siteFiles !== undefined) {
    const writeStarted = performance.now();
    writeSiteFiles(siteDir, siteFiles);
    siteNote += `, written in ${Math.round(performance.now() - writeStarted)} ms`;
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `build:data: ${summary.records} records, ${summary.sources} sources, ${summary.jurisdictions} jurisdictions ` +
      `(${summary.places} places), 287(g) agreements as of ${summary.asOfLayers?.agreements287g ?? '—'}, ` +
      `state and local research as of ${summary.asOfLayers?.stateLocal ?? '—'} → ${outDir} in ${ms} ms` +
      `\nbuild:data: tiles ${tiles.files.size} files, ${bytesOf(tiles.files)} B, in ${Math.round(tilesMs)} ms` +
      (siteNote ? `\nbuild:data: data ${Math.round(dataMs)} ms${siteNote}` : '') +
      (siteDir !== undefined && site === undefined ? '\nbuild:data: SITE_URL is not set: og:image, og:url and the sitemap use relative links (see docs/DEPLOY.md)' : ''),
  );
} catch (error) {
  const problems = dataErrorsOf(error);
  if (!problems) throw error; // a bug, not bad data: keep the stack trace
  for (const p of problems) console.error(p.message);
  console.error(`build:data: stopped on ${problems.length} problem${problems.length > 1 ? 's' : ''}; ${outDir} was left as it was.`);
  process.exitCode = 1;
}
