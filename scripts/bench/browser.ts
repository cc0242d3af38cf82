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
import { launchChromium } from '../../tests/browser/chromium';
import { chromiumCpu, findChromium } from './cpu';
import type { BenchServer, Transfer } from './server';

export const VIEWPORT = { width: 1280, height: 800 };

export interface Bytes {
  js: number;
  css: number;
  data: number;
  html: number;
  other: number;
  total: number;
}

export interface FirstMapRun {
  /** ms from navigation start to the map-complete mark. */
  completeMs: number;
  /** ms from navigation start to the first contentful paint, when the page has the build's poster (it is that paint); else null. */
  posterMs: number | null;
  /** ms from navigation start to when the last data file and the map worker arrived. */
  dataLoadedMs: number;
  workerLoadedMs: number;
  domContentLoadedMs: number;
  bytes: Bytes;
  /** Data files requested before the map was complete, bytes as sent. */
  firstMapData: Record<string, number>;
  transfers: Transfer[];
}

export interface StepSample {
  month: string;
  mainMs: number;
  /**
   * Time from the date change until the frame with the new colours is done: maplibre's next
   * `render` event and then the next animation frame (with software WebGL the canvas is read back
   * for compositing after maplibre's draw calls, on the main thread). Null when nothing on the map
   * changed (maplibre schedules no frame).
   */
  frameMs: number | null;
  /** Of mainMs, the map's own recolour (diff + setFeatureState), and how many features changed. */
  recolourMs: number | null;
  changes: number | null;
}

export interface LongTask {
  start: number;
  duration: number;
}

export interface PairedSample {
  month: string;
  /** Our step: main-thread time, then time to the finished frame (as StepSample.frameMs) and to idle. */
  stepMainMs: number;
  /** Of stepMainMs, the map's own recolour (diff + setFeatureState): what the naive way replaces. */
  stepRecolourMs: number;
  stepFrameMs: number;
  stepIdleMs: number;
  /** A plain triggerRepaint measured the same way. */
  repaintMs: number;
  /** Long tasks (ms) that started while our step's frame / the plain repaint was in progress. */
  stepLongTasks: number[];
  repaintLongTasks: number[];
  /** The naive step: main-thread time of rebuilding the features and setData, and time to idle. */
  naiveMainMs: number;
  naiveIdleMs: number;
}

export interface BrowserResults {
  chromium: string;
  canvas: { width: number; height: number; dpr: number };
  firstMap: FirstMapRun[];
  /** Every month, one store step per animation frame, measured. */
  steps: { samples: StepSample[]; longTasks: LongTask[]; durationMs: number };
  /** The whole range played as a reader plays it, long tasks observed. */
  play: { mode: string; longTasks: LongTask[]; durationMs: number; datesShown: number };
  paired: { samples: PairedSample[] };
  /**
   * CPU time per frame (ms, Linux /proc) of Chromium's GPU process (where software WebGL draws) and
   * renderer, for a step that changes colours and for a plain repaint: unlike wall time, it does
   * not grow when other programs keep the cores busy.
   */
  frameCpu: { step: { gpu: number; renderer: number }; repaint: { gpu: number; renderer: number }; frames: number } | null;
}

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
  await page.goto(server.url);
  const completeMs = await waitForComplete(page);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const end = (test: (name: string) => boolean) => Math.max(0, ...resources.filter((r) => test(r.name)).map((r) => r.responseEnd));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const html = document.documentElement.outerHTML;
    return {
      poster: fcp !== undefined && /<div id="poster"|class="poster"/.test(html) ? fcp : null,
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
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > today.slice(0, 7)) break;
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
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

/**
 * For each sampled month: step from the month before (frame and idle), a plain repaint measured the
 * same way, and the naive setData step; orders alternate so drift in machine load cancels out.
 */
