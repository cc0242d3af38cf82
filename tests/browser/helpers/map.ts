/**
 * Waiting for the map and reading what it drew, for browser tests against the built site.
 *
 * Two signals come from the app (src/app/benchHook.ts):
 * - `performance.mark('map-complete')`, always on: the first time the map went idle with its
 *   sources loaded and the shown date's colours applied. Enough for "the first map is drawn".
 * - `window.__icemap.map`, the maplibre map, only when the page URL has `bench=1` (a parameter the
 *   URL codec ignores and the URL sync keeps). Needed to project coordinates to pixels and to wait
 *   for `idle` after a change; add it with `withMapHook(url)`.
 *
 * No sleeps: `waitForMapIdle` forces a frame and waits for maplibre's `idle` event (sources loaded,
 * nothing left to draw), then checks that nothing scheduled another frame meanwhile (a React
 * effect that set feature-state after the frame, for instance) and waits again if something did.
 *
 * Outside vitest (scripts run with tsx, whose esbuild keeps function names through a `__name`
 * helper the page lacks), add `context.addInitScript('window.__name = (f) => f;')` first.
 */
import type { Locator, Page } from 'playwright-core';
import { decodePng, type DecodedPng } from './png';

export const MAP_CANVAS_SELECTOR = 'canvas.maplibregl-canvas';

/** `url` with the `bench=1` parameter that exposes the map as window.__icemap. */
export function withMapHook(url: string): string {
  const u = new URL(url);
  u.searchParams.set('bench', '1');
  return u.href.replace(/%2F/gi, '/');
}

/** The first complete map: sources loaded, colours for the shown date applied, idle. */
export async function waitForMapComplete(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, undefined, { timeout, polling: 100 });
}

/** The map is exposed (needs `withMapHook`) and its sources are added. */
export async function waitForMapHook(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __icemap?: { map: import('maplibre-gl').Map | null } }).__icemap?.map;
      return map != null && map.getSource('counties') !== undefined;
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/**
 * Resolves when the map has drawn everything it has been asked to (needs `withMapHook`). Call it
 * after any change (date, selection, resize, move) before reading pixels or projecting points.
 */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await waitForMapHook(page, timeout);
  await page.evaluate(async (timeoutMs) => {
    const map = (window as unknown as { __icemap: { map: import('maplibre-gl').Map } }).__icemap.map;
    const deadline = performance.now() + timeoutMs;
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
    for (;;) {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error('map did not become idle in time')), Math.max(0, deadline - performance.now()));
        map.once('idle', () => {
          clearTimeout(timer);
          done();
        });
        map.triggerRepaint();
      });
      // Work queued just after the frame (React effects, resize observers) schedules another one.
      let rendered = false;
      const onRender = () => {
        rendered = true;
      };
      map.on('render', onRender);
      await new Promise<void>((done) => setTimeout(done, 0));
      await frame();
      await frame();
      map.off('render', onRender);
      if (!rendered && map.loaded() && !map.isMoving()) return;
      if (performance.now() > deadline) throw new Error('map kept redrawing');
    }
  }, timeout);
}

/** Map coordinates (the build's pre-projected lon/lat) to CSS pixels in the map's canvas (needs the hook). */
export async function projectPoints(page: Page, points: readonly (readonly [number, number])[]): Promise<[number, number][]> {
  return page.evaluate((pts) => {
    const map = (window as unknown as { __icemap: { map: import('maplibre-gl').Map } }).__icemap.map;
    return pts.map(([lng, lat]) => {
      const p = map.project([lng, lat]);
      return [p.x, p.y] as [number, number];
    });
  }, points as [number, number][]);
}

/** Moves the map without animation (needs the hook) and waits until it is drawn there. */
export async function jumpTo(page: Page, camera: { lng: number; lat: number; zoom: number }): Promise<void> {
  await page.evaluate(({ lng, lat, zoom }) => {
    const map = (window as unknown as { __icemap: { map: import('maplibre-gl').Map } }).__icemap.map;
    map.jumpTo({ center: [lng, lat], zoom });
  }, camera);
  await waitForMapIdle(page);
}

export interface MapCamera {
  zoom: number;
  lng: number;
  lat: number;
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
}

export async function mapCamera(page: Page): Promise<MapCamera> {
  return page.evaluate(() => {
    const map = (window as unknown as { __icemap: { map: import('maplibre-gl').Map } }).__icemap.map;
    const c = map.getCenter();
    const canvas = map.getCanvas();
    return { zoom: map.getZoom(), lng: c.lng, lat: c.lat, width: canvas.clientWidth, height: canvas.clientHeight };
  });
}

export function mapCanvas(page: Page): Locator {
  return page.locator(MAP_CANVAS_SELECTOR);
}

/**
 * The map canvas as the reader sees it (a screenshot of its box, so HTML drawn over it — controls,
 * tooltips — is included), decoded. One image pixel per CSS pixel times devicePixelRatio.
 */
export async function canvasImage(page: Page): Promise<DecodedPng> {
  return decodePng(await mapCanvas(page).screenshot({ animations: 'disabled', caret: 'hide' }));
}
