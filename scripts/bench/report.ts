/**
 * Figures and budget verdicts from the bench's measurements, as printed lines and as the Markdown
 * that goes into BENCHMARKS.md.
 */
import type { AssetReport } from './assets';
import type { BrowserResults } from './results';
import type { BuildDataResults } from './build-data';
import type { LighthouseResults } from './lighthouse';
import type { ChartBench } from './chart';

/** 1 KB = 1,000 bytes (the stricter reading of the budgets). */
export const KB = 1000;

export function quantile(xs: readonly number[], q: number): number {
  // NaN marks a sample that timed out (paired.ts); it is left out, not sorted in.
  const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  // Nearest rank: the smallest value with at least q of the values at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
export const median = (xs: readonly number[]) => quantile(xs, 0.5);

export interface Machine {
  date: string;
  commit: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  loadStart: number[];
  loadEnd: number[];
  node: string;
  chromium: string;
  os: string;
}

export interface Verdict {
  budget: string;
  figure: string;
  pass: boolean;
  note?: string;
}

export interface Measurements {
  machine: Machine;
  build: BuildDataResults;
  assets: AssetReport;
  browser: BrowserResults;
  lighthouse: LighthouseResults | { error: string };
  /** Issue 11: the Chart tab and compare mode (scripts/bench/chart.ts); absent when it could not run. */
  chart?: ChartBench;
  totalSeconds: number;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (x: number, digits = 0) => `${x.toFixed(digits)} ms`;
const s2 = (x: number) => `${(x / 1000).toFixed(2)} s`;

export interface Derived {
  firstMapMs: number;
  /** Median first contentful paint (the poster), or null when the page has no poster. */
  posterMs: number | null;
  firstMapRuns: number[];
  firstMapDataGzip: number;
  firstMapDataFiles: Record<string, number>;
  bytes: BrowserResults['firstMap'][number]['bytes'];
  steps: number;
  mainMedian: number;
  mainP95: number;
  mainMax: number;
  /** Of the main-thread work, the map's own recolour (diff + setFeatureState). */
  recolourMedian: number;
  recolourP95: number;
  recolourMax: number;
  changesMedian: number;
  changesMax: number;
  /** Steps whose recolour did not run before the next task (should be 0: then mainMs covers it). */
  recolourMissing: number;
  stepsWithFrame: number;
  frameMedianAll: number;
  frameP95All: number;
  pairedN: number;
  pairedMainMedian: number;
  pairedRecolourMedian: number;
  pairedFrameMedian: number;
  pairedFrameP95: number;
  repaintMedian: number;
  repaintP95: number;
  frameOverRepaint: number;
  naiveMainMedian: number;
  naiveMainP95: number;
  naiveIdleMedian: number;
  oursIdleMedian: number;
  naiveMainRatio: number;
  naiveIdleRatio: number;
  playLongTasks: number[];
  stepLongTasks: number[];
  ourLongSteps: number;
  repaintLongTaskShare: number;
  repaintLongTaskMedian: number;
}

export function derive(m: Measurements): Derived {
  const b = m.browser;
  const runs = b.firstMap.map((r) => r.completeMs);
  const medianRun = b.firstMap.find((r) => r.completeMs === median(runs)) ?? b.firstMap[0]!;
  const main = b.steps.samples.map((s) => s.mainMs);
  const frames = b.steps.samples.flatMap((s) => (s.frameMs === null ? [] : [s.frameMs]));
  const recolour = b.steps.samples.flatMap((s) => (s.recolourMs === null ? [] : [s.recolourMs]));
  const changes = b.steps.samples.flatMap((s) => (s.changes === null ? [] : [s.changes]));
  const p = b.paired.samples;
  const repaintTasks = p.map((x) => x.repaintLongTasks);
  return {
    firstMapMs: median(runs),
    posterMs: b.firstMap.some((r) => r.posterMs === null) ? null : median(b.firstMap.map((r) => r.posterMs!)),
    firstMapRuns: runs,
    firstMapDataGzip: Object.values(medianRun.firstMapData).reduce((a, x) => a + x, 0),
    firstMapDataFiles: medianRun.firstMapData,
    bytes: medianRun.bytes,
    steps: main.length,
    mainMedian: median(main),
    mainP95: quantile(main, 0.95),
    mainMax: Math.max(...main),
    recolourMedian: median(recolour),
    recolourP95: quantile(recolour, 0.95),
    recolourMax: Math.max(0, ...recolour),
    changesMedian: median(changes),
    changesMax: Math.max(0, ...changes),
    recolourMissing: b.steps.samples.filter((s) => s.recolourMs === null).length,
    stepsWithFrame: frames.length,
    frameMedianAll: median(frames),
    frameP95All: quantile(frames, 0.95),
    pairedN: p.length,
    pairedMainMedian: median(p.map((x) => x.stepMainMs)),
    pairedRecolourMedian: median(p.map((x) => x.stepRecolourMs)),
    pairedFrameMedian: median(p.map((x) => x.stepFrameMs)),
    pairedFrameP95: quantile(p.map((x) => x.stepFrameMs), 0.95),
    repaintMedian: median(p.map((x) => x.repaintMs)),
    repaintP95: quantile(p.map((x) => x.repaintMs), 0.95),
    frameOverRepaint: median(p.map((x) => x.stepFrameMs)) / median(p.map((x) => x.repaintMs)),
    naiveMainMedian: median(p.map((x) => x.naiveMainMs)),
    naiveMainP95: quantile(p.map((x) => x.naiveMainMs), 0.95),
    naiveIdleMedian: median(p.map((x) => x.naiveIdleMs)),
    oursIdleMedian: median(p.map((x) => x.stepIdleMs)),
    naiveMainRatio: median(p.map((x) => x.naiveMainMs)) / median(p.map((x) => x.stepRecolourMs)),
    naiveIdleRatio: median(p.map((x) => x.naiveIdleMs)) / median(p.map((x) => x.stepIdleMs)),
    playLongTasks: b.play.longTasks.map((t) => t.duration),
    stepLongTasks: b.steps.longTasks.map((t) => t.duration),
    ourLongSteps: main.filter((x) => x > 50).length,
    repaintLongTaskShare: repaintTasks.filter((t) => t.length > 0).length / Math.max(1, repaintTasks.length),
    repaintLongTaskMedian: median(repaintTasks.flat()),
  };
}

function chartVerdicts(c: ChartBench | undefined): Verdict[] {
  if (c === undefined) return [];
  const p95 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))] ?? NaN;
  const worstSwitch = Math.max(c.switchFirstMs, c.switchAgainMs);
  const compareWorst = Math.max(c.compareOnMs, p95(c.compareStepMs));
  return [
    { budget: 'switching to the chart ≤ 100 ms main-thread work', figure: `from the table ${ms(c.switchFirstMs)}, from the map ${ms(c.switchAgainMs)}`, pass: worstSwitch <= 100 },
    { budget: 'moving the date on the chart ≤ 16 ms per step (p95)', figure: `p95 ${ms(p95(c.dateStepMs), 1)} over ${c.dateStepMs.length} steps`, pass: p95(c.dateStepMs) <= 16 },
    {
      budget: 'compare recolour ≤ 16 ms (feature-state, no geometry re-upload)',
      figure: `on ${ms(c.compareOnMs, 1)} (${c.compareOnChanges} features), per step p95 ${ms(p95(c.compareStepMs), 1)}`,
      pass: compareWorst <= 16,
    },
    ...(c.roundTrips === undefined
      ? []
      : [
          {
            budget: 'switching back to the map ≤ 100 ms main-thread work',
            figure: `Chart → Map median ${ms(median(c.roundTrips.toMapMs))} over ${c.roundTrips.toMapMs.length}; Map → Chart again median ${ms(median(c.roundTrips.toChartMs.slice(1)))}`,
            pass: median(c.roundTrips.toMapMs) <= 100,
          },
        ]),
  ];
}

