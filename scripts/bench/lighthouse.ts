/**
 * Lighthouse 12.2.3 (the last line that runs on Node 20) against the built site, served with gzip
 * by the bench server, in Debian's Chromium with the same flags as the browser tests, desktop
 * preset. Called by `npm run bench`; `npm run bench:lighthouse` runs it alone against dist/ (run
 * `npm run build` first) and prints the scores.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/chromium';
import { serveBench } from './server';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Metrics of the performance category (ms, except CLS). */
  metrics: Record<string, number>;
  /** Failing audits of the accessibility and best-practices categories, and performance opportunities. */
  failing: string[];
}

export interface LighthouseResults {
  version: string;
  runs: LighthouseRun[];
  /** The run with the median performance score. */
  median: LighthouseRun;
}

interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
}
interface LhCategory {
  score: number | null;
  auditRefs: { id: string; weight: number }[];
}
interface LhReport {
  lighthouseVersion: string;
  categories: Record<string, LhCategory>;
  audits: Record<string, LhAudit>;
  runtimeError?: { message: string };
}

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function runOnce(url: string): Promise<{ run: LighthouseRun; version: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'icemap-lh-'));
  const out = join(dir, 'report.json');
  const bin = join(projectRoot, 'node_modules', '.bin', 'lighthouse');
  const args = [
    url,
    '--preset=desktop',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json',
    `--output-path=${out}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    '--quiet',
  ];
  await new Promise<void>((done, fail) => {
    const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`))));
  });
  const report = JSON.parse(readFileSync(out, 'utf8')) as LhReport;
  rmSync(dir, { recursive: true, force: true });
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const failing: string[] = [];
  for (const id of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of report.categories[id]?.auditRefs ?? []) {
      const a = report.audits[ref.id];
      if (a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'informative') {
        failing.push(`${id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      }
    }
  }
  for (const a of Object.values(report.audits)) {
    if (a.scoreDisplayMode === 'metricSavings' && a.score !== null && a.score < 0.9 && a.displayValue) {
      failing.push(`performance: ${a.title} (${a.displayValue})`);
    }
  }
  return {
    version: report.lighthouseVersion,
    run: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      metrics: {
        FCP: metric('first-contentful-paint'),
        LCP: metric('largest-contentful-paint'),
        TBT: metric('total-blocking-time'),
        CLS: metric('cumulative-layout-shift'),
        SI: metric('speed-index'),
      },
      failing,
    },
  };
}

/** Runs Lighthouse `runs` times on `url` (the served site) and keeps the median performance run. */
export async function benchLighthouse(url: string, runs = 3, log: (line: string) => void = () => {}): Promise<LighthouseResults> {
  const all: LighthouseRun[] = [];
  let version = '';
  for (let i = 0; i < runs; i++) {
    const { run, version: v } = await runOnce(url);
    version = v;
    all.push(run);
    log(`lighthouse run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices}, SEO ${run.seo}, LCP ${Math.round(run.metrics.LCP ?? NaN)} ms`);
  }
  const sorted = [...all].sort((a, b) => a.performance - b.performance);
  return { version, runs: all, median: sorted[sorted.length >> 1]! };
}

// `npm run bench:lighthouse`: the scores for dist/ as it is.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = join(projectRoot, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first');
    process.exit(1);
  }
  const server = await serveBench(dist);
  try {
    const result = await benchLighthouse(server.url, Number(process.env.LIGHTHOUSE_RUNS ?? 1), console.log);
    const m = result.median;
    console.log(`Lighthouse ${result.version} (desktop, median of ${result.runs.length}): performance ${m.performance} (≥ 90), accessibility ${m.accessibility} (= 100), best practices ${m.bestPractices} (= 100), SEO ${m.seo} (= 100); load average ${loadavg().map((x) => x.toFixed(1)).join('/')}`);
    console.log(`  FCP ${Math.round(m.metrics.FCP!)} ms, LCP ${Math.round(m.metrics.LCP!)} ms, TBT ${Math.round(m.metrics.TBT!)} ms, CLS ${m.metrics.CLS!.toFixed(3)}, SI ${Math.round(m.metrics.SI!)} ms`);
    for (const f of m.failing) console.log(`  - ${f}`);
  } finally {
    await server.close();
  }
}
