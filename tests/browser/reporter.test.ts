/**
 * Issue 15, the reporter, against the built dist/: what a reporter does, step by step.
 *
 * - Searches Cook County, clicks Share, opens the copied link: the map opens on Cook County, framed.
 * - Downloads "status on a date" CSVs: the columns describe that date (no federal list in 2015;
 *   Nevada and Baltimore County off the DOJ list after their removals), county rows carry their FIPS
 *   and every row its state; the menu closes and the status names the file just downloaded (the
 *   records CSV too).
 * - Downloads the PNG: print resolution, and the country with its insets inside the frame (no
 *   state touching the frame's edges).
 * - Takes the embed code: the "Resize automatically" box is drawn; the height is measured; a host
 *   without the script shows the whole content (Play and the timeline); the frame title names a
 *   date only when the address carries one.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CATEGORY_COLORS } from '../../src/domain/categories';
import { openPage } from './chromium';
import { sharedBrowser } from './helpers/browser';
import { mapCamera, waitForMapHook, withMapHook } from './helpers/map';
import { countColour, decodePng, type DecodedPng, hexToRgba, pixelAt, colourDistance, type Rgba } from './helpers/png';
import { waitForMapDrawn } from './page-checks';
import { serveStatic } from './static-server';
import { openDownloadMenu, toolbarButton } from './helpers/toolbar';
import { distDataFile } from './helpers/dist-data';

const baseUrl = inject('baseUrl');

const browser = sharedBrowser();

async function open(url: string, viewport = { width: 1200, height: 800 }) {
  const watched = await openPage(browser(), url, { viewport, acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  await waitForMapDrawn(watched.page);
  return watched;
}

async function downloadFrom(page: Page, item: ReturnType<Page['getByRole']>) {
  await openDownloadMenu(page);
  // The PNG renders the whole map at 2x in software WebGL: seconds on a busy machine.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), item.click()]);
  return download;
}

async function statusCsv(page: Page): Promise<Record<string, string>[]> {
  const download = await downloadFrom(page, page.getByRole('button', { name: /status on .*\(CSV\)/i }));
  return parse(readFileSync(await download.path()), { columns: true }) as Record<string, string>[];
}

describe('share', () => {
  it('after searching Cook County, the link opens on Cook County framed, not the whole country', async () => {
    const { page, problems } = await open(withMapHook(baseUrl));
    await waitForMapHook(page);
    const whole = await mapCamera(page);
    await page.locator('.search__input').fill('Cook County');
    await page.getByRole('option', { name: /Cook/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('at') !== null, undefined, { timeout: 20_000 });
    await page.waitForFunction(() => !(window as unknown as { __icemap: { map: import('maplibre-gl').Map } }).__icemap.map.isMoving());
    const framed = await mapCamera(page);
    expect(framed.zoom).toBeGreaterThan(whole.zoom + 2);

    await (await toolbarButton(page, /^Share/)).click();
    await page.getByText(/Link copied/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const params = new URL(link).searchParams;
    expect(params.get('j')).toBe('17031');
    expect(params.get('at')).not.toBeNull();

    const other = await open(withMapHook(link));
    await waitForMapHook(other.page);
    const opened = await mapCamera(other.page);
    expect(Math.abs(opened.zoom - framed.zoom)).toBeLessThan(0.05);
    expect(Math.abs(opened.lng - framed.lng)).toBeLessThan(0.01);
    expect(Math.abs(opened.lat - framed.lat)).toBeLessThan(0.01);
    await other.page.getByRole('heading', { name: /Cook/ }).first().waitFor();
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  }, 150_000);
});

describe('downloads', () => {
  it('status on a date: each column means what it says on that date; the menu closes and names the right file', async () => {
    const { page, problems } = await open(`${baseUrl}?date=2015-06`);
    const old = await statusCsv(page);
    expect(await page.locator('.download-menu').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await page.getByText('Downloaded ice-cooperation-status-2015-06-30.csv').waitFor();
    expect(old.filter((r) => r.federal_lists !== '')).toEqual([]);
    const counties = old.filter((r) => r.level === 'county');
    expect(counties.length).toBeGreaterThan(3000);
    expect(counties.filter((r) => r.county_fips !== r.id)).toEqual([]);
    const harris = counties.filter((r) => r.name === 'Harris').map((r) => `${r.name}, ${r.state_name} (${r.state_code})`);
    expect(harris.sort()).toEqual(['Harris, Georgia (GA)', 'Harris, Texas (TX)']);
    // No record that starts after the file's date.
    const records = JSON.parse(readFileSync(distDataFile('records.json'), 'utf8')) as { records: Record<string, { effective: string; end?: string }> };
    for (const row of old) {
      for (const id of row.record_ids ? row.record_ids.split(';') : []) {
        const r = records.records[id]!;
        expect(r.effective <= '2015-06-30' && (r.end === undefined || '2015-06-30' < r.end), `${row.id}: ${id}`).toBe(true);
      }
    }

    // The records CSV: the menu closes and the status names that file, not the previous one.
    const download = await downloadFrom(page, page.getByRole('link', { name: /All records/ }));
    expect(download.suggestedFilename()).toBe('ice-cooperation-records.csv');
    await page.getByText('Downloaded ice-cooperation-records.csv').waitFor();
    expect(await page.locator('.download-menu').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();

    const lists = async (date: string) => {
      const watched = await open(`${baseUrl}?date=${date}`);
      const rows = await statusCsv(watched.page);
      await watched.page.context().close();
      return (id: string) => rows.find((r) => r.id === id)!.federal_lists;
    };
    const before = await lists('2025-09-25');
    expect([before('32'), before('24005')]).toEqual(['doj-2025-08-05', 'doj-2025-08-05']);
    const after = await lists('2025-11-01');
    expect([after('32'), after('24005')]).toEqual(['', '']);
  }, 180_000);

  it('PNG: the whole map with its insets, at print resolution', async () => {
    // Zoomed in on Texas: the export still shows the whole country.
    const { page, problems } = await open(`${baseUrl}?date=2018-01&at=5.5/31/-99`, { width: 1000, height: 700 });
    const download = await downloadFrom(page, page.getByRole('button', { name: /Map image \(PNG\)/ }));
    const png = decodePng(readFileSync(await download.path()));
    expect(png.width).toBeGreaterThanOrEqual(2 * 1200);
    const rule = hexToRgba(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--rule').trim() || '#dcdcdc'));
    const frame = mapFrame(png, rule);
    // Nothing of the map touches the frame: a state cut off at an edge would.
    const inset = 6;
    const colours = Object.values(CATEGORY_COLORS).map(hexToRgba);
    const touches = (x: number, y: number) => colours.some((c) => colourDistance(pixelAt(png, x, y), c) <= 6);
    const edge: string[] = [];
    for (let x = frame.left + inset; x < frame.right - inset; x++) {
      if (touches(x, frame.top + inset)) edge.push(`top ${x}`);
      if (touches(x, frame.bottom - inset)) edge.push(`bottom ${x}`);
    }
    for (let y = frame.top + inset; y < frame.bottom - inset; y++) {
      if (touches(frame.left + inset, y)) edge.push(`left ${y}`);
      if (touches(frame.right - inset, y)) edge.push(`right ${y}`);
    }
    expect(edge).toEqual([]);
    expect(countColour(png, hexToRgba(CATEGORY_COLORS.requires), 4)).toBeGreaterThan(20_000);
    // The live map went back to where the reader had it.
    expect(new URL(page.url()).searchParams.get('at')).toBe('5.5/31/-99');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 150_000);
});

/** The map's frame in the PNG: the rows and columns where a long run of the rule colour is drawn. */
function mapFrame(png: DecodedPng, rule: Rgba): { top: number; bottom: number; left: number; right: number } {
  const isRule = (x: number, y: number) => colourDistance(pixelAt(png, x, y), rule) <= 6;
  const rows: number[] = [];
  for (let y = 0; y < png.height; y++) {
    let run = 0;
    for (let x = 0; x < png.width; x++) if (isRule(x, y)) run++;
    if (run > png.width * 0.8) rows.push(y);
  }
  const top = rows[0]!;
  const bottom = rows.at(-1)!;
  const middle = Math.round((top + bottom) / 2);
  let left = 0;
  while (left < png.width && !isRule(left, middle)) left++;
  let right = png.width - 1;
  while (right > 0 && !isRule(right, middle)) right--;
  expect(bottom - top).toBeGreaterThan(1000);
  return { top, bottom, left, right };
}

