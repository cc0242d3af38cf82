/**
 * Issue 11's budgets, in headless Chromium against a served build (run alone with
 * `npx tsx scripts/bench/chart-run.ts` after `npm run build`, or as part of `npm run bench`):
 *
 * - switching to the chart: main-thread busy time (Chrome's TaskDuration metric, DevTools
 *   protocol) from a click on the Chart tab until the chart's bands are drawn and two frames have
 *   passed, from the Table tab and from the Map tab (each the first switch in its page, the chart
 *   made hidden at idle before it or not); the figure includes what leaving the other view costs,
 *   and not Playwright's own work in the page (switchView) — budget ≤ 100 ms; the same windows'
 *   main-thread CPU time is printed beside it;
 * - moving the date on the chart: per ArrowRight on the chart, the main-thread time of the key
 *   handler, store update and React's render (synchronous inside dispatchEvent) — ≤ 16 ms (p95);
 * - compare recolour: setting `compare` and then stepping the date with it on, the map's own
 *   recolour (diff + setFeatureState of `change`, noted by src/app/benchHook.ts) — within the
 *   recolour budget, p95 ≤ 16 ms.
 */
import type { Browser, Page } from 'playwright-core';
import { newPage, openBenchPage } from './browser';
import { mainThreadWork, type MainThreadWork, median, settle } from './mainThread';
import type { BenchServer } from './server';

export interface ChartBench {
  /** Table → Chart, and Map → Chart (first use in each page: chunk and series.json load). */
  switchFirstMs: number;
  switchAgainMs: number;
  /** The same two windows' main-thread CPU time (mainThreadWork): less sensitive to the machine's load. */
  switchFirstCpuMs?: number;
  switchAgainCpuMs?: number;
  /** Whether the chart had already been made, hidden (the idle prefetch), when each click came. */
  chartMadeBeforeTable?: boolean;
  chartMadeBeforeMap?: boolean;
  dateStepMs: number[];
  compareOnMs: number;
  compareOnChanges: number;
  compareStepMs: number[];
  /** Map → Chart → Map, several times in one page (benchRoundTrips). */
  roundTrips?: RoundTrips;
}

export interface RoundTrips {
  /** Busy ms of each Map → Chart switch; the first one loads the chart's chunk and data. */
  toChartMs: number[];
  /** Busy ms of each Chart → Map switch. */
  toMapMs: number[];
  /** Main-thread CPU ms of the same windows. */
  toChartCpuMs?: number[];
  toMapCpuMs?: number[];
  /** Whether the chart had already been made, hidden (the idle prefetch), when the first click came. */
  madeBeforeFirst?: boolean;
}

/** Quiet time after each switch that is still counted: late work (a map redraw, a resize) shows up. */
const AFTER_SWITCH_MS = 500;

/**
 * Main-thread busy ms of a click on a view tab until `shown` is on the page and two frames have
 * passed, then `quietMs` more.
 *
 * Only the page's own work is in the window. Playwright's locators run its injected selector
 * engine in the page (the first use in a page compiles it: ~40-140 ms of main-thread work here,
 * and every `waitForSelector` poll matches the selector in JavaScript over the whole document),
 * so the tab is found, and the wait for `shown` armed, before the window starts; inside it there
 * are only the mouse's events (as a reader's click: move, down, up, through the DevTools
 * protocol's Input domain) and a MutationObserver that resolves when `shown` appears.
 */
