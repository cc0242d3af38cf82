/**
 * In headless Chromium (Debian's, software WebGL; tests/browser/chromium.ts) against the built site
 * served with gzip (server.ts):
 *
 * - first complete map: navigation → `performance.mark('map-complete')` (src/app/benchHook.ts: the
 *   map's first `idle` with the data drawn and coloured), cold cache, median of N loads; and the
 *   bytes each load transferred by type, compressed as sent;
 * - play: the timeline stepped one month per animation frame over the whole range (1979 → today),
 *   through the store (or the app's own play control, when there is one), with a long-task observer
 *   on; per step the main-thread time from the date change until maplibre has the new colours (the
 *   store update, React's render and effects, our recolour and maplibre's setFeatureState calls all
 *   run synchronously before the next task) and, when the map has something to draw, the time to
 *   the next rendered frame;
 * - frame vs plain repaint: for a sample of the steps that change colours, the step's frame and a
 *   plain `triggerRepaint` frame measured the same way, alternated;
 * - naive: the same sampled steps done by rebuilding the counties' GeoJSON with each one's category
 *   as a property and replacing the source's data (`setData`), to the map's next `idle`.
 */
import type { Browser, Page } from 'playwright-core';
import { daysInMonth, pad2 } from '../../src/domain/dates';
import { launchChromium } from '../../tests/browser/chromium';
import { findChromium } from './cpu';
import { frameCpu, paired } from './paired';
import type { Bytes, BrowserResults, FirstMapRun } from './results';
import type { BenchServer, Transfer } from './server';

export const VIEWPORT = { width: 1280, height: 800 };

declare global {
  interface Window {
    __name?: unknown;
  }
}

function bytesOf(transfers: readonly Transfer[]): Bytes {
  const b: Bytes = { js: 0, css: 0, data: 0, html: 0, other: 0, total: 0 };
  for (const t of transfers) {
    const key = /\.m?js$/.test(t.path) ? 'js' : t.path.endsWith('.css') ? 'css' : t.path.startsWith('data/') ? 'data' : t.path.endsWith('.html') ? 'html' : 'other';
    b[key] += t.sent;
    b.total += t.sent;
  }
  return b;
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // tsx/esbuild names functions with a __name helper that does not exist in the page.
  await page.addInitScript('globalThis.__name = (f) => f');
  return page;
}

export async function waitForComplete(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, { timeout: 90_000, polling: 50 });
  return page.evaluate(() => performance.getEntriesByName('map-complete')[0]!.startTime);
}

export async function firstMapRun(browser: Browser, server: BenchServer): Promise<FirstMapRun> {
  const page = await newPage(browser);
  const from = server.log.length;
  // The poster is removed at the map's first complete frame: note whether the page had one before that.
  await page.addInitScript("document.addEventListener('DOMContentLoaded', () => { globalThis.__benchPoster = document.getElementById('poster') !== null; })");
  await page.goto(server.url);
  const completeMs = await waitForComplete(page);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const end = (test: (name: string) => boolean) => Math.max(0, ...resources.filter((r) => test(r.name)).map((r) => r.responseEnd));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const hadPoster = (globalThis as unknown as { __benchPoster?: boolean }).__benchPoster === true;
    return {
      poster: fcp !== undefined && hadPoster ? fcp : null,
      dcl: nav?.domContentLoadedEventEnd ?? 0,
      data: end((n) => /\/data\/(status|map\.topo)(\.[0-9a-f]{10})?\.json/.test(n)),
      worker: end((n) => n.includes('worker')),
    };
  });
  const transfers = server.log.slice(from);
  await page.context().close();
  const firstMapData: Record<string, number> = {};
  for (const t of transfers) if (t.path.startsWith('data/')) firstMapData[t.path] = (firstMapData[t.path] ?? 0) + t.sent;
  return {
    completeMs,
    posterMs: timing.poster,
    dataLoadedMs: timing.data,
    workerLoadedMs: timing.worker,
    domContentLoadedMs: timing.dcl,
    bytes: bytesOf(transfers),
    firstMapData,
    transfers,
  };
}

