/**
 * Issue 7, part 6, against the built site (dist/): faults never leave a blank page.
 * - A data file that fails (HTTP 500, a dropped connection) or is corrupt (truncated JSON, an HTML
 *   error page, the wrong shape, the wrong version) shows a clear message naming the file, with a
 *   Retry that recovers once the file is served again. The same for records.json in the panel.
 * - Without WebGL (Chromium with --disable-webgl --disable-3d-apis) the page explains why there is
 *   no map and shows the table view instead (once the table is in the build), still usable.
 * The error boundary for render errors is covered by src/app/ErrorBoundary.app.test.tsx.
 */
import { distDataFile } from './helpers/dist-data';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RecordIndex, StatusIndex } from '../../src/domain/dataset';
import { launchChromium, openPage, type WatchedPage } from './chromium';
import { injectionSigns, MAP_CANVAS, rootText, settle, waitForMapDrawn } from './page-checks';

const baseUrl = inject('baseUrl');
const DIST = join(process.cwd(), 'dist');
// Content-addressed names (data/status.<hash>.json).
const STATUS = '**/data/status.*.json';
const MAP = '**/data/map.topo.*.json';
const RECORDS = '**/data/records.*.json';

const realStatus = readFileSync(distDataFile('status.json'), 'utf8');
const realRecords = readFileSync(distDataFile('records.json'), 'utf8');
/** The citation of Los Angeles County's first record, as the panel shows it once records load. */
const LA_CITATION: string = (() => {
  const status = JSON.parse(realStatus) as StatusIndex;
  const records = JSON.parse(realRecords) as RecordIndex;
  const id = status.jurisdictions.find((j) => j.id === '06037')!.recordIds[0]!;
  return records.records[id]!.citation;
})();

