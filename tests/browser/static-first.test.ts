/**
 * Issue 13 against the built site (dist/):
 * - The poster (the build's picture of today's map) is on screen before the app, moves into the map
 *   frame, lines up with the interactive map (same extent on screen) and goes after `map-complete`.
 * - With JavaScript off, the front page keeps the poster, the legend counts, the as-of date and the
 *   links to the data and the jurisdiction pages; those pages work without JavaScript, in Spanish too.
 * - Deployed under a sub-path with the HTTP headers of dist/_headers (CSP, cache rules): the map
 *   loads its content-addressed data with no CSP violation, and the hashed files are immutable.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspViolations, launchChromium, openPage } from './chromium';
import { sendFile, TYPES } from './static-server';

const baseUrl = inject('baseUrl');
const DIST = join(process.cwd(), 'dist');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Page-side: the screen rectangle of the poster's viewBox (meet-fitted) each frame it sits in the map frame. */
function recordPosterRect(): void {
  const w = window as unknown as { __posterRects: { x: number; y: number; w: number; h: number; t: number }[] };
  w.__posterRects = [];
  const tick = () => {
    const svg = document.querySelector<SVGSVGElement>('.map-frame > #poster svg');
    if (svg !== null) {
      const r = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      const scale = Math.min(r.width / vb.width, r.height / vb.height);
      w.__posterRects.push({ x: r.x + (r.width - vb.width * scale) / 2, y: r.y + (r.height - vb.height * scale) / 2, w: vb.width * scale, h: vb.height * scale, t: performance.now() });
    }
    if (document.getElementById('poster') !== null || w.__posterRects.length === 0) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

describe('poster → interactive map', () => {
  it('shows the poster at once, in the map frame, lined up with the map, and removes it at the first complete frame', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(recordPosterRect);
    await page.goto(`${baseUrl}?bench=1`);
    const firstSeen = await page.evaluate(() => {
      const svg = document.querySelector('#poster svg');
      return svg === null ? null : performance.now();
    });
    expect(firstSeen, 'poster in the HTML as delivered').not.toBeNull();
    await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, { timeout: 45_000 });
    await page.waitForFunction(() => document.getElementById('poster') === null, null, { timeout: 5_000 });
    const rects = await page.evaluate(() => (window as unknown as { __posterRects: { x: number; y: number; w: number; h: number; t: number }[] }).__posterRects);
    expect(rects.length, 'the poster sat in the map frame for at least one frame').toBeGreaterThan(0);
    const last = rects[rects.length - 1]!;
    // The map's extent on screen: the poster's viewBox corners (Mercator world units × 16) through the live map.
    const viewBox = (readFileSync(join(DIST, 'index.html'), 'utf8').match(/<div id="poster"[^>]*><svg[^>]*viewBox="([^"]+)"/) ?? [])[1]!.split(' ').map(Number);
    const mapRect = await page.evaluate(([x0, y0, w, h]) => {
      const map = (window as unknown as { __icemap: { map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } } }).__icemap.map;
      const lonLat = (x: number, y: number): [number, number] => {
        const wx = x / 16 / 512;
        const wy = y / 16 / 512;
        return [wx * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * wy))) * 180) / Math.PI];
      };
      const canvas = map.getCanvas().getBoundingClientRect();
      const a = map.project(lonLat(x0!, y0!));
      const b = map.project(lonLat(x0! + w!, y0! + h!));
      return { x: canvas.x + a.x, y: canvas.y + a.y, w: b.x - a.x, h: b.y - a.y };
    }, viewBox);
    for (const key of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(last[key] - mapRect[key]), `${key}: poster ${last[key]} vs map ${mapRect[key]}`).toBeLessThan(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a link with a date drops the poster at once (it only pictures today)', async () => {
    const { page } = await openPage(browser, `${baseUrl}?date=2005-01`);
    await page.waitForSelector('.map-frame');
    expect(await page.locator('#poster').count()).toBe(0);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the front page keeps the poster, legend counts, as-of date and links to the data and the pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await expect(page.locator('#poster svg').isVisible()).resolves.toBe(true);
    const facts = page.locator('.poster__facts');
    await expect(facts.isVisible()).resolves.toBe(true);
    const text = await facts.innerText();
    expect(text).toMatch(/Limits cooperation\s+[\d,]+/);
    expect(text).toMatch(/Data as of \w+ \d+, \d{4}/);
    const hrefs = await facts.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['data/records.csv', 'place/', 'es/']));
    const csv = await page.request.get(`${baseUrl}data/records.csv`);
    expect(csv.ok()).toBe(true);
    await page.screenshot({ path: 'test-results/static-nojs-front.png' });
    await context.close();
  });

  it('a jurisdiction page and its Spanish version work without JavaScript and link back to the map', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}place/48201/`);
    expect(await page.locator('h1').innerText()).toBe('Harris County, Texas');
    expect(await page.locator('article.record').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Open it on the interactive map' }).click();
    expect(new URL(page.url()).search).toBe('?j=48201');
    await page.goto(`${baseUrl}place/48201/`);
    await page.getByRole('link', { name: 'Español' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').innerText()).toBe('Condado de Harris, Texas');
    await page.getByRole('link', { name: 'Texas' }).first().click();
    expect(page.url()).toMatch(/place\/48\/es\/$/);
    await page.goto(`${baseUrl}es/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('.static-legend').innerText()).toMatch(/Limita la cooperación/);
    await context.close();
  });
});

/** Reads dist/_headers (Netlify/Cloudflare format) and serves dist/ under `prefix` with those headers. */
function headerRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules[rules.length - 1]!.headers.push([name!, value.join(':').trim()]);
    }
  }
  return rules;
}

async function serveUnder(prefix: string): Promise<{ url: string; server: Server }> {
  const rules = headerRules();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    const sitePath = `/${path.slice(prefix.length)}`;
    let file = normalize(join(DIST, sitePath));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const rule of rules) if (rule.pattern.test(sitePath)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = headers[k.toLowerCase()] ? `${headers[k.toLowerCase()]}, ${v}` : v;
    res.writeHead(200, headers);
    sendFile(res, file);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}${prefix}`, server };
}

describe('deployed under a sub-path with the _headers rules', () => {
  it('loads the map from content-addressed data with the CSP header and no violation; hashed files are immutable, HTML is not', async () => {
    const { url, server } = await serveUnder('/news/ice-map/');
    try {
      const { page, problems } = await openPage(browser, url);
      const responses: { url: string; cache: string | undefined; csp: string | undefined }[] = [];
      page.on('response', (r) => responses.push({ url: r.url(), cache: r.headers()['cache-control'], csp: r.headers()['content-security-policy'] }));
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, { timeout: 45_000 });
      const html = responses.find((r) => r.url === url)!;
      expect(html.csp).toMatch(/script-src 'self'.*frame-ancestors \*/);
      expect(html.cache).toMatch(/max-age=300/);
      const status = responses.find((r) => /\/news\/ice-map\/data\/status\.[0-9a-f]{10}\.json$/.test(r.url));
      expect(status, 'status.json fetched under its hashed name').toBeDefined();
      expect(status!.cache).toBe('public, max-age=31536000, immutable');
      expect(responses.filter((r) => /\/assets\/.*\.js$/.test(r.url)).every((r) => r.cache?.includes('immutable'))).toBe(true);
      expect(responses.every((r) => !r.cache || r.cache.split('max-age').length === 2), 'one Cache-Control rule per path').toBe(true);
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