/** The last day of each month from 1979-01 to today's month (today for the current month), as the timeline steps. */
export function monthDays(today: string, first = '1979-01'): { month: string; day: string }[] {
  const out: { month: string; day: string }[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  for (;;) {
    const month = `${y}-${pad2(m)}`;
    if (month > today.slice(0, 7)) break;
    const last = `${month}-${pad2(daysInMonth(y, m))}`;
    out.push({ month, day: month === today.slice(0, 7) ? today : last });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export async function openBenchPage(browser: Browser, server: BenchServer, date: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${server.url}?bench=1&date=${date}`);
  await waitForComplete(page);
  await page.waitForFunction(() => window.__icemap?.map != null);
  return page;
}

/** Every month in turn, one store step per animation frame, each measured. Runs in the page. */
export async function stepEveryMonth(page: Page, days: { month: string; day: string }[]): Promise<BrowserResults['steps']> {
  return page.evaluate(async (days) => {
    const hook = window.__icemap!;
    const map = hook.map!;
    const store = hook.store;
    const longTasks: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'longtask', buffered: false });
    const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    if (!map.loaded()) await new Promise<void>((r) => map.once('idle', () => r()));
    store.getState().setDate(days[0]!.day);
    await frame();
    const samples: { month: string; mainMs: number; frameMs: number | null; recolourMs: number | null; changes: number | null }[] = [];
    const started = performance.now();
    for (const { month, day } of days.slice(1)) {
      await frame();
      let renderedAt = 0;
      const onRender = () => {
        renderedAt = performance.now();
      };
      map.once('render', onRender);
      const t0 = performance.now();
      hook.lastRecolour = undefined;
      store.getState().setDate(day);
      // React renders a store update in a microtask and runs its effects (our recolour) right after.
      await Promise.resolve();
      const mainMs = performance.now() - t0;
      const recolour = hook.lastRecolour as { ms: number; changes: number } | undefined;
      // maplibre schedules a frame only when something changed (_frameRequest is its pending rAF).
      const pending = (map as unknown as { _frameRequest?: unknown })._frameRequest != null;
      let frameMs: number | null = null;
      if (pending) {
        while (renderedAt === 0) await frame();
        frameMs = (await frame()) - t0;
      } else {
        map.off('render', onRender);
      }
      samples.push({ month, mainMs, frameMs, recolourMs: recolour?.ms ?? null, changes: recolour?.changes ?? null });
    }
    const durationMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { samples, longTasks, durationMs };
  }, days);
}

/**
 * The whole range played as a reader plays it: the app's play button (src/timeline/PlayControls)
 * from the first month to today at its normal speed, or, without one, a store step per animation
 * frame. Long tasks observed throughout.
 */
export async function playWholeRange(page: Page, days: { month: string; day: string }[]): Promise<BrowserResults['play']> {
  await page.evaluate((first) => {
    const w = window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; dates: Set<string> } };
    w.__bench = { longTasks: [], dates: new Set() };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    const store = window.__icemap!.store;
    store.getState().setDate(first);
    store.subscribe((state) => w.__bench.dates.add(state.date));
  }, days[0]!.day);
  await page.waitForTimeout(500);
  const button = page.locator('.play-controls__toggle');
  const hasButton = (await button.count()) > 0;
  const started = Date.now();
  let mode: string;
  if (hasButton) {
    mode = 'the app\'s play button (normal speed), first month to today';
    await page.evaluate(() => {
      (window as unknown as { __bench: { t0: number } }).__bench.t0 = performance.now();
    });
    await button.click();
    await page.waitForFunction(() => document.querySelector('.play-controls[data-playing]') !== null, null, { timeout: 10_000 }).catch(() => {});
    await page.waitForFunction(() => document.querySelector('.play-controls[data-playing]') === null, null, { timeout: 300_000, polling: 100 });
  } else {
    mode = 'store.setDate once per animation frame (no play control in the app)';
    await page.evaluate(async (days) => {
      (window as unknown as { __bench: { t0: number } }).__bench.t0 = performance.now();
      const store = window.__icemap!.store;
      for (const { day } of days.slice(1)) {
        await new Promise((r) => requestAnimationFrame(r));
        store.getState().setDate(day);
      }
    }, days);
  }
  const durationMs = Date.now() - started;
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; dates: Set<string>; t0: number } }).__bench;
    return { longTasks: b.longTasks.filter((t) => t.start >= b.t0), datesShown: b.dates.size };
  });
  return { mode, durationMs, ...result };
}

export async function benchBrowser(
  server: BenchServer,
  options: { firstMapRuns?: number; pairedSamples?: number; log?: (line: string) => void } = {},
): Promise<BrowserResults> {
  const { firstMapRuns = 3, pairedSamples = 24, log = () => {} } = options;
  const marker = `${process.pid}-${Date.now()}`;
  const browser = await launchChromium([`--icemap-bench=${marker}`]);
  let pid: number | null = null;
  try {
    pid = findChromium(marker);
  } catch {
    pid = null; // not Linux /proc: no CPU figures
  }
  try {
    const chromium = browser.version();
    const firstMap: FirstMapRun[] = [];
    for (let i = 0; i < firstMapRuns; i++) {
      const run = await firstMapRun(browser, server);
      firstMap.push(run);
      log(`first complete map, load ${i + 1}: ${Math.round(run.completeMs)} ms (data in ${Math.round(run.dataLoadedMs)} ms, worker ${Math.round(run.workerLoadedMs)} ms)`);
    }

    const page = await openBenchPage(browser, server, '1979-01');
    const today = await page.evaluate(() => window.__icemap!.store.getState().today);
    const canvas = await page.evaluate(() => {
      const c = window.__icemap!.map!.getCanvas();
      return { width: c.width, height: c.height, dpr: window.devicePixelRatio };
    });
    const days = monthDays(today);
    const steps = await stepEveryMonth(page, days);
    log(`steps: ${steps.samples.length} months in ${(steps.durationMs / 1000).toFixed(1)} s, ${steps.longTasks.length} long tasks`);

    // Sample the steps that changed the map, evenly over the range.
    // Only steps that recoloured something: a frame can also come from labels or marks alone.
    const changing = steps.samples.map((s, i) => ({ s, i })).filter(({ s }) => s.frameMs !== null && (s.changes ?? 1) > 0);
    const every = Math.max(1, changing.length / pairedSamples);
    const picks: { prev: string; day: string; month: string }[] = [];
    for (let k = 0; k < changing.length && picks.length < pairedSamples; k += every) {
      const { i } = changing[Math.floor(k)]!;
      picks.push({ prev: days[i]!.day, day: days[i + 1]!.day, month: days[i + 1]!.month });
    }
    const pairedResult = await paired(page, picks);
    log(`frame vs plain repaint, and naive setData: ${pairedResult.samples.length} sampled steps`);
    const frameCpuResult = pid === null ? null : await frameCpu(page, pid, picks);
    if (frameCpuResult) {
      log(`CPU per frame: step GPU ${frameCpuResult.step.gpu.toFixed(0)} ms + renderer ${frameCpuResult.step.renderer.toFixed(0)} ms, repaint GPU ${frameCpuResult.repaint.gpu.toFixed(0)} ms + renderer ${frameCpuResult.repaint.renderer.toFixed(0)} ms`);
    }
    await page.context().close();

    const playPage = await openBenchPage(browser, server, '1979-01');
    const playResult = await playWholeRange(playPage, days);
    log(`play (${playResult.mode}): ${playResult.datesShown} dates shown in ${(playResult.durationMs / 1000).toFixed(1)} s, ${playResult.longTasks.length} long tasks`);
    await playPage.context().close();
    return { chromium, canvas, firstMap, steps, play: playResult, paired: pairedResult, frameCpu: frameCpuResult };
  } finally {
    await browser.close();
  }
}