function json(body: unknown) {
  return (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** Failed requests are expected here; anything else (page errors, other console errors, CSP) is not. */
function unexpected(problems: readonly string[]): string[] {
  return problems.filter((p) => !/^console: Failed to load resource/.test(p));
}

function bundleContains(text: string): boolean {
  const assets = join(DIST, 'assets');
  return readdirSync(assets).some((f) => /\.m?js$/.test(f) && readFileSync(join(assets, f), 'utf8').includes(text));
}

interface Fault {
  name: string;
  url: string;
  respond(route: Route): Promise<void>;
  /** What the message's details must say (the file, and the status or version where known). */
  detail: RegExp;
}

const FAULTS: Fault[] = [
  { name: 'status.json answers HTTP 500', url: STATUS, respond: (r) => r.fulfill({ status: 500, body: 'Internal Server Error' }), detail: /status\.json.*500/ },
  { name: 'map.topo.json answers HTTP 404', url: MAP, respond: (r) => r.fulfill({ status: 404, body: 'not found' }), detail: /map\.topo\.json.*404/ },
  { name: 'status.json: the connection fails', url: STATUS, respond: (r) => r.abort('failed'), detail: /status\.json/ },
  { name: 'map.topo.json: the connection is reset', url: MAP, respond: (r) => r.abort('connectionreset'), detail: /map\.topo\.json/ },
  { name: 'status.json is truncated', url: STATUS, respond: json(realStatus.slice(0, Math.floor(realStatus.length / 2))), detail: /status\.json/ },
  { name: 'status.json is empty', url: STATUS, respond: json(''), detail: /status\.json/ },
  {
    name: 'status.json is an HTML error page with status 200',
    url: STATUS,
    respond: (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Error</title><img src=x onerror=alert(1)><script>alert(1)</script>' }),
    detail: /status\.json/,
  },
  { name: 'status.json is an array', url: STATUS, respond: json([]), detail: /status\.json/ },
  {
    name: 'status.json has fields of the wrong type',
    url: STATUS,
    respond: json({ version: 1, asOf: 20260101, timelineStart: null, jurisdictions: {}, changeDays: 'x', events: null, federalLists: 1 }),
    detail: /status\.json/,
  },
  {
    name: 'status.json has broken jurisdiction entries',
    url: STATUS,
    respond: json({ ...JSON.parse(realStatus), jurisdictions: [null, 42, 'x', { id: '<img src=x onerror=alert(1)>' }, { id: '06037', intervals: 'never' }] }),
    detail: /status\.json/,
  },
  { name: 'status.json is from another data version', url: STATUS, respond: json({ ...JSON.parse(realStatus), version: 999 }), detail: /999/ },
  { name: 'map.topo.json is not a topology', url: MAP, respond: json({ type: 'Topology', objects: {}, arcs: [] }), detail: /map\.topo\.json/ },
  {
    // Passes the loader's top-level checks and fails while building the geometry: still the
    // message and Retry (its detail is the error's own text), never a blank page.
    name: 'map.topo.json has broken geometries',
    url: MAP,
    respond: json({
      type: 'Topology',
      arcs: [],
      objects: { states: { type: 'GeometryCollection', geometries: [null] }, counties: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: 7 }] } },
    }),
    detail: /./,
  },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openWith(url: string, route?: { url: string; respond(route: Route): Promise<void> }): Promise<WatchedPage> {
  const watched = await openPage(browser, 'about:blank');
  if (route !== undefined) await watched.page.route(route.url, (r) => route.respond(r));
  await watched.page.goto(url);
  return watched;
}

describe('a data file that fails or is corrupt', () => {
  it.each(FAULTS.map((f) => [f.name, f] as const))('%s: a clear message with Retry, which recovers', async (_name, fault) => {
    const { page, problems } = await openWith(baseUrl, fault);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    const text = (await alert.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(fault.detail);
    // Not a blank page: the title and the message are there, nothing from the response ran.
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await injectionSigns(page)).toEqual([]);
    expect(unexpected(problems)).toEqual([]);

    // The file is served again: Retry draws the map and the message goes away.
    await page.unroute(fault.url);
    await alert.getByRole('button', { name: /retry/i }).click();
    await waitForMapDrawn(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(unexpected(problems)).toEqual([]);
    await page.context().close();
  });

  it('records.json failing shows Retry in the panel, which loads the records once it is back', async () => {
    const { page, problems } = await openWith(`${baseUrl}?j=06037`, { url: RECORDS, respond: (r) => r.fulfill({ status: 503, body: 'busy' }) });
    const panel = page.locator('.detail-panel');
    const error = panel.getByRole('alert');
    await error.waitFor({ timeout: 30_000 });
    // The map and the panel's status and history (from status.json) are still there.
    expect(await page.locator(MAP_CANVAS).count()).toBe(1);
    expect(await panel.locator('h2').innerText()).toContain('Los Angeles');

    const citation = panel.getByText(LA_CITATION, { exact: true });
    expect(await citation.count()).toBe(0);

    // Then it comes back corrupt (truncated): still the message and Retry, no records.
    await page.unroute(RECORDS);
    await page.route(RECORDS, json(realRecords.slice(0, 1000)));
    await error.getByRole('button', { name: /retry/i }).click();
    await panel.getByRole('alert').waitFor({ timeout: 20_000 });
    expect(await citation.count()).toBe(0);

    // Then it is served as built: Retry shows the records.
    await page.unroute(RECORDS);
    await panel.getByRole('alert').getByRole('button', { name: /retry/i }).click();
    await citation.first().waitFor({ timeout: 30_000 });
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(unexpected(problems)).toEqual([]);
    await page.context().close();
  });
});

describe('without WebGL', () => {
  let noGl: Browser;

  beforeAll(async () => {
    noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
  });

  afterAll(async () => {
    await noGl?.close();
  });

  async function openNoGl(url: string): Promise<WatchedPage> {
    const watched = await openPage(noGl, url);
    const gl = await watched.page.evaluate(() => {
      const canvas = document.createElement('canvas');
      return canvas.getContext('webgl2') !== null || canvas.getContext('webgl') !== null;
    });
    expect(gl, 'WebGL is really off in this browser').toBe(false);
    return watched;
  }

  it('explains why there is no map and shows the table instead; the page stays usable', async () => {
    const { page, problems } = await openNoGl(`${baseUrl}?j=06037`);
    const explanation = page.getByText(/WebGL/).filter({ visible: true });
    await explanation.first().waitFor({ timeout: 30_000 });
    expect(await page.locator(MAP_CANVAS).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);

    if (bundleContains('table-view')) {
      // The table view (issue 5) stands in for the map.
      const table = page.getByRole('table');
      await table.first().waitFor({ timeout: 20_000 });
      expect(await table.first().locator('tbody tr').count()).toBeGreaterThan(0);
    } else {
      // TODO(table): the table view (src/table/) is not in the build yet; once it is, the branch
      // above requires it. Until then only the explanation is checked.
      console.warn('no table view in dist/: only the explanation was checked');
    }

    // The rest still works: the panel from the link, with its records, and the timeline.
    const panel = page.locator('.detail-panel');
    await panel.locator('.record').first().waitFor({ timeout: 30_000 });
    const slider = page.locator('input[type="range"].timeline__input');
    const before = await slider.getAttribute('aria-valuetext');
    await slider.focus();
    await slider.press('Home');
    expect(await slider.getAttribute('aria-valuetext')).not.toBe(before);
    await settle(page);
    expect(await rootText(page)).not.toBe('');

    // maplibre's own failure is logged once on purpose; nothing else may go wrong.
    expect(problems.filter((p) => !/WebGL/i.test(p))).toEqual([]);
  });
});