describe('embed code', () => {
  it('draws the resize box, measures the height, and a host without the script cuts nothing off', async () => {
    const { page, problems } = await open(`${baseUrl}?date=2017-09&j=48201`);
    await openDownloadMenu(page);
    await (await toolbarButton(page, /^Embed/)).click();
    const box = await page.locator('.embed-form .check__box').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(16);
    expect(await page.getByRole('checkbox', { name: /Resize automatically/ }).isChecked()).toBe(true);

    // Title and address agree: "this date" carries the date, "always the latest" names none.
    let code = await page.locator('.embed-form__code').inputValue();
    expect(code).toMatch(/title="[^"]*September 30, 2017"/);
    expect(code).toContain('date=2017-09');
    await page.getByRole('radio', { name: /Always the latest/ }).check();
    code = await page.locator('.embed-form__code').inputValue();
    expect(code).not.toContain('date=');
    expect(code).not.toMatch(/title="[^"]*\d{4}"/);
    await page.getByRole('radio', { name: /This date/ }).check();

    // Measured at 600 px, the width of the host's column below.
    await page.getByLabel(/Width of your page/).fill('600');
    await page.getByText(/Measured: the content is \d+ px tall at 600 px wide/).waitFor({ timeout: 40_000 });
    const height = Number(await page.getByLabel(/^Height/).inputValue());
    code = await page.locator('.embed-form__code').inputValue();
    expect(code).toContain(`height="${height}"`);

    // A host that keeps the iframe but drops the script (scrolling="no" stays).
    const frameOnly = code.replace(/<script>[\s\S]*<\/script>/, '');
    expect(frameOnly).toContain('scrolling="no"');
    const host = await serveStatic('tests/fixtures/does-not-exist', {
      '/host.html': `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"><style>body{margin:0}main{width:600px}</style></head><body><main>${frameOnly}</main></body></html>`,
    });
    try {
      const hosted = await openPage(browser(), `${host.url}/host.html`, { viewport: { width: 800, height: 1400 } });
      await hosted.page.waitForFunction(() => document.querySelector('iframe') !== null);
      const frame = (await (await hosted.page.$('iframe'))!.contentFrame())!;
      await waitForMapDrawn(frame);
      const fit = await frame.evaluate(() => {
        const play = document.querySelector('.timeline button')!.getBoundingClientRect();
        const slider = document.querySelector('.timeline__input')!.getBoundingClientRect();
        return { inner: window.innerHeight, content: Math.ceil(document.body.getBoundingClientRect().height), play: play.bottom, slider: slider.bottom };
      });
      expect(fit.inner).toBe(height);
      expect(fit.content).toBeLessThanOrEqual(height);
      expect(fit.play).toBeLessThanOrEqual(height);
      expect(fit.slider).toBeLessThanOrEqual(height);
      await hosted.page.context().close();
    } finally {
      await host.close();
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 150_000);
});
