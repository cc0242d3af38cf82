/**
 * npm run bench — measures, prints every figure with its budget verdict, and records the run in
 * BENCHMARKS.md (the "Latest run" section is replaced, the run log gets a new entry).
 *
 * Steps (about 5–8 minutes on a 2-core machine):
 *  1. build-data on the real data (3 timed runs after a warm-up) and on 10× / 100× synthetic data;
 *  2. the site built from that data with the project's vite config, into a private temp folder;
 *  3. headless Chromium against it, served with gzip: first complete map, bytes, recolour per step,
 *     frame vs plain repaint, the naive setData way, long tasks while playing;
 *  4. Lighthouse (desktop) on the same build.
 *
 * Options (environment): BENCH_FACTORS=10,100 (synthetic sizes; "" for none), BENCH_LIGHTHOUSE_RUNS=3,
 * BENCH_FIRST_MAP_RUNS=3, BENCH_PAIRED=24, BENCH_NO_WRITE=1 (print only, leave BENCHMARKS.md alone).
 * Exit code 0 whatever the verdicts (a bench, not a test); 1 only when a measurement could not run.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseAssets } from './assets';
import { benchBrowser } from './browser';
import { benchBuildData } from './build-data';
import { benchChart, benchRoundTrips, type ChartBench } from './chart';
import { launchChromium } from '../../tests/browser/chromium';
import { benchLighthouse, type LighthouseResults } from './lighthouse';
import { derive, figureLines, type Machine, markdownRun, type Measurements, updateBenchmarks, verdictLines, verdicts } from './report';
import { serveBench } from './server';
import { buildSite } from './site';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

function gitCommit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: projectRoot, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain', { cwd: projectRoot, encoding: 'utf8' }).trim() !== '';
    return `${sha}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown commit';
  }
}

const work = mkdtempSync(join(tmpdir(), 'icemap-bench-'));
const loadStart = loadavg();
try {
  log(`work folder ${work}`);
  const factors = env('BENCH_FACTORS', '10,100').split(',').filter(Boolean).map(Number);
  const realOut = join(work, 'data-out');
  const build = benchBuildData(projectRoot, work, realOut, { factors, log });

  log('building the site (vite, project config) from that data');
  const dist = await buildSite(projectRoot, realOut, work);
  const assets = analyseAssets(dist);

  const server = await serveBench(dist);
  let browser;
  let lighthouse: LighthouseResults | { error: string };
  let chart: ChartBench | undefined;
  try {
    log(`serving ${dist} at ${server.url} (gzip)`);
    browser = await benchBrowser(server, {
      firstMapRuns: Number(env('BENCH_FIRST_MAP_RUNS', '3')),
      pairedSamples: Number(env('BENCH_PAIRED', '24')),
      log,
    });
    try {
      log('chart tab and compare mode (issue 11)');
      const chartBrowser = await launchChromium();
      try {
        chart = { ...(await benchChart(chartBrowser, server)), roundTrips: await benchRoundTrips(chartBrowser, server, 3) };
      } finally {
        await chartBrowser.close();
      }
    } catch (error) {
      log(`chart bench failed: ${String(error)}`);
    }
    try {
      lighthouse = await benchLighthouse(server.url, Number(env('BENCH_LIGHTHOUSE_RUNS', '3')), log);
    } catch (error) {
      log(`lighthouse failed: ${String(error)}`);
      lighthouse = { error: String(error).split('\n')[0]!.slice(0, 300) };
    }
  } finally {
    await server.close();
  }

  const machine: Machine = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: gitCommit(),
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: totalmem() / 1024 ** 3,
    loadStart,
    loadEnd: loadavg(),
    node: process.version,
    chromium: browser.chromium,
    os: `${type()} ${release()}`,
  };
  const m: Measurements = { machine, build, assets, browser, lighthouse, ...(chart ? { chart } : {}), totalSeconds: (performance.now() - started) / 1000 };
  const d = derive(m);
  const vs = verdicts(m, d);

  console.log('');
  for (const line of figureLines(m, d)) console.log(line);
  console.log('');
  for (const line of verdictLines(vs)) console.log(line);

  if (process.env.BENCH_NO_WRITE !== '1') {
    const file = join(projectRoot, 'BENCHMARKS.md');
    writeFileSync(file, updateBenchmarks(existsSync(file) ? readFileSync(file, 'utf8') : '', markdownRun(m, d, vs)));
    console.log(`\nRecorded in ${file} (latest run, and appended to the run log).`);
  }
  console.log(`bench took ${elapsed()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