export async function paired(page: Page, samples: { prev: string; day: string; month: string }[]): Promise<BrowserResults['paired']> {
  return page.evaluate(async (samples) => {
    const hook = window.__icemap!;
    const map = hook.map!;
    const store = hook.store;
    const longTasks: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'longtask', buffered: false });
    const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    const idle = () => new Promise<number>((r) => map.once('idle', () => r(performance.now())));
    const settle = async () => {
      if (!map.loaded()) await idle();
      await new Promise((r) => setTimeout(r, 60));
    };
    const rendered = () => {
      let at = 0;
      map.once('render', () => {
        at = performance.now();
      });
      return async () => {
        for (let k = 0; k < 600 && at === 0; k++) await frame();
        return frame();
      };
    };
    const tasksIn = async (from: number, to: number) => {
      await new Promise((r) => setTimeout(r, 30));
      return longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration);
    };

    const stepOurs = async (prev: string, day: string) => {
      store.getState().setDate(prev);
      await Promise.resolve();
      map.triggerRepaint();
      await idle();
      await settle();
      const done = rendered();
      const idled = idle();
      const t0 = performance.now();
      hook.lastRecolour = undefined;
      store.getState().setDate(day);
      await Promise.resolve();
      const main = performance.now() - t0;
      const recolour = (hook.lastRecolour as { ms: number } | undefined)?.ms ?? NaN;
      const end = await done();
      const idleAt = await idled;
      return { main, recolour, frame: end - t0, idle: idleAt - t0, tasks: await tasksIn(t0, end) };
    };
    const repaint = async () => {
      await settle();
      const done = rendered();
      const t0 = performance.now();
      map.triggerRepaint();
      const end = await done();
      return { ms: end - t0, tasks: await tasksIn(t0, end) };
    };

    // The naive way: a copy of the counties source whose features carry the category as a property,
    // drawn instead of the county fill; each step rebuilds the features and replaces the data.
    const data = store.getState().mapData;
    if (data.status !== 'ready') throw new Error('map data not ready');
    const { geometry, jurisdictions } = data.data;
    const statusOn = (intervals: readonly (readonly [string, string])[], d: string) => {
      let lo = 0;
      let hi = intervals.length - 1;
      let found = 'none';
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (intervals[mid]![0] <= d) {
          found = intervals[mid]![1];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    };
    const fillColor = map.getPaintProperty('county-fill', 'fill-color') as unknown[];
    if (!Array.isArray(fillColor)) throw new Error('no county-fill layer');
    // Same palette, read from a property instead of feature-state.
    const propColor = JSON.parse(JSON.stringify(fillColor).replace('["feature-state","category"]', '["get","category"]'));
    const naiveData = (d: string) => ({
      type: 'FeatureCollection' as const,
      features: geometry.counties.features.map((f) => ({
        ...f,
        properties: { ...f.properties, category: statusOn(jurisdictions.byId.get(f.properties.fips)?.intervals ?? [], d) },
      })),
    });
    const naiveStep = async (prev: string, day: string) => {
      const source = map.getSource('bench-naive') as unknown as { setData(d: unknown): void };
      source.setData(naiveData(prev));
      await idle();
      await settle();
      const idled = idle();
      const t0 = performance.now();
      source.setData(naiveData(day));
      const main = performance.now() - t0;
      return { main, idle: (await idled) - t0 };
    };
    const useNaive = async (on: boolean) => {
      if (on && map.getSource('bench-naive') === undefined) {
        map.addSource('bench-naive', { type: 'geojson', data: naiveData(samples[0]?.prev ?? '1979-01-31'), tolerance: 0.2, buffer: 16 });
        map.addLayer({ id: 'bench-naive-fill', type: 'fill', source: 'bench-naive', paint: { 'fill-color': propColor } }, 'county-border');
      }
      map.setLayoutProperty('county-fill', 'visibility', on ? 'none' : 'visible');
      if (map.getLayer('bench-naive-fill') !== undefined) map.setLayoutProperty('bench-naive-fill', 'visibility', on ? 'visible' : 'none');
      map.triggerRepaint();
      await idle();
    };

    const out: PairedSample[] = [];
    for (let i = 0; i < samples.length; i++) {
      const { prev, day, month } = samples[i]!;
      let ours;
      let plain;
      if (i % 2 === 0) {
        ours = await stepOurs(prev, day);
        plain = await repaint();
      } else {
        plain = await repaint();
        ours = await stepOurs(prev, day);
      }
      out.push({
        month,
        stepMainMs: ours.main,
        stepRecolourMs: ours.recolour,
        stepFrameMs: ours.frame,
        stepIdleMs: ours.idle,
        repaintMs: plain.ms,
        stepLongTasks: ours.tasks,
        repaintLongTasks: plain.tasks,
        naiveMainMs: 0,
        naiveIdleMs: 0,
      });
    }
    await useNaive(true);
    for (let i = 0; i < samples.length; i++) {
      const { prev, day } = samples[i]!;
      const naive = await naiveStep(prev, day);
      out[i]!.naiveMainMs = naive.main;
      out[i]!.naiveIdleMs = naive.idle;
    }
    await useNaive(false);
    observer.disconnect();
    return { samples: out };
  }, samples);
}

/** CPU per frame of Chromium's processes: `frames` changing steps, then as many plain repaints. */
export async function frameCpu(page: Page, pid: number, picks: { prev: string; day: string }[], frames = 12): Promise<NonNullable<BrowserResults['frameCpu']>> {
  const run = async (kind: 'step' | 'repaint') => {
    let gpu = 0;
    let renderer = 0;
    for (let i = 0; i < frames; i++) {
      const pick = picks[i % Math.max(1, picks.length)];
      // Settle at the step's previous month first, outside the measured window.
      await page.evaluate(async (prev) => {
        const { map, store } = window.__icemap!;
        if (prev !== undefined) store.getState().setDate(prev);
        await Promise.resolve();
        map!.triggerRepaint();
        await new Promise<void>((r) => map!.once('idle', () => r()));
        // The GPU process finishes drawing after maplibre's idle: let it, outside the window.
        await new Promise((r) => setTimeout(r, 250));
      }, pick?.prev);
      const before = chromiumCpu(pid);
      await page.evaluate(
        async ({ kind, day }) => {
          const { map, store } = window.__icemap!;
          let at = 0;
          map!.once('render', () => {
            at = performance.now();
          });
          if (kind === 'step' && day !== undefined) store.getState().setDate(day);
          else map!.triggerRepaint();
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          for (let k = 0; k < 600 && at === 0; k++) await frame();
          await frame();
          await new Promise((r) => setTimeout(r, 150));
        },
        { kind, day: pick?.day },
      );
      const after = chromiumCpu(pid);
      gpu += after.gpu - before.gpu;
      renderer += after.renderer - before.renderer;
    }
    return { gpu: gpu / frames, renderer: renderer / frames };
  };
  const step = await run('step');
  const repaint = await run('repaint');
  return { step, repaint, frames };
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
    const changing = steps.samples.map((s, i) => ({ s, i })).filter(({ s }) => s.frameMs !== null);
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
