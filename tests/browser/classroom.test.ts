/**
 * Issue 4 in a real browser, against the built dist/: play (the date advances and stops at the
 * end, never by itself), presentation-mode keys, a tour step changing the date and the map's
 * focus, the Embed dialog's code reproducing the view, and a PNG export that is a real image of
 * the map (decoded, with many colours and the category colours in it).
 */
import { distDataFile } from './helpers/dist-data';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CATEGORY_COLORS } from '../../src/domain/categories';
import { openPage } from './chromium';
import { sharedBrowser } from './helpers/browser';
import { jurisdiction } from './helpers/geo';
import { mapCamera, waitForMapHook, withMapHook } from './helpers/map';
import { countColour, decodePng, distinctColours, hexToRgba } from './helpers/png';
import { waitForMapDrawn } from './page-checks';
import { serveStatic } from './static-server';
import { openDownloadMenu, toolbarButton } from './helpers/toolbar';

const baseUrl = inject('baseUrl');

const browser = sharedBrowser();

const slider = (page: Page) => page.locator('.timeline__input');
const shownDate = async (page: Page) => (await slider(page).getAttribute('aria-valuetext')) ?? '';
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function open(url: string, viewport = { width: 1200, height: 800 }) {
  const watched = await openPage(browser(), url, { viewport, acceptDownloads: true });
  await waitForMapDrawn(watched.page);
  return watched;
}