export function verdicts(m: Measurements, d: Derived): Verdict[] {
  const a = m.assets;
  const build1 = m.build.runs.find((r) => r.factor === 1)!;
  const v: Verdict[] = [
    ...chartVerdicts(m.chart),
    {
      budget: 'first-load JS excluding maplibre-gl ≤ 100 KB gzip',
      figure: `${kb(a.firstLoadJsGzip)} (lazy chunks ${kb(a.lazyJsGzip)}; all app JS ${kb(a.appJsGzip)})`,
      pass: a.firstLoadJsGzip <= 100 * KB,
    },
    { budget: 'maplibre-gl in its own chunk', figure: a.maplibreOwnChunkDetail, pass: a.maplibreOwnChunk },
    { budget: 'data not inlined into JS', figure: a.dataNotInlinedDetail, pass: a.dataNotInlined },
    {
      budget: 'data for the first map ≤ 600 KB gzip',
      figure: `${kb(d.firstMapDataGzip)} (${Object.entries(d.firstMapDataFiles).map(([f, n]) => `${f.replace(/^data\//, '')} ${kb(n)}`).join(', ')})`,
      pass: d.firstMapDataGzip <= 600 * KB,
    },
    {
      budget: 'poster of today\'s map visible ≤ 0.8 s',
      figure: d.posterMs === null ? 'no poster in index.html' : `${s2(d.posterMs)} (first contentful paint, median)`,
      pass: d.posterMs !== null && d.posterMs <= 800,
    },
    {
      budget: 'first complete interactive map ≤ 2.0 s at load average < 2',
      figure: `${s2(d.firstMapMs)} at load ${m.machine.loadStart[0]!.toFixed(1)}`,
      pass: d.firstMapMs <= 2000 && m.machine.loadStart[0]! < 2,
      ...(m.machine.loadStart[0]! >= 2 ? { note: 'load average was 2 or more at the start: the figure does not count for this budget' } : {}),
    },
    {
      budget: 'first complete map ≤ 3 s',
      figure: `${s2(d.firstMapMs)} (median of ${d.firstMapRuns.map((x) => s2(x)).join(', ')})`,
      pass: d.firstMapMs <= 3000,
    },
    {
      budget: 'p95 main-thread recolour work per step ≤ 16 ms (every month)',
      figure: `p95 ${ms(d.mainP95, 1)}, median ${ms(d.mainMedian, 1)}, max ${ms(d.mainMax, 1)} over ${d.steps} steps`,
      pass: d.mainP95 <= 16,
      note: `store update → React render and effects → our recolour → setFeatureState; the map's recolour alone: p95 ${ms(d.recolourP95, 2)}`,
    },
    {
      budget: 'rendered frame ≤ plain repaint + 10%',
      figure: `step frame median ${ms(d.pairedFrameMedian)} vs repaint median ${ms(d.repaintMedian)}: ×${d.frameOverRepaint.toFixed(2)} (${d.pairedN} paired samples)`,
      pass: d.frameOverRepaint <= 1.1,
      ...(m.browser.frameCpu
        ? {
            note: `CPU per frame (GPU process + renderer): step ${ms(m.browser.frameCpu.step.gpu + m.browser.frameCpu.step.renderer)} vs repaint ${ms(m.browser.frameCpu.repaint.gpu + m.browser.frameCpu.repaint.renderer)}`,
          }
        : {}),
    },
    {
      budget: 'no long task while playing',
      figure: `${d.playLongTasks.length} long tasks (${m.browser.play.mode}; median ${ms(median(d.playLongTasks))}, max ${ms(Math.max(0, ...d.playLongTasks))})`,
      pass: d.playLongTasks.length === 0,
      note:
        `our code's share: ${d.ourLongSteps} of ${d.steps} steps took over 50 ms of main-thread work; ` +
        `a plain repaint alone caused a long task in ${(d.repaintLongTaskShare * 100).toFixed(0)}% of samples (median ${ms(d.repaintLongTaskMedian)})`,
    },
    { budget: 'build-data on the real dataset ≤ 5 s', figure: `${s2(build1.wallMs)} wall (${s2(build1.buildMs)} build)`, pass: build1.wallMs <= 5000 },
    {
      budget: 'build-data growth to 100× no worse than linear',
      figure: `10×: ×${m.build.ratio10.toFixed(1)}, 100×: ×${m.build.ratio100.toFixed(1)} of 1×; 10×→100×: ×${m.build.ratio100over10.toFixed(1)}`,
      pass: m.build.ratio100 <= 100 && m.build.ratio100over10 <= 11,
      note: 'linear means ≤ 100× the 1× time, and ≤ 10× (+10% noise) from 10× to 100×, where start-up no longer dominates',
    },
  ];
  if ('error' in m.lighthouse) {
    v.push({ budget: 'Lighthouse', figure: `did not run: ${m.lighthouse.error}`, pass: false });
  } else {
    const l = m.lighthouse.median;
    v.push(
      { budget: 'Lighthouse performance ≥ 90 (desktop)', figure: String(l.performance), pass: l.performance >= 90 },
      { budget: 'Lighthouse accessibility = 100', figure: String(l.accessibility), pass: l.accessibility >= 100 },
      { budget: 'Lighthouse best practices = 100', figure: String(l.bestPractices), pass: l.bestPractices >= 100 },
      { budget: 'Lighthouse SEO = 100', figure: String(l.seo), pass: l.seo >= 100 },
      { budget: 'Lighthouse largest contentful paint ≤ 1.2 s', figure: s2(l.metrics.LCP!), pass: l.metrics.LCP! <= 1200 },
    );
  }
  return v;
}

export function figureLines(m: Measurements, d: Derived): string[] {
  const mc = m.machine;
  const lines: string[] = [];
  lines.push(
    `Machine: ${mc.cores} cores (${mc.cpu}), ${mc.memoryGb.toFixed(1)} GB memory, ${mc.os}; Node ${mc.node}; Chromium ${mc.chromium}; ` +
      `load average ${mc.loadStart.map((x) => x.toFixed(1)).join('/')} at start, ${mc.loadEnd.map((x) => x.toFixed(1)).join('/')} at end (1/5/15 min)`,
  );
  lines.push('', 'build-data (CLI as a child process; wall time includes tsx start-up):');
  for (const r of m.build.runs) {
    lines.push(
      `  ${String(r.factor).padStart(3)}×: ${r.records.toLocaleString('en-US')} records, ${r.jurisdictions.toLocaleString('en-US')} jurisdictions — ` +
        `${s2(r.wallMs)} wall, ${s2(r.buildMs)} build, peak ${r.maxRssMb === null ? 'n/a' : `${Math.round(r.maxRssMb)} MB`}`,
    );
  }
  lines.push(`  growth: 10× ×${m.build.ratio10.toFixed(2)}, 100× ×${m.build.ratio100.toFixed(2)}, 10×→100× ×${m.build.ratio100over10.toFixed(2)}`);

  lines.push('', 'Built site (gzip -9):');
  for (const a of [...m.assets.js, ...m.assets.css]) lines.push(`  ${a.file}: ${kb(a.raw)} raw, ${kb(a.gzip)} gzip${a.maplibre ? ' (maplibre-gl)' : ''}`);
  lines.push(`  app JS (not maplibre-gl): ${kb(m.assets.appJsGzip)} gzip: first load ${kb(m.assets.firstLoadJsGzip)} (${m.assets.firstLoadFiles.join(', ')}), lazy ${kb(m.assets.lazyJsGzip)}; maplibre-gl JS + worker: ${kb(m.assets.maplibreJsGzip)} gzip; index.html ${kb(m.assets.htmlGzip)} gzip`);

  const b = m.browser;
  lines.push('', `Headless Chromium, software WebGL, viewport 1280×800 (map canvas ${b.canvas.width}×${b.canvas.height} px, dpr ${b.canvas.dpr}):`);
  lines.push(`  first complete map: ${d.firstMapRuns.map((x) => s2(x)).join(', ')} → median ${s2(d.firstMapMs)}`);
  for (const [i, r] of b.firstMap.entries()) {
    lines.push(
      `    load ${i + 1}: DOMContentLoaded ${ms(r.domContentLoadedMs)}, data loaded ${ms(r.dataLoadedMs)}, map worker loaded ${ms(r.workerLoadedMs)}, complete ${ms(r.completeMs)}`,
    );
  }
  const by = d.bytes;
  lines.push(
    `  transferred on first load (gzip as sent): JS ${kb(by.js)}, CSS ${kb(by.css)}, data ${kb(by.data)}, HTML ${kb(by.html)}, other ${kb(by.other)}; total ${kb(by.total)}`,
  );
  lines.push(`  data for the first map: ${kb(d.firstMapDataGzip)}`);
  lines.push(
    `  recolour, every month (${d.steps} steps, one per animation frame): main thread median ${ms(d.mainMedian, 2)}, p95 ${ms(d.mainP95, 2)}, max ${ms(d.mainMax, 1)}`,
  );
  lines.push(
    `    of which the map's recolour (diff + setFeatureState): median ${ms(d.recolourMedian, 2)}, p95 ${ms(d.recolourP95, 2)}, max ${ms(d.recolourMax, 1)}; ` +
      `features changed per step: median ${d.changesMedian}, max ${d.changesMax}` +
      (d.recolourMissing > 0 ? `; WARNING: ${d.recolourMissing} steps recoloured after the measured window` : ''),
  );
  lines.push(
    `    ${d.stepsWithFrame} steps changed the map; their frame (date change → frame done): median ${ms(d.frameMedianAll)}, p95 ${ms(d.frameP95All)}`,
  );
  lines.push(
    `  frame vs plain repaint (${d.pairedN} sampled changing steps, alternated): step frame median ${ms(d.pairedFrameMedian)} (p95 ${ms(d.pairedFrameP95)}), ` +
      `plain repaint median ${ms(d.repaintMedian)} (p95 ${ms(d.repaintP95)}) → ×${d.frameOverRepaint.toFixed(2)}`,
  );
  if (b.frameCpu) {
    const c = b.frameCpu;
    lines.push(
      `  CPU per frame (${c.frames} frames each; GPU process + renderer): step ${ms(c.step.gpu)} + ${ms(c.step.renderer)}, ` +
        `plain repaint ${ms(c.repaint.gpu)} + ${ms(c.repaint.renderer)} → ×${((c.step.gpu + c.step.renderer) / (c.repaint.gpu + c.repaint.renderer)).toFixed(2)}`,
    );
  }
  lines.push(
    `  naive (rebuild GeoJSON + setData) on the same steps: map update on the main thread median ${ms(d.naiveMainMedian, 1)} (p95 ${ms(d.naiveMainP95, 1)}) ` +
      `vs our recolour (diff + setFeatureState) ${ms(d.pairedRecolourMedian, 2)} → ×${d.naiveMainRatio.toFixed(1)}; ` +
      `new colours on screen (to idle) median ${ms(d.naiveIdleMedian)} vs ours ${ms(d.oursIdleMedian)} → ×${d.naiveIdleRatio.toFixed(1)} ` +
      `(the whole step with React's render: ${ms(d.pairedMainMedian, 2)})`,
  );
  lines.push(
    `  long tasks while playing (${b.play.mode}, ${b.play.datesShown} dates shown in ${s2(b.play.durationMs)}): ${d.playLongTasks.length}` +
      (d.playLongTasks.length > 0 ? ` (median ${ms(median(d.playLongTasks))}, max ${ms(Math.max(...d.playLongTasks))})` : ''),
  );
  lines.push(
    `    while stepping every month: ${d.stepLongTasks.length} long tasks for ${d.stepsWithFrame} frames; plain repaints: long task in ${(d.repaintLongTaskShare * 100).toFixed(0)}% (median ${ms(d.repaintLongTaskMedian)})`,
  );
  if ('error' in m.lighthouse) {
    lines.push('', `Lighthouse: did not run (${m.lighthouse.error})`);
  } else {
    const l = m.lighthouse.median;
    lines.push(
      '',
      `Lighthouse ${m.lighthouse.version}, desktop preset (median of ${m.lighthouse.runs.length} by performance; runs: ${m.lighthouse.runs.map((r) => `${r.performance}/${r.accessibility}/${r.bestPractices}`).join(', ')}):`,
    );
    lines.push(`  performance ${l.performance}, accessibility ${l.accessibility}, best practices ${l.bestPractices}`);
    lines.push(
      `  FCP ${ms(l.metrics.FCP!)}, LCP ${ms(l.metrics.LCP!)}, TBT ${ms(l.metrics.TBT!)}, CLS ${l.metrics.CLS!.toFixed(3)}, Speed Index ${ms(l.metrics.SI!)}`,
    );
    for (const f of l.failing) lines.push(`  - ${f}`);
  }
  return lines;
}

export function verdictLines(vs: readonly Verdict[]): string[] {
  const lines = ['Budgets:'];
  for (const v of vs) {
    lines.push(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.budget}: ${v.figure}`);
    if (v.note) lines.push(`        ${v.note}`);
  }
  const failed = vs.filter((v) => !v.pass).length;
  lines.push(`  ${vs.length - failed} of ${vs.length} budgets pass${failed > 0 ? `, ${failed} fail` : ''}`);
  return lines;
}

export function markdownRun(m: Measurements, d: Derived, vs: readonly Verdict[]): string {
  const mc = m.machine;
  const out: string[] = [];
  out.push(`### ${mc.date} · ${mc.commit}`);
  out.push('');
  out.push(
    `${mc.cores} cores (${mc.cpu}), ${mc.memoryGb.toFixed(1)} GB, ${mc.os}, Node ${mc.node}, Chromium ${mc.chromium}; ` +
      `load average ${mc.loadStart.map((x) => x.toFixed(1)).join('/')} → ${mc.loadEnd.map((x) => x.toFixed(1)).join('/')}; bench took ${Math.round(m.totalSeconds)} s`,
  );
  out.push('');
  out.push('| budget | figure | verdict |');
  out.push('|---|---|---|');
  for (const v of vs) out.push(`| ${v.budget} | ${v.figure.replace(/\|/g, '\\|')}${v.note ? ` — ${v.note}` : ''} | ${v.pass ? 'pass' : '**FAIL**'} |`);
  out.push('');
  out.push('<details><summary>All figures</summary>');
  out.push('');
  out.push('```');
  out.push(...figureLines(m, d));
  out.push('```');
  out.push('');
  out.push('</details>');
  return out.join('\n');
}

const LATEST_START = '<!-- bench:latest:start -->';
const LATEST_END = '<!-- bench:latest:end -->';
const LOG_MARK = '<!-- bench:log -->';

/** Replace the latest-run section and append the run to the log (creating either when missing). */
export function updateBenchmarks(text: string, run: string): string {
  let out = text.trim() === '' ? '# Benchmarks\n\nWritten by `npm run bench`.\n' : text;
  const latest = `${LATEST_START}\n${run}\n${LATEST_END}`;
  if (out.includes(LATEST_START) && out.includes(LATEST_END)) {
    out = out.slice(0, out.indexOf(LATEST_START)) + latest + out.slice(out.indexOf(LATEST_END) + LATEST_END.length);
  } else {
    out = `${out.trimEnd()}\n\n## Latest run\n\n${latest}\n`;
  }
  if (!out.includes(LOG_MARK)) out = `${out.trimEnd()}\n\n## Run log\n\nEvery run of \`npm run bench\`, oldest first.\n\n${LOG_MARK}\n`;
  // Run-log entries keep only the verdict table (the latest run above has every figure).
  const summary = run.replace(/\n<details>[\s\S]*<\/details>/, '').trim();
  return `${out.trimEnd()}\n\n${summary}\n`;
}
