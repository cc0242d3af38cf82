/**
 * Issue 10, the first screen, measured from bounding boxes on the built page at each size a reader
 * brings: the share of the screen the map canvas fills, the date and slider inside the first
 * screen, nothing visible past the right edge; with Harris County open, the share of the map the
 * panel leaves uncovered and that the county's centre is on that part. Presentation mode at
 * projector sizes, and fixed-size iframes (no pym, no resize script) as CMSs embed them. The phone's
 * bottom sheet: its handle taps and drags between half and full height.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { featureOf, screenBox } from './helpers/geo';
import { MAP_CANVAS_SELECTOR, waitForMapComplete, waitForMapIdle, withMapHook } from './helpers/map';
import { serveStatic, type StaticServer } from './static-server';

const baseUrl = inject('baseUrl');
const HARRIS = '48201';

let browser: Browser;
let host: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  // Fixed-size iframes on another origin, without any resize script.
  const frames: Record<string, string> = {};
  for (const [w, h] of EMBEDS) {
    frames[`/embed-${w}x${h}.html`] = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe title="Map" src="${baseUrl}?date=2017-09&embed=1" width="${w}" height="${h}" style="border:0;display:block"></iframe></body></html>`;
  }
  host = await serveStatic('tests/fixtures/does-not-exist', frames);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface Measures {
  /** Share of the viewport's area the map canvas fills. */
  mapShare: number;
  dateBottom: number;
  sliderBottom: number;
  viewport: { width: number; height: number };
  /** Visible elements whose right edge is past the viewport's. */
  pastRight: string[];
}

/** Runs in the page (or frame): what the first screen shows, from bounding boxes. */
function measurePage([canvasSelector, width]: [string, number]): Measures {
  // The width the reader's screen has (a phone widens its layout viewport to fit overflowing content).
  const vw = width;
  const vh = window.innerHeight;
  const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
  const canvas = rect(canvasSelector);
  const visibleArea = canvas
    ? Math.max(0, Math.min(canvas.right, vw) - Math.max(canvas.left, 0)) * Math.max(0, Math.min(canvas.bottom, vh) - Math.max(canvas.top, 0))
    : 0;
  const pastRight: string[] = [];
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= vw + 1) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    // Clipped by a scrolling or clipping ancestor (the table's own scroller, the map's container).
    let clipped = false;
    for (let a = el.parentElement; a !== null && a !== document.body; a = a.parentElement) {
      const overflow = getComputedStyle(a).overflowX;
      if (overflow !== 'visible' && a.getBoundingClientRect().right <= vw + 1) {
        clipped = true;
        break;
      }
    }
    if (!clipped) pastRight.push(`${el.localName}.${el.className} right=${Math.round(r.right)}`);
  }
  return {
    mapShare: visibleArea / (vw * vh),
    dateBottom: rect('.timeline__readout')?.bottom ?? Infinity,
    sliderBottom: rect('.timeline__input')?.bottom ?? Infinity,
    viewport: { width: vw, height: vh },
    pastRight,
  };
}

async function measure(target: Page | Frame, width?: number): Promise<Measures> {
  const w = width ?? (await target.evaluate(() => window.innerWidth));
  return target.evaluate(measurePage, [MAP_CANVAS_SELECTOR, w] as [string, number]);
}

async function openAt(width: number, height: number, query: string, phone = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: phone, isMobile: phone, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(withMapHook(`${baseUrl}?${query}`));
  await waitForMapComplete(page);
  await waitForMapIdle(page);
  return page;
}

