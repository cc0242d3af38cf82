/**
 * Issue 2, in a real browser against the built site (dist/): the map draws, the timeline recolours
 * counties, a click opens the county's sourced details, a shared link restores the view, the Albers
 * layout puts Alaska, Hawaii and Puerto Rico in insets, and nothing errs or leaves 127.0.0.1.
 *
 * Colours are read from screenshots of the map canvas (helpers/png.ts) at points well inside a
 * county, found by projecting its geometry from dist/data through the map (helpers/geo.ts); the
 * expected colour is the category colour of src/domain/categories.ts for the county's status on
 * the day, from dist/data/status.json. Waiting is on the map's own signals (helpers/map.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATEGORY_COLORS, type Category } from '../../src/domain/categories';
import { localToday } from '../../src/domain/dates';
import { launchChromium, openPage } from './chromium';
import {
  builtData,
  categoryOn,
  colourOn,
  featureOf,
  interiorLonLat,
  interiorPoint,
  jurisdiction,
  largestCountyOf,
  screenBox,
  type InteriorPoint,
} from './helpers/geo';
import { canvasImage, jumpTo, mapCamera, mapCanvas, waitForMapComplete, waitForMapIdle, withMapHook } from './helpers/map';
import { colourDistance, countColour, distinctColours, hexToRgba, nearestColour, pixelAt, rgbaToHex, type DecodedPng } from './helpers/png';

const baseUrl = inject('baseUrl');
const VIEWPORT = { width: 1400, height: 1000 };
/** Per-channel tolerance for a county fill read back from the screen. */
const TOLERANCE = 8;

const CLARK = '32003'; // Clark County, NV: 287(g) until the LVMPD ended it (2019-10-22), again from 2025
const LOS_ANGELES = '06037'; // Los Angeles County, CA: SB 54 from 2018-01-01
const HARRIS = '48201'; // Harris County, TX: 287(g) agreements 2008-2017

let browser: Browser;

interface Opened {
  page: Page;
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
}
const opened: Opened[] = [];

/** Requests to anywhere but the test server (data:, blob: and about: URLs stay in the page). */
function leaving(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return false;
    return u.hostname !== '127.0.0.1';
  });
}

/**
 * Opens the built site at `query` in a fresh context and waits for the first complete map. With
 * `hook` (default) the page also exposes its map (bench=1) so tests can project and wait for idle.
 */