describe('play', () => {
  it('does not start by itself; advances the date and stops at the end', async () => {
    const { page, problems } = await open(`${baseUrl}?date=2021-01`, { width: 900, height: 650 });
    await page.waitForTimeout(1200);
    expect(await shownDate(page)).toBe('January 31, 2021');

    const max = await slider(page).getAttribute('max');
    await page.getByRole('button', { name: 'Play the timeline from this date' }).click();
    await page.waitForFunction(() => document.querySelector('.timeline__input')?.getAttribute('aria-valuetext') !== 'January 31, 2021');
    expect(await page.getByRole('button', { name: 'Pause the timeline' }).isVisible()).toBe(true);
    // Whole range in ~15 s at normal speed: from 2021 to today takes a few seconds.
    await page.getByRole('button', { name: /Play the timeline from the beginning/ }).waitFor({ timeout: 15_000 });
    expect(await slider(page).inputValue()).toBe(max);
    const end = await shownDate(page);
    await page.waitForTimeout(800);
    expect(await shownDate(page)).toBe(end);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('presentation mode', () => {
  it('keys: ← → step, Space plays and pauses, T opens the tour, Esc leaves', async () => {
    const { page, problems } = await open(`${baseUrl}?date=2010-01&mode=present`, { width: 1280, height: 720 });
    expect(await page.locator('.app[data-mode="present"]').count()).toBe(1);
    const bigDate = page.locator('.present-bar__date');
    expect(await bigDate.innerText()).toContain('January 31, 2010');
    // Readable from the back of a room: the date is set far larger than body text.
    const size = await bigDate.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThan(40);
    expect(await page.locator('.classroom-bar').isVisible()).toBe(false);

    await page.keyboard.press('ArrowRight');
    expect(await shownDate(page)).toBe('January 31, 2011');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await shownDate(page)).toBe('December 31, 2010');

    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.timeline__input')?.getAttribute('aria-valuetext') !== 'December 31, 2010');
    await page.keyboard.press('Space');
    const paused = await shownDate(page);
    await page.waitForTimeout(700);
    expect(await shownDate(page)).toBe(paused);

    await page.keyboard.press('t');
    await page.locator('.tour-panel[data-step]').waitFor();
    expect(await page.locator('.tour-panel__counter').innerText()).toMatch(/Step 1 of \d+/i);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /Step 2 of/i.test(document.querySelector('.tour-panel__counter')?.textContent ?? ''));

    // With the tour open Esc closes the tour and stays in presentation mode (src/present/keys.ts); Esc again leaves.
    await page.keyboard.press('Escape');
    await page.locator('.tour-panel[data-step]').waitFor({ state: 'detached' });
    expect(await page.locator('.app[data-mode="present"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.app[data-mode="present"]') === null);
    await page.waitForFunction(() => !location.search.includes('mode=present'));
    expect(await page.locator('.classroom-bar').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('guided tour', () => {
  it('a step changes the date and flies the map to its focus', async () => {
    const { page, problems } = await open(withMapHook(`${baseUrl}?date=2020-01`), { width: 1000, height: 700 });
    await waitForMapHook(page);
    const tour = JSON.parse(readFileSync(distDataFile('tour.json'), 'utf8')) as { steps: { id: string; date: string; focus: unknown }[] };
    const nyc = tour.steps.findIndex((s) => JSON.stringify(s.focus).includes('NY-new-york'));
    expect(nyc).toBeGreaterThan(0);

    await (await toolbarButton(page, /^Guided tour/)).click();
    await page.locator('.tour-panel[data-step]').waitFor();
    for (let i = 0; i < nyc; i++) await page.getByRole('button', { name: /Next/ }).click();
    const step = tour.steps[nyc]!;
    expect(await page.locator('.tour-panel').getAttribute('data-step')).toBe(step.id);
    const [y, m, d] = step.date.split('-').map(Number) as [number, number, number];
    const expected = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    await page.waitForFunction((text) => document.querySelector('.timeline__input')?.getAttribute('aria-valuetext') === text, expected);

    // The camera ends centred on New York City's point (layout coordinates), zoomed in; the URL
    // carries the new position, so Share and Embed reproduce it.
    const point = jurisdiction('NY-new-york').point!;
    await page.waitForFunction(
      ([x, yy]) => {
        const map = (window as unknown as { __icemap: { map: import('maplibre-gl').Map } }).__icemap.map;
        const c = map.getCenter();
        return !map.isMoving() && Math.abs(c.lng - x) < 0.05 && Math.abs(c.lat - yy) < 0.05;
      },
      point,
      { timeout: 20_000 },
    );
    expect((await mapCamera(page)).zoom).toBeGreaterThan(5);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('at') !== null);
    expect(searchParam(page, 'date')).toBe(step.date.slice(0, 7));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('embed dialog', () => {
  it('gives iframe code that reproduces the current view', async () => {
    const view = `${baseUrl}?date=2014-12&j=48201&layer=states&lang=es&at=4.5/33/-97`;
    const { page, problems } = await open(view, { width: 1100, height: 800 });
    const legend = await page.locator('.legend__caption').innerText();
    await (await toolbarButton(page, /^Insertar/)).click();
    const code = await page.locator('.embed-form__code').inputValue();
    expect(code).toMatch(/^<iframe title="[^"]+" src="/);
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    const params = new URL(src).searchParams;
    // The map pans so the selected place stays beside the open panel (issue 10): the code carries the
    // position the reader now sees, the one in the page's own address.
    const shownAt = await page.evaluate(() => new URLSearchParams(location.search).get('at'));
    expect(shownAt).toMatch(/^4\.5\//);
    expect(Object.fromEntries(params)).toEqual({ date: '2014-12', j: '48201', lang: 'es', layer: 'states', embed: '1', at: shownAt });

    // Paste the code into a page: the embedded map shows the same date, layer, language and place.
    const host = await page.context().newPage();
    await host.setContent(`<!doctype html><html><body style="margin:0"><div style="max-width:700px">${code}</div></body></html>`);
    const frame = (await (await host.$('iframe'))!.contentFrame())!;
    await waitForMapDrawn(frame);
    expect(await frame.locator('.legend__caption').innerText()).toBe(legend);
    expect(await frame.locator('.timeline__input').getAttribute('aria-valuetext')).toBe(await shownDate(page));
    expect(await frame.locator('html').getAttribute('lang')).toBe('es');
    // The responsive snippet resized the frame to its content.
    await host.waitForFunction(() => {
      const f = document.querySelector('iframe')!;
      const inner = f.contentDocument; // cross-origin: null; compare with the posted size instead
      return inner === null && parseFloat(f.style.height) > 400;
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('PNG export', () => {
  it('downloads a non-blank image of the map with its title, legend and credit', async () => {
    const { page, problems } = await open(`${baseUrl}?date=2018-01`, { width: 1100, height: 800 });
    await openDownloadMenu(page);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: /Map image \(PNG\)/ }).click()]);
    expect(download.suggestedFilename()).toBe('ice-cooperation-map-2018-01-31.png');
    const png = decodePng(readFileSync(await download.path()));
    const canvas = await page.locator('canvas.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
    // Wider and taller than the map: margins, title, legend and credit around it.
    expect(png.width).toBeGreaterThan(canvas.width);
    expect(png.height).toBeGreaterThan(canvas.height + 100);
    expect(distinctColours(png, 20)).toBeGreaterThan(20);
    // The map itself is in it, not a blank canvas: large areas in the category colours.
    expect(countColour(png, hexToRgba(CATEGORY_COLORS.requires), 4)).toBeGreaterThan(5000);
    expect(countColour(png, hexToRgba(CATEGORY_COLORS.limits), 4)).toBeGreaterThan(5000);
    expect(countColour(png, hexToRgba(CATEGORY_COLORS.none), 4)).toBeGreaterThan(5000);
    await page.getByText(/Downloaded ice-cooperation-map-2018-01-31\.png/).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
    // The image is the whole map at print resolution (about 2,500 × 1,900 px): decoding and
    // counting its pixels in JavaScript takes a while on a busy machine.
  }, 150_000);
});

describe('static build from a sub-path', () => {
  it('works when dist/ is copied to any folder of a static host', async () => {
    // /news/graphics/ice-map/ on a host that serves other things at its root.
    const root = mkdtempSync(join(tmpdir(), 'ice-host-'));
    mkdirSync(join(root, 'news', 'graphics'), { recursive: true });
    symlinkSync(resolve('dist'), join(root, 'news', 'graphics', 'ice-map'), 'dir');
    const server = await serveStatic(root);
    try {
      const base = `${server.url}/news/graphics/ice-map/`;
      const { page, problems } = await open(`${base}?date=2018-01`, { width: 1000, height: 700 });
      expect(await shownDate(page)).toBe('January 31, 2018');
      // Data files, the tour and downloads resolve under the sub-path.
      await (await toolbarButton(page, /^Guided tour/)).click();
      await page.locator('.tour-panel[data-step]').waitFor();
      await openDownloadMenu(page);
      const records = page.getByRole('link', { name: /All records/ });
      const href = await records.evaluate((a: HTMLAnchorElement) => a.href);
      expect(href).toBe(`${base}data/records.csv`);
      expect((await page.request.get(href)).status()).toBe(200);
      // Share and embed links point at the sub-path too.
      await openDownloadMenu(page);
      await (await toolbarButton(page, /^Embed/)).click();
      const code = await page.locator('.embed-form__code').inputValue();
      expect(code).toContain(`src="${base}?date=`);
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