/** The panel's effect on the map: the uncovered share of the canvas and whether Harris's centre is on it. */
async function selectionFigures(page: Page) {
  await page.locator('.detail-panel__name').waitFor({ state: 'visible' });
  // The sheet and the camera settle (an eased move at most), then the map is idle.
  await page.waitForTimeout(900);
  await waitForMapIdle(page);
  const { canvas, panel } = await page.evaluate((sel) => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return {
      canvas: box(document.querySelector(sel)!.getBoundingClientRect()),
      panel: box(document.querySelector('.layout__panel')!.getBoundingClientRect()),
    };
  }, MAP_CANVAS_SELECTOR);
  const vw = page.viewportSize()!.width;
  const vh = page.viewportSize()!.height;
  // The part of the canvas on screen and not under the panel (the panel is beside the map, over its
  // right side, or over its bottom).
  const visible = { left: Math.max(canvas.left, 0), top: Math.max(canvas.top, 0), right: Math.min(canvas.right, vw), bottom: Math.min(canvas.bottom, vh) };
  const overlapX = Math.min(visible.right, panel.right) - Math.max(visible.left, panel.left);
  const overlapY = Math.min(visible.bottom, panel.bottom) - Math.max(visible.top, panel.top);
  const uncovered = { ...visible };
  if (overlapX > 0 && overlapY > 0) {
    if (overlapX >= (visible.right - visible.left) * 0.9) uncovered.bottom = Math.min(uncovered.bottom, panel.top);
    else uncovered.right = Math.min(uncovered.right, panel.left);
  }
  const area = Math.max(0, uncovered.right - uncovered.left) * Math.max(0, uncovered.bottom - uncovered.top);
  const b = await screenBox(page, featureOf(HARRIS));
  const centre = { x: canvas.left + (b.minX + b.maxX) / 2, y: canvas.top + (b.minY + b.maxY) / 2 };
  const onUncovered = centre.x >= uncovered.left && centre.x <= uncovered.right && centre.y >= uncovered.top && centre.y <= uncovered.bottom;
  return { uncoveredShare: area / (vw * vh), onUncovered, centre, uncovered };
}

const LAPTOPS: [number, number][] = [
  [1280, 800],
  [1366, 768],
  [1440, 900],
];
const PHONES: [number, number][] = [
  [360, 640],
  [390, 844],
  [844, 390],
];
const EMBEDS: [number, number][] = [
  [600, 400],
  [400, 600],
  [300, 250],
];