async function open(query: string, { hook = true } = {}): Promise<Opened> {
  const { page, problems } = await openPage(browser, 'about:blank', { viewport: VIEWPORT, colorScheme: 'light' });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`);
  });
  const o = { page, problems, requests };
  opened.push(o);
  const url = `${baseUrl}${query}`;
  await page.goto(hook ? withMapHook(url) : url);
  await waitForMapComplete(page);
  if (hook) await waitForMapIdle(page);
  return o;
}

function slider(page: Page) {
  return page.getByRole('slider', { name: 'Date shown on the map' });
}

async function waitForSliderText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('input[type="range"].timeline__input')?.getAttribute('aria-valuetext') === expected,
    text,
    { timeout: 10_000 },
  );
}

/** The canvas once the slider reads `text` and the map has drawn that day. */
async function canvasOn(page: Page, text: string): Promise<DecodedPng> {
  await waitForSliderText(page, text);
  await waitForMapIdle(page);
  return canvasImage(page);
}

/** The page's query parameters once the URL sync has written them (it batches, ~250 ms). */
async function waitForParams(page: Page, expected: Record<string, string | null>): Promise<URLSearchParams> {
  await page.waitForFunction(
    (want) => {
      const params = new URLSearchParams(location.search);
      return Object.entries(want).every(([k, v]) => params.get(k) === v);
    },
    expected,
    { timeout: 10_000 },
  );
  return new URL(page.url()).searchParams;
}

/** Asserts the pixels at and around `at` show `hex` (the county's fill), naming what was seen if not. */
function expectFill(image: DecodedPng, at: InteriorPoint, hex: string, label: string): void {
  expect(at.clearance, `${label}: a point well inside the county`).toBeGreaterThanOrEqual(3);
  const r = Math.min(2, Math.floor(at.clearance / 2));
  for (const [dx, dy] of [[0, 0], [-r, 0], [r, 0], [0, -r], [0, r]] as const) {
    const seen = pixelAt(image, at.x + dx, at.y + dy);
    const nearest = nearestColour(seen, CATEGORY_COLORS);
    expect(
      colourDistance(seen, hexToRgba(hex)),
      `${label} at (${at.x + dx}, ${at.y + dy}): expected ${hex}, saw ${rgbaToHex(seen)} (nearest category: ${nearest.name})`,
    ).toBeLessThanOrEqual(TOLERANCE);
  }
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  // Every page of every test: no console or page errors, no failed requests, nothing off 127.0.0.1.
  const pages = opened.splice(0);
  try {
    for (const { problems, requests } of pages) {
      expect(problems).toEqual([]);
      expect(leaving(requests)).toEqual([]);
    }
  } finally {
    for (const { page } of pages) await page.context().close();
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('the built map in Chromium', () => {
  it('draws the counties: the canvas is not blank and shows every category in use today', async () => {
    const { page } = await open('', { hook: false });
    const image = await canvasImage(page);
    expect(image.width).toBeGreaterThan(600);
    expect(image.height).toBeGreaterThan(300);
    expect(distinctColours(image, 20)).toBeGreaterThanOrEqual(6);

    // Categories of today's counties (dist/data), each of which must cover a visible area.
    const counties = builtData().index.jurisdictions.filter((j) => j.level === 'county');
    const inUse = new Set<Category>(counties.map((j) => categoryOn(j.id, localToday())));
    expect(inUse.size).toBeGreaterThanOrEqual(3);
    for (const category of inUse) {
      const pixels = countColour(image, hexToRgba(CATEGORY_COLORS[category]), TOLERANCE);
      expect(pixels, `pixels coloured ${category} (${CATEGORY_COLORS[category]})`).toBeGreaterThan(200);
    }
    // Mostly map, not background: fills cover a good part of the canvas.
    const filled = [...inUse].reduce((n, c) => n + countColour(image, hexToRgba(CATEGORY_COLORS[c]), TOLERANCE), 0);
    expect(filled / (image.width * image.height)).toBeGreaterThan(0.15);
  });

  it('shows the first map at its complete frame, drawn hidden and revealed after the GPU fence', async () => {
    const { page } = await open('', { hook: false });
    const seen = await page.evaluate(`(() => {
      const canvas = document.querySelector('.map-view__canvas canvas');
      return { webgl2: canvas.getContext('webgl2') !== null, opacity: canvas.style.opacity, mark: performance.getEntriesByName('map-complete').length };
    })()`);
    // A WebGL2 context: the reveal waits on a fence (src/map/whenGpuDone.ts), not on the compositor's readback.
    expect(seen).toEqual({ webgl2: true, opacity: '', mark: 1 });
  });

  it('recolours counties when the timeline moves (keyboard and slider)', async () => {
    // Known changes: Los Angeles County some limits → limits on 2018-01-01 (SB 54); Clark County
    // takes part (287(g)) → some limits on 2019-10-22.
    expect(categoryOn(LOS_ANGELES, '2017-12-31')).toBe('some_limits');
    expect(categoryOn(LOS_ANGELES, '2018-01-31')).toBe('limits');
    expect(categoryOn(CLARK, '2019-09-30')).toBe('participates');
    expect(categoryOn(CLARK, '2019-10-31')).toBe('some_limits');

    const { page } = await open('?date=2017-12');
    await waitForSliderText(page, 'December 31, 2017');
    const la = await interiorPoint(page, LOS_ANGELES);
    const clark = await interiorPoint(page, CLARK);
    let image = await canvasImage(page);
    expectFill(image, la, CATEGORY_COLORS.some_limits, 'Los Angeles, Dec 2017');
    expectFill(image, clark, CATEGORY_COLORS.participates, 'Clark, Dec 2017');

    // One month on with the keyboard.
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    image = await canvasOn(page, 'January 31, 2018');
    expectFill(image, la, CATEGORY_COLORS.limits, 'Los Angeles, Jan 2018');
    expectFill(image, clark, CATEGORY_COLORS.participates, 'Clark, Jan 2018');

    // Set the slider itself (an input event, as a drag makes) to September 2019, then a month on.
    const september2019 = (2019 - 1979) * 12 + 8;
    await slider(page).fill(String(september2019));
    image = await canvasOn(page, 'September 30, 2019');
    expectFill(image, clark, colourOn(CLARK, '2019-09-30'), 'Clark, Sep 2019');

    await page.keyboard.press('ArrowRight');
    image = await canvasOn(page, 'October 31, 2019');
    expectFill(image, clark, CATEGORY_COLORS.some_limits, 'Clark, Oct 2019');
    expectFill(image, la, CATEGORY_COLORS.limits, 'Los Angeles, Oct 2019');
    expect((await waitForParams(page, { date: '2019-10' })).get('date')).toBe('2019-10');
  });

  it('opens a clicked county in the panel, with its records and http(s) sources', async () => {
    // As a reader would: zoomed in on Houston (at the whole-country zoom Harris County is a few
    // pixels between city dots), on a day its sheriff's 287(g) agreement was in force.
    expect(categoryOn(HARRIS, '2016-06-30')).toBe('participates');
    const centre = interiorLonLat(HARRIS, 7);
    const { page } = await open(`?date=2016-06&at=7/${centre.lat.toFixed(4)}/${centre.lon.toFixed(4)}`);
    const harris = await interiorPoint(page, HARRIS);
    expect(harris.clearance).toBeGreaterThanOrEqual(4);
    await mapCanvas(page).click({ position: { x: harris.x, y: harris.y } });

    const panel = page.locator('section.detail-panel');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toContain(jurisdiction(HARRIS).name);
    expect(await panel.textContent()).toContain('287(g)');
    expect(await waitForParams(page, { j: HARRIS, date: '2016-06' })).toBeTruthy();

    // Sources arrive with records.json, loaded when the first panel opens.
    const links = panel.locator('.sources a');
    await links.first().waitFor({ state: 'visible', timeout: 20_000 });
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    const rels = await links.evaluateAll((as) => as.map((a) => `${(a as HTMLAnchorElement).target} ${(a as HTMLAnchorElement).rel}`));
    for (const rel of rels) expect(rel).toMatch(/^_blank .*noopener/);

    // The panel narrows the map; the clicked county is drawn selected in its own colour.
    await waitForMapIdle(page);
    const again = await interiorPoint(page, HARRIS);
    expectFill(await canvasImage(page), again, CATEGORY_COLORS.participates, 'Harris, Jun 2016, selected');
  });

  it('restores a shared view (date, selection, map position) from its URL and keeps the URL', async () => {
    // The link as the app writes it after a user zoomed to Clark County and picked a day.
    const zoom = 6.5;
    const clark = interiorLonLat(CLARK, zoom);
    const lat = Number(clark.lat.toFixed(4));
    const lon = Number(clark.lon.toFixed(4));
    const at = `${zoom}/${lat}/${lon}`;
    const shared = `?date=2019-10-22&j=${CLARK}&at=${at}`;
    // Room around the centre that is certainly Clark County at that zoom.
    const radius = Math.floor(Math.min(40, clark.clearance - 4));
    expect(radius).toBeGreaterThanOrEqual(15);

    // As a reader opens it: no test hook in the URL.
    const { page } = await open(shared, { hook: false });
    const params = new URL(page.url()).searchParams;
    expect(params.get('date')).toBe('2019-10-22');
    expect(params.get('j')).toBe(CLARK);
    expect(params.get('at')).toBe(at);

    // The slider sits on October 2019 and names the exact day of the link.
    const input = slider(page);
    expect(await input.inputValue()).toBe(String((2019 - 1979) * 12 + 9));
    expect(await input.getAttribute('aria-valuetext')).toBe('October 22, 2019');

    // The panel is open on Clark County with its status on that day.
    const panel = page.locator('section.detail-panel');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain(jurisdiction(CLARK).name);
    expect(categoryOn(CLARK, '2019-10-22')).toBe('some_limits');
    await expect.poll(() => panel.locator('.detail-panel__status-value').textContent()).toMatch(/some limits/i);
    await panel.locator('.sources a').first().waitFor({ state: 'visible', timeout: 20_000 });

    // Nothing the reader did: the URL is still the shared one.
    const after = new URL(page.url()).searchParams;
    expect(Object.fromEntries(after)).toEqual({ date: '2019-10-22', j: CLARK, at });

    // The same link with the map exposed (bench=1, which the app ignores): the camera is the one
    // in the link, and Clark County's colour fills the middle of the map.
    const hooked = await open(shared);
    await hooked.page.locator('section.detail-panel .sources a').first().waitFor({ state: 'visible', timeout: 20_000 });
    await waitForMapIdle(hooked.page);
    const camera = await mapCamera(hooked.page);
    expect(camera.zoom).toBeCloseTo(zoom, 2);
    expect(camera.lat).toBeCloseTo(lat, 3);
    expect(camera.lng).toBeCloseTo(lon, 3);
    const image = await canvasImage(hooked.page);
    const cx = image.width / 2;
    const cy = image.height / 2;
    for (const [dx, dy] of [[0, 0], [-radius, 0], [radius, 0], [0, -radius], [0, radius]] as const) {
      const seen = pixelAt(image, cx + dx, cy + dy);
      expect(colourDistance(seen, hexToRgba(CATEGORY_COLORS.some_limits)), `(${cx + dx}, ${cy + dy}) saw ${rgbaToHex(seen)}`).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it('draws the Albers layout: Alaska and Hawaii in lower-left insets, Puerto Rico lower right', async () => {
    const day = '2026-05-01';
    const { page } = await open(`?date=${day}`);
    const { width, height } = await mapCamera(page);
    const lower48 = await Promise.all(['06', '53', '23', '12', '48', '27'].map((id) => screenBox(page, featureOf(id))));
    const conus = {
      minX: Math.min(...lower48.map((b) => b.minX)),
      maxX: Math.max(...lower48.map((b) => b.maxX)),
      minY: Math.min(...lower48.map((b) => b.minY)),
      maxY: Math.max(...lower48.map((b) => b.maxY)),
    };
    const midX = (conus.minX + conus.maxX) / 2;
    const midY = (conus.minY + conus.maxY) / 2;
    const inView = (b: { minX: number; maxX: number; minY: number; maxY: number }) => b.minX >= 0 && b.maxX <= width && b.minY >= 0 && b.maxY <= height;

    const alaska = await screenBox(page, featureOf('02'));
    const hawaii = await screenBox(page, featureOf('15'));
    const puertoRico = await screenBox(page, featureOf('72'));
    for (const [name, box] of [['Alaska', alaska], ['Hawaii', hawaii], ['Puerto Rico', puertoRico]] as const) {
      expect(inView(box), `${name} is inside the map: ${JSON.stringify(box)}`).toBe(true);
      // Insets sit in the lower part of the layout, below the middle of the lower 48.
      expect((box.minY + box.maxY) / 2, `${name} lower half`).toBeGreaterThan(midY);
    }
    expect((alaska.minX + alaska.maxX) / 2).toBeLessThan(conus.minX + (conus.maxX - conus.minX) * 0.3);
    expect((hawaii.minX + hawaii.maxX) / 2).toBeLessThan(midX);
    expect((puertoRico.minX + puertoRico.maxX) / 2).toBeGreaterThan(midX);
    // Insets: Alaska is drawn far smaller than at its true size (which would dwarf Texas).
    const texas = await screenBox(page, featureOf('48'));
    expect(alaska.maxX - alaska.minX).toBeLessThan((texas.maxX - texas.minX) * 1.5);

    // And they are really drawn there, in the colour of their status on the day.
    const image = await canvasImage(page);
    const samples: [string, string][] = [
      ['02290', 'Yukon-Koyukuk Census Area, AK'],
      ['02185', 'North Slope Borough, AK'],
      ['15001', 'Hawaii County, HI'],
    ];
    for (const [id, label] of samples) expectFill(image, await interiorPoint(page, id), colourOn(id, day), label);

    // Puerto Rico's municipios are a few pixels at this zoom: zoom in on its largest one, where
    // the layout put it, and check that it is drawn there too.
    const municipio = largestCountyOf('72');
    const centre = interiorLonLat(municipio, 8);
    await jumpTo(page, { lng: centre.lon, lat: centre.lat, zoom: 8 });
    const at = await interiorPoint(page, municipio);
    expectFill(await canvasImage(page), at, colourOn(municipio, day), `${jurisdiction(municipio).name}, PR`);
  });

  it('loads without console errors and never requests anything off 127.0.0.1', async () => {
    const { page, problems, requests } = await open('', { hook: false });
    // Use it: open a county (loads records.json), step the timeline, switch layers.
    await slider(page).focus();
    await page.keyboard.press('PageDown');
    await page.getByRole('radio', { name: 'States' }).check();
    await page.getByRole('radio', { name: 'Counties' }).check();
    const box = await mapCanvas(page).boundingBox();
    expect(box).not.toBeNull();
    await mapCanvas(page).click({ position: { x: box!.width / 2, y: box!.height / 2 } });
    await page.locator('section.detail-panel').waitFor({ state: 'visible', timeout: 10_000 });
    await page.locator('section.detail-panel .record, section.detail-panel .panel-section__empty').first().waitFor({ timeout: 20_000 });

    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.some((u) => /data\/records\.[0-9a-f]{10}\.json$/.test(u))).toBe(true); // content-addressed name
    expect(leaving(requests)).toEqual([]);
  });
});