async function switchView(page: Page, tab: RegExp, shown: string, quietMs = 0): Promise<MainThreadWork> {
  const target = page.getByRole('tab', { name: tab });
  const box = await target.boundingBox();
  if (box === null) throw new Error(`tab ${tab} is not on the page`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // The point must hit the tab itself (nothing on top of it), as Playwright's click would check.
  const hits = await target.evaluate((el, [px, py]) => el.contains(document.elementFromPoint(px!, py!)), [x, y]);
  if (!hits) throw new Error(`tab ${tab} is covered at its centre`);
  await page.evaluate(armShown, shown);
  return mainThreadWork(page, async () => {
    await page.mouse.click(x, y);
    await page.evaluate(() => window.__benchShown!);
    await settle(page);
    if (quietMs > 0) await page.waitForTimeout(quietMs);
  });
}

declare global {
  interface Window {
    /** Resolves when the selector armShown was given matches (bench only). */
    __benchShown?: Promise<void>;
  }
}

/** In the page: window.__benchShown resolves once `selector` matches, watched by a MutationObserver (30 s at most). */
function armShown(selector: string): void {
  window.__benchShown = new Promise<void>((resolve, reject) => {
    if (document.querySelector(selector) !== null) return resolve();
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector) === null) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${selector} did not appear within 30 s`));
    }, 30_000);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
}
/** Whether the chart's SVG is on the page (shown or hidden). */
const chartMade = (page: Page) => page.evaluate(() => document.querySelector('.chart__svg') !== null);

// The chart's panel shown and its bands drawn (the chart may have been made, hidden, before).
const CHART_DRAWN = '.view-panel:not([hidden]) .chart__svg .chart__bands path';

/**
 * From the map (data drawn), `runs` times: a click on the Chart tab until its bands are drawn, two
 * frames and AFTER_SWITCH_MS; then a click on the Map tab until its panel shows, two frames and
 * AFTER_SWITCH_MS. Each figure is the main-thread busy time of that whole window.
 */
export async function benchRoundTrips(browser: Browser, server: BenchServer, runs: number): Promise<RoundTrips> {
  const page = await openBenchPage(browser, server, '2026-06');
  try {
    await page.waitForTimeout(1000);
    const toChart: MainThreadWork[] = [];
    const toMap: MainThreadWork[] = [];
    const madeBeforeFirst = await chartMade(page);
    for (let i = 0; i < runs; i++) {
      toChart.push(await switchView(page, /Chart/, CHART_DRAWN, AFTER_SWITCH_MS));
      toMap.push(await switchView(page, /Map/, '.view-panel--map:not([hidden]) canvas', AFTER_SWITCH_MS));
    }
    return {
      toChartMs: toChart.map((w) => w.busyMs),
      toMapMs: toMap.map((w) => w.busyMs),
      toChartCpuMs: toChart.map((w) => w.cpuMs),
      toMapCpuMs: toMap.map((w) => w.cpuMs),
      madeBeforeFirst,
    };
  } finally {
    await page.context().close();
  }
}

export function roundTripSummary(r: RoundTrips): string[] {
  const f = (x: number) => `${x.toFixed(1)} ms`;
  const later = r.toChartMs.slice(1);
  const all = (xs: readonly number[] | undefined) => (xs ?? []).map((x) => x.toFixed(0)).join(', ');
  const made = r.madeBeforeFirst === undefined ? '' : r.madeBeforeFirst ? ', the chart made hidden before it' : ', the chart not made before it: loads its chunk and series.json';
  return [
    `Map → Chart (main-thread busy, budget ≤ 100 ms): first ${f(r.toChartMs[0] ?? NaN)}${made}, median of the next ${later.length} ${f(median(later))}; all: ${all(r.toChartMs)}; main-thread CPU: ${all(r.toChartCpuMs)}`,
    `Chart → Map (main-thread busy): median ${f(median(r.toMapMs))} over ${r.toMapMs.length}; all: ${all(r.toMapMs)}; main-thread CPU: ${all(r.toMapCpuMs)}`,
  ];
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

const notMade = (made: boolean | undefined) => (made === false ? ' (the chart not made before it: its chunk and series.json load in the window)' : '');

export function chartSummary(b: ChartBench): string[] {
  const f = (x: number) => `${x.toFixed(1)} ms`;
  return [
    `switch to chart (main-thread busy, budget ≤ 100 ms): from the table ${f(b.switchFirstMs)}${notMade(b.chartMadeBeforeTable)}, from the map ${f(b.switchAgainMs)}${notMade(b.chartMadeBeforeMap)}; main-thread CPU ${f(b.switchFirstCpuMs ?? NaN)} and ${f(b.switchAgainCpuMs ?? NaN)}`,
    `date step on the chart (budget ≤ 16 ms): p95 ${f(quantile(b.dateStepMs, 0.95))}, median ${f(quantile(b.dateStepMs, 0.5))}, max ${f(Math.max(...b.dateStepMs))} over ${b.dateStepMs.length} steps`,
    `compare recolour (budget ≤ 16 ms): turning it on ${f(b.compareOnMs)} (${b.compareOnChanges} features); per date step p95 ${f(quantile(b.compareStepMs, 0.95))}, max ${f(Math.max(...b.compareStepMs))} over ${b.compareStepMs.length} steps`,
  ];
}

export async function benchChart(browser: Browser, server: BenchServer): Promise<ChartBench> {
  // The chart's own cost: from the Table tab (the map is made only when first shown), a click on
  // the Chart tab until its bands are drawn and two frames have passed.
  const first = await newPage(browser);
  await first.goto(`${server.url}?bench=1&date=2000-01&view=table`);
  await first.waitForSelector('table', { timeout: 90_000 });
  // As long as the map's page below waits after its first map: the chart's idle prefetch follows
  // the table's first render as it follows the first map (src/chart/prefetch.ts).
  await first.waitForTimeout(1000);
  const chartMadeBeforeTable = await chartMade(first);
  const fromTable = await switchView(first, /Chart/, CHART_DRAWN);

  // Arrow keys on the chart, as a reader moves the date: each keydown's handler, store update and
  // React render run synchronously inside dispatchEvent.
  const dateStepMs = await first.evaluate(async () => {
    const svg = document.querySelector('.chart__svg')!;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    const out: number[] = [];
    for (let i = 0; i < 24; i++) {
      await frame();
      const t0 = performance.now();
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      out.push(performance.now() - t0);
    }
    return out;
  });
  await first.waitForTimeout(400); // the URL is written at most every 250 ms
  const moved = await first.evaluate(() => new URLSearchParams(location.search).get('date'));
  if (moved !== '2002-01') throw new Error(`chart keys did not move the date (date=${moved})`);
  await first.context().close();

  const page = await openBenchPage(browser, server, '2026-06');
  await page.waitForTimeout(1000);
  // Map → Chart, as most readers will (the chunk is not cached in this new context): this also
  // counts what hiding the map costs.
  const chartMadeBeforeMap = await chartMade(page);
  const fromMap = await switchView(page, /Chart/, CHART_DRAWN);
  await page.getByRole('tab', { name: /Map/ }).click();
  await page.waitForTimeout(1500);
  const compare = await page.evaluate(async () => {
    const hook = window.__icemap!;
    const store = hook.store;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    await frame();
    hook.lastRecolour = undefined;
    store.getState().setCompare('2025-01-20');
    // Compare's map colouring is a chunk fetched on first use: wait (up to ~5 s of frames) for its
    // first recolour rather than reading the hook one frame after the switch.
    for (let i = 0; i < 300 && hook.lastRecolour === undefined; i++) await frame();
    const on = hook.lastRecolour as { ms: number; changes: number } | undefined;
    const steps: number[] = [];
    for (let month = 1; month <= 12; month++) {
      await frame();
      hook.lastRecolour = undefined;
      store.getState().setDate(`2025-${String(month).padStart(2, '0')}-28`);
      await Promise.resolve();
      await frame();
      const r = hook.lastRecolour as { ms: number } | undefined;
      if (r !== undefined) steps.push(r.ms);
    }
    return { onMs: on?.ms ?? NaN, onChanges: on?.changes ?? 0, steps };
  });
  await page.context().close();
  return {
    switchFirstMs: fromTable.busyMs,
    switchAgainMs: fromMap.busyMs,
    switchFirstCpuMs: fromTable.cpuMs,
    switchAgainCpuMs: fromMap.cpuMs,
    chartMadeBeforeTable,
    chartMadeBeforeMap,
    dateStepMs,
    compareOnMs: compare.onMs,
    compareOnChanges: compare.onChanges,
    compareStepMs: compare.steps,
  };
}
