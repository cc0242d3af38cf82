/**
 * The bench's paired measurements, in the page: a step's frame against a plain repaint and the
 * naive setData step (alternated so drift in machine load cancels out), and Chromium's CPU per
 * frame. Used by browser.ts (npm run bench) and ab.ts.
 */
import type { Page } from 'playwright-core';
import type { BrowserResults, PairedSample } from './results';
import { chromiumCpu } from './cpu';

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
    // Bounded: a step that changes nothing draws no frame and never idles; such a sample is
    // recorded as NaN instead of hanging the bench (it did, after the 'steps' stage).
    const idle = () =>
      new Promise<number>((r) => {
        const timer = setTimeout(() => {
          map.off('idle', onIdle);
          r(NaN);
        }, 10_000);
        const onIdle = () => {
          clearTimeout(timer);
          r(performance.now());
        };
        map.once('idle', onIdle);
      });
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
    const statusOn = (intervals: readonly (readonly [string, string, string?])[], d: string) => {
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
        map.addLayer({ id: 'bench-naive-fill', type: 'fill', source: 'bench-naive', paint: { 'fill-color': propColor } }, 'state-fill');
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
        // Bounded like paired()'s idle: a month that changes nothing never idles.
        await Promise.race([new Promise<void>((r) => map!.once('idle', () => r())), new Promise((r) => setTimeout(r, 10_000))]);
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
