/**
 * build-data cost: the real CLI (`tsx scripts/build-data.ts`, what `npm run build:data` runs) as a
 * child process under `/usr/bin/time -v`, for wall time and peak memory (max RSS of the process
 * tree), on the real data and on synthetic data of 10× and 100× the records (synthetic.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSynthetic } from './synthetic';

export interface BuildRun {
  factor: number;
  records: number;
  jurisdictions: number;
  /** Wall time of the whole CLI process, tsx start-up included (ms). */
  wallMs: number;
  /** The CLI's own "in N ms" (read → write, without start-up). */
  buildMs: number;
  /** Peak resident memory of the process tree (MB), when /usr/bin/time is present. */
  maxRssMb: number | null;
}

export interface BuildDataResults {
  runs: BuildRun[];
  /** wall(10×) / wall(1×), wall(100×) / wall(1×), wall(100×) / wall(10×). */
  ratio10: number;
  ratio100: number;
  ratio100over10: number;
}

const TIME = '/usr/bin/time';

function runCli(projectRoot: string, dataDir: string, outDir: string): Omit<BuildRun, 'factor'> {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const args = [join(projectRoot, 'scripts', 'build-data.ts'), '--data', dataDir, '--out', outDir];
  const useTime = existsSync(TIME);
  const started = performance.now();
  const result = useTime
    ? spawnSync(TIME, ['-v', tsx, ...args], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(tsx, args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`build-data failed on ${dataDir} (exit ${result.status}):\n${result.stdout}\n${result.stderr.slice(-4000)}`);
  }
  const summary = /build:data: (\d+) records, \d+ sources, (\d+) jurisdictions .* in (\d+) ms/.exec(result.stdout);
  if (!summary) throw new Error(`build-data printed no summary:\n${result.stdout}`);
  let wallMs = wall;
  let maxRssMb: number | null = null;
  if (useTime) {
    const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr);
    if (elapsed) wallMs = ((Number(elapsed[1] ?? 0) * 60 + Number(elapsed[2])) * 60 + Number(elapsed[3])) * 1000;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
    if (rss) maxRssMb = Number(rss[1]) / 1024;
  }
  return { records: Number(summary[1]), jurisdictions: Number(summary[2]), wallMs, buildMs: Number(summary[3]), maxRssMb };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * Runs the real data `repeats` times (after one warm-up run that also fills tsx's cache) and each
 * synthetic factor once. The real run's output (realOut) is what the bench then builds the site from.
 */
export function benchBuildData(
  projectRoot: string,
  workDir: string,
  realOut: string,
  options: { factors?: number[]; repeats?: number; log?: (line: string) => void } = {},
): BuildDataResults {
  const { factors = [10, 100], repeats = 3, log = () => {} } = options;
  const realData = join(projectRoot, 'data');
  runCli(projectRoot, realData, realOut); // warm-up
  const realRuns = Array.from({ length: repeats }, () => runCli(projectRoot, realData, realOut));
  const runs: BuildRun[] = [];
  if (realRuns.length > 0) {
    const pick = realRuns.find((r) => r.wallMs === median(realRuns.map((x) => x.wallMs)))!;
    runs.push({ factor: 1, ...pick });
    log(`build-data 1×: ${fmtRun(runs[0]!)} (median of ${repeats}: ${realRuns.map((r) => Math.round(r.wallMs)).join(', ')} ms)`);
  }
  for (const factor of factors) {
    const dataDir = join(workDir, `data-${factor}x`);
    const outDir = join(workDir, `out-${factor}x`);
    rmSync(dataDir, { recursive: true, force: true });
    writeSynthetic(realData, dataDir, factor);
    const run = { factor, ...runCli(projectRoot, dataDir, outDir) };
    runs.push(run);
    log(`build-data ${factor}×: ${fmtRun(run)}`);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  const wall = (f: number) => runs.find((r) => r.factor === f)?.wallMs ?? NaN;
  return {
    runs,
    ratio10: wall(10) / wall(1),
    ratio100: wall(100) / wall(1),
    ratio100over10: wall(100) / wall(10),
  };
}

export function fmtRun(r: BuildRun): string {
  return (
    `${r.records.toLocaleString('en-US')} records, ${r.jurisdictions.toLocaleString('en-US')} jurisdictions: ` +
    `${(r.wallMs / 1000).toFixed(2)} s wall (${(r.buildMs / 1000).toFixed(2)} s build), ` +
    `peak ${r.maxRssMb === null ? 'n/a' : `${Math.round(r.maxRssMb)} MB`}`
  );
}

/**
 * This part of the bench alone: `npx tsx scripts/bench/build-data.ts [--factors 10,100] [--repeats 3]`
 * prints each run and the growth ratios, and leaves BENCHMARKS.md alone.
 */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
  };
  const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const work = mkdtempSync(join(tmpdir(), 'icemap-bench-build-'));
  try {
    const factors = arg('--factors', '10,100').split(',').filter(Boolean).map(Number);
    const repeats = Number(arg('--repeats', '3'));
    const r = benchBuildData(projectRoot, work, join(work, 'data-out'), { factors, repeats, log: (line) => console.log(line) });
    console.log(`growth: 10× ×${r.ratio10.toFixed(2)}, 100× ×${r.ratio100.toFixed(2)}, 10×→100× ×${r.ratio100over10.toFixed(2)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