describe('laptops and desktops', () => {
  for (const [w, h] of LAPTOPS) {
    it(`${w}×${h}: the map fills about half the screen, date and slider on the first screen, nothing past the right edge; an open panel leaves ≥ 1/4 to the map with the place on it`, async () => {
      const page = await openAt(w, h, 'date=2017-09');
      const m = await measure(page, w);
      console.log(`${w}×${h}: map ${(m.mapShare * 100).toFixed(0)}% of the screen, date bottom ${Math.round(m.dateBottom)}, slider bottom ${Math.round(m.sliderBottom)}`);
      expect(m.mapShare).toBeGreaterThanOrEqual(0.45);
      expect(m.dateBottom).toBeLessThanOrEqual(h);
      expect(m.sliderBottom).toBeLessThanOrEqual(h);
      expect(m.pastRight).toEqual([]);

      await page.goto(withMapHook(`${baseUrl}?date=2017-09&j=${HARRIS}`));
      await waitForMapComplete(page);
      const s = await selectionFigures(page);
      console.log(`${w}×${h} with Harris open: ${(s.uncoveredShare * 100).toFixed(0)}% of the screen is uncovered map, centre on it: ${s.onUncovered}`);
      expect(s.uncoveredShare).toBeGreaterThanOrEqual(0.25);
      expect(s.onUncovered).toBe(true);
      expect((await measure(page, w)).pastRight).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});

describe('the map keeps its size while the date changes', () => {
  // A long month name once wrapped the timeline's row: the map shrank twice a year while playing,
  // and each change resized maplibre's canvas (a costly step of its own).
  for (const [w, h, phone] of [[1280, 800, false], [1366, 768, false], [390, 844, true]] as const) {
    it(`${w}×${h}: the same canvas height for March, September, May and November`, async () => {
      const page = await openAt(w, h, 'date=2019-03', phone);
      const height = () => page.evaluate((sel) => document.querySelector(sel)!.getBoundingClientRect().height, MAP_CANVAS_SELECTOR);
      const first = await height();
      const month = page.locator('.timeline__picker select').first();
      const heights: number[] = [];
      for (const m of ['8', '4', '10', '1']) {
        await month.selectOption(m);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        heights.push(await height());
      }
      expect(heights).toEqual(heights.map(() => first));
      await page.context().close();
    }, 120_000);
  }
});

describe('phones', () => {
  for (const [w, h] of PHONES) {
    it(`${w}×${h}: the map takes ≥ 1/3 of the first screen with date and slider under it; a place opens in a sheet that leaves it visible`, async () => {
      const page = await openAt(w, h, 'date=2017-09', true);
      const m = await measure(page, w);
      console.log(`${w}×${h} phone: map ${(m.mapShare * 100).toFixed(0)}% of the screen, date bottom ${Math.round(m.dateBottom)}, slider bottom ${Math.round(m.sliderBottom)}`);
      expect(m.mapShare).toBeGreaterThanOrEqual(1 / 3);
      expect(m.dateBottom).toBeLessThanOrEqual(h);
      expect(m.sliderBottom).toBeLessThanOrEqual(h);
      expect(m.pastRight).toEqual([]);
      // Search hides behind an icon on portrait phones.
      if (w < 640) expect(await page.locator('.search__input').count()).toBe(0);

      await page.goto(withMapHook(`${baseUrl}?date=2017-09&j=${HARRIS}`));
      await waitForMapComplete(page);
      const s = await selectionFigures(page);
      console.log(`${w}×${h} phone with Harris open: ${(s.uncoveredShare * 100).toFixed(0)}% of the screen is uncovered map, centre on it: ${s.onUncovered}`);
      expect(s.onUncovered).toBe(true);
      expect(s.uncoveredShare).toBeGreaterThanOrEqual(0.12);
      await page.context().close();
    });
  }

  it('390×844: the sheet opens at half height; its handle taps and drags to full height and back', async () => {
    const page = await openAt(390, 844, `date=2017-09&j=${HARRIS}`, true);
    const sheet = page.locator('.layout__panel');
    const height = async () => (await sheet.boundingBox())!.height;
    await page.locator('.detail-panel__name').waitFor({ state: 'visible' });
    const half = await height();
    expect(half).toBeGreaterThan(844 * 0.4);
    expect(half).toBeLessThan(844 * 0.6);
    const handle = page.locator('.sheet-handle');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await handle.tap();
    await expect.poll(height).toBeGreaterThan(844 * 0.9);
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await handle.tap();
    await expect.poll(height).toBeLessThan(844 * 0.6);
    // A drag: press on the handle, move up 200 px, release.
    const box = (await handle.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(x, y - i * 40);
    await page.mouse.up();
    await expect.poll(height).toBeGreaterThan(844 * 0.9);
    // And down again.
    const top = (await handle.boundingBox())!;
    await page.mouse.move(x, top.y + top.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(x, top.y + top.height / 2 + i * 40);
    await page.mouse.up();
    await expect.poll(height).toBeLessThan(844 * 0.6);
    await page.context().close();
  });
});

describe('presentation mode', () => {
  for (const [w, h] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`${w}×${h}: map, big date, legend and slider fit; nothing past the right edge`, async () => {
      const page = await openAt(w, h, 'date=2017-09&mode=present&lists=1');
      const m = await measure(page, w);
      const bigDate = await page.locator('.present-bar__date').boundingBox();
      const legend = await page.locator('.legend').boundingBox();
      console.log(`present ${w}×${h}: map ${(m.mapShare * 100).toFixed(0)}% of the screen, slider bottom ${Math.round(m.sliderBottom)}`);
      expect(m.mapShare).toBeGreaterThanOrEqual(0.35);
      expect(m.sliderBottom).toBeLessThanOrEqual(h);
      expect(bigDate!.y + bigDate!.height).toBeLessThanOrEqual(h);
      expect(legend!.y + legend!.height).toBeLessThanOrEqual(h);
      expect(m.pastRight).toEqual([]);
      const dateSize = await page.locator('.present-bar__date').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(dateSize).toBeGreaterThanOrEqual(h >= 1080 ? 48 : 36);
      await page.context().close();
    });
  }
});

describe('fixed-size embeds (a plain iframe, no resize script)', () => {
  for (const [w, h] of EMBEDS) {
    it(`${w}×${h}: map, date, slider and the "full map" link visible without scrolling inside the frame`, async () => {
      const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${host.url}/embed-${w}x${h}.html`);
      await page.waitForFunction(() => document.querySelector('iframe') !== null);
      const frame = (await (await page.$('iframe'))!.contentFrame())!;
      await frame.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, undefined, { timeout: 45_000, polling: 100 });
      const m = await measure(frame, w);
      const scroll = await frame.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
      const link = await frame.evaluate(() => {
        const a = document.querySelector<HTMLAnchorElement>('.embed-credit a');
        const r = a?.getBoundingClientRect();
        return { bottom: r?.bottom ?? Infinity, href: a?.href ?? '' };
      });
      console.log(`embed ${w}×${h}: map ${(m.mapShare * 100).toFixed(0)}% of the frame, slider bottom ${Math.round(m.sliderBottom)}, overflow ${scroll}px`);
      expect(m.viewport).toEqual({ width: w, height: h });
      expect(scroll).toBeLessThanOrEqual(1);
      expect(m.mapShare).toBeGreaterThanOrEqual(0.2);
      expect(m.dateBottom).toBeLessThanOrEqual(h);
      expect(m.sliderBottom).toBeLessThanOrEqual(h);
      expect(link.bottom).toBeLessThanOrEqual(h + 1);
      // The standalone page at the same view.
      expect(link.href).toContain('date=2017-09');
      expect(link.href).not.toContain('embed=1');
      expect(m.pastRight).toEqual([]);
      // The legend is compact: one line.
      const legend = await frame.locator('.legend__items').boundingBox();
      expect(legend!.height).toBeLessThan(40);
      await context.close();
    }, 120_000);
  }
});

describe('the guided tour in presentation mode (issue 15, the teacher)', () => {
  for (const [w, h, zoom] of [
    [1280, 720, 1],
    [1920, 1080, 2],
  ] as const) {
    it(`${w}×${h}${zoom > 1 ? ` at ${zoom * 100}% zoom` : ''}: every caption fully on screen and unclipped; step 1 outlines and labels its place at once`, async () => {
      const context = await browser.newContext({ viewport: { width: w / zoom, height: h / zoom }, deviceScaleFactor: zoom, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(withMapHook(`${baseUrl}?mode=present`));
      await waitForMapComplete(page);
      await page.keyboard.press('t');
      await page.locator('.tour-panel__title').waitFor();
      await waitForMapIdle(page);
      // Step 1 at once: its place named on the map, inside the map.
      const label = await page.locator('.tour-focus-label').boundingBox();
      const map = (await page.locator(MAP_CANVAS_SELECTOR).boundingBox())!;
      expect(label).not.toBeNull();
      expect(label!.x).toBeGreaterThanOrEqual(map.x);
      expect(label!.x + label!.width).toBeLessThanOrEqual(map.x + map.width);
      expect(label!.y).toBeGreaterThanOrEqual(map.y);
      const total = Number((await page.locator('.tour-panel__counter').innerText()).match(/(\d+)\D*$/)![1]);
      for (let i = 1; i <= total; i++) {
        const f = await page.evaluate(() => {
          const panel = document.querySelector('.tour-panel')!;
          const p = panel.getBoundingClientRect();
          const cap = document.querySelector('.tour-panel__caption')!.getBoundingClientRect();
          const next = document.querySelector('.tour-panel__nav')!.getBoundingClientRect();
          return { capTop: cap.top, capBottom: cap.bottom, panelBottom: p.bottom, navBottom: next.bottom, vh: innerHeight, hidden: panel.scrollHeight - panel.clientHeight };
        });
        expect(f.capBottom, `step ${i}`).toBeLessThanOrEqual(Math.min(f.panelBottom, f.vh) + 0.5);
        expect(f.navBottom, `step ${i}`).toBeLessThanOrEqual(f.vh);
        expect(f.hidden, `step ${i}`).toBeLessThanOrEqual(1);
        await page.keyboard.press('ArrowRight');
      }
      // Esc closes the tour and stays in presentation mode.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.tour-panel').count()).toBe(0);
      expect(await page.locator('.present-bar').count()).toBe(1);
      await context.close();
    }, 120_000);
  }
});
