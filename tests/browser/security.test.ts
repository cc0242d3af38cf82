/**
 * Issue 7, parts 3–5, against the built site (dist/):
 * - Content Security Policy: the meta tag is in dist/index.html and strict; it is enforced (eval,
 *   inline script, foreign fetch and style attributes are refused and reported, which also proves
 *   the violation watcher in chromium.ts works); the app runs with zero violations through load,
 *   panel, records, hover, slider and layer toggle.
 * - Hostile data text: records.json and status.json served with HTML in every text field and
 *   javascript:, data:, vbscript:, relative and protocol-relative source URLs render as text.
 * - Embed hygiene: the app works inside `<iframe sandbox="allow-scripts allow-same-origin
 *   allow-popups">` on another origin; what it posts to the parent is only size information; it
 *   ignores unexpected and hostile messages.
 */
import { distDataFile } from './helpers/dist-data';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RecordIndex, SourceEntry, StatusIndex } from '../../src/domain/dataset';
import { cspViolations, launchChromium, openPage, type WatchedPage } from './chromium';
import { injectionSigns, MAP_CANVAS, rootText, settle, unsafeLinks, waitForMapDrawn } from './page-checks';
import { serveStatic, type StaticServer } from './static-server';

const baseUrl = inject('baseUrl');
const DIST = join(process.cwd(), 'dist');

let browser: Browser;
const contexts: WatchedPage[] = [];

async function open(url: string, viewport = { width: 1200, height: 800 }): Promise<WatchedPage> {
  const watched = await openPage(browser, url, { viewport });
  contexts.push(watched);
  return watched;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type Target = Page | Frame;

/** Clicks the map until a detail panel opens (a county or a city dot, whichever is under the point). */
async function openPanelByClick(target: Target): Promise<void> {
  const canvas = target.locator(MAP_CANVAS);
  for (let attempt = 0; attempt < 8; attempt++) {
    const box = await canvas.boundingBox();
    if (box === null) throw new Error('map canvas has no box');
    await canvas.click({ position: { x: box.width * (0.5 + 0.03 * attempt), y: box.height * (0.45 + 0.02 * attempt) } });
    try {
      await target.locator('.detail-panel').waitFor({ timeout: 3_000 });
      return;
    } catch {
      // Nothing selectable there (a gap between features): try a little further along.
    }
  }
  throw new Error('no click on the map opened a detail panel');
}

/** The records in an open panel have loaded (neither loading nor failed). */
async function waitForRecords(target: Target): Promise<void> {
  await target.waitForFunction(
    () => {
      const panel = document.querySelector('.detail-panel');
      return panel !== null && panel.querySelector('.detail-panel__loading, .detail-panel__error') === null && panel.querySelector('.panel-section') !== null;
    },
    undefined,
    { timeout: 30_000 },
  );
}

async function moveSlider(target: Target): Promise<void> {
  const slider = target.locator('input[type="range"].timeline__input');
  await slider.focus();
  for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'PageUp', 'End', 'ArrowLeft']) await slider.press(key);
}

function parsePolicy(content: string): Map<string, string[]> {
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe('Content Security Policy', () => {
  it('is a strict meta tag in dist/index.html, ahead of every script and stylesheet, with no inline script', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/i.exec(html);
    expect(meta, 'CSP meta tag in dist/index.html').not.toBeNull();
    const metaAt = meta!.index;
    for (const tag of ['<script', '<link', '<style']) {
      const at = html.indexOf(tag);
      if (at !== -1) expect(metaAt, `CSP meta before the first ${tag}`).toBeLessThan(at);
    }

    const policy = parsePolicy(meta![1]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.has('frame-ancestors'), 'frame-ancestors is ignored in a meta tag').toBe(false);
    // No origin but its own: only keywords and the data:/blob: schemes, never a host or a wildcard.
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${value}`).toContain(value);
      }
    }
    expect(policy.get('worker-src') ?? policy.get('script-src')).not.toContain('data:');

    // Every script is an external file of the site; no inline handlers.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('ships no eval or new Function in any bundle', () => {
    const assets = join(DIST, 'assets');
    const files = readdirSync(assets).filter((f) => /\.m?js$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const code = readFileSync(join(assets, file), 'utf8');
      expect(code, file).not.toMatch(/(?<![\w$.])eval\(|\bnew Function\(/);
    }
  });

  it('is enforced, and the suite sees violations (eval, inline script, foreign fetch, style attribute)', async () => {
    const { page, problems } = await open(baseUrl);
    await page.waitForFunction(() => document.getElementById('root')?.childElementCount);
    // From a task of the page's own (code evaluated by the test driver itself is exempt from CSP).
    const evalResult = await page.evaluate(
      () =>
        new Promise<string>((done) =>
          setTimeout(() => {
            try {
              done(String((0, eval)('1 + 1')));
            } catch (error) {
              done((error as Error).name);
            }
          }, 0),
        ),
    );
    expect(evalResult).toBe('EvalError');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      document.body.setAttribute('style', 'outline: 5px solid red');
      return fetch('https://example.org/').catch(() => 'refused');
    });
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    await page.waitForFunction(() => ((window as unknown as { __cspViolations: string[] }).__cspViolations ?? []).length >= 4);
    const seen = (await cspViolations(page)).join('\n');
    expect(seen).toMatch(/^script-src blocked eval/m);
    expect(seen).toMatch(/^script-src-elem blocked inline/m);
    expect(seen).toMatch(/^connect-src blocked https:\/\/example\.org/m);
    expect(seen).toMatch(/^style-src-attr blocked inline/m);
    // …and each one is in the problems list every browser test checks.
    expect(problems.filter((p) => p.includes('CSP violation')).length).toBeGreaterThanOrEqual(4);
  });

  it('lets the app run with zero violations: load, panel and records, hover, slider, layer toggle', async () => {
    const { page, problems } = await open(baseUrl);
    await waitForMapDrawn(page);
    await openPanelByClick(page);
    await waitForRecords(page);
    const canvas = page.locator(MAP_CANVAS);
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.42, box.y + box.height * 0.52);
    await moveSlider(page);
    // The chart, mounted hidden once prefetched, has a "States (own status)" radio of its own.
    await page.getByRole('radio', { name: 'States', exact: true }).check();
    await page.keyboard.press('Escape');
    await settle(page);

    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(await unsafeLinks(page)).toEqual([]);
  });
});

// --- hostile data text --------------------------------------------------------------------------

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const SVG = '<svg onload=alert(1)>';
const HOSTILE_SOURCE_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '/data/records.json',
  '../relative.html',
  '//evil.example/protocol-relative',
];
const LOS_ANGELES = '06037';

function hostileData(): { status: StatusIndex; records: RecordIndex; recordId: string } {
  const status = JSON.parse(readFileSync(distDataFile('status.json'), 'utf8')) as StatusIndex;
  const records = JSON.parse(readFileSync(distDataFile('records.json'), 'utf8')) as RecordIndex;
  const entry = status.jurisdictions.find((j) => j.id === LOS_ANGELES)!;
  entry.name = `${IMG} Los Angeles`;
  const event = status.events[0];
  if (event !== undefined) Object.assign(event, { label: `${SCRIPT} event`, summary: `${SVG} event summary` });
  for (const list of status.federalLists) Object.assign(list, { title: `${IMG} list`, summary: `${SCRIPT} list summary` });

  const recordId = entry.recordIds[0]!;
  const sources: SourceEntry[] = HOSTILE_SOURCE_URLS.map((url, i) => ({
    id: `hostile-${i}`,
    title: `Hostile source ${i} ${SCRIPT}`,
    publisher: `${IMG} publisher`,
    url,
    accessed: '2026-01-01',
  }));
  sources.push({ id: 'hostile-ok', title: `Safe source ${IMG}`, publisher: 'Example', url: 'https://example.org/ok', accessed: '2026-01-01' });
  for (const s of sources) records.sources[s.id] = s;
  Object.assign(records.records[recordId]!, {
    citation: `${SCRIPT} citation`,
    summary: `${IMG} summary`,
    notes: `${SVG} notes`,
    agency: `${IMG} agency`,
    sourceIds: sources.map((s) => s.id),
  });
  return { status, records, recordId };
}

describe('hostile text in the data files', () => {
  it('renders HTML as text and only http(s) source URLs as links (rel="noopener noreferrer")', async () => {
    const { status, records } = hostileData();
    const { page, problems } = await open('about:blank');
    await page.route('**/data/status.*.json', (route) => route.fulfill({ json: status }));
    await page.route('**/data/records.*.json', (route) => route.fulfill({ json: records }));
    await page.goto(`${baseUrl}?j=${LOS_ANGELES}`);
    await waitForMapDrawn(page);
    await waitForRecords(page);
    const panel = page.locator('.detail-panel');

    await expect.poll(() => panel.locator('h2').textContent()).toBe(`${IMG} Los Angeles`);
    expect(await panel.getByText(`${IMG} summary`, { exact: true }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: `${SCRIPT} citation` }).count()).toBe(1);
    expect(await panel.textContent()).toContain(`${SVG} notes`);
    for (let i = 0; i < HOSTILE_SOURCE_URLS.length; i++) {
      const title = panel.getByText(`Hostile source ${i} ${SCRIPT}`, { exact: true });
      expect(await title.count(), HOSTILE_SOURCE_URLS[i]).toBe(1);
      expect(await title.evaluate((el) => el.closest('a') === null), HOSTILE_SOURCE_URLS[i]).toBe(true);
    }
    const safe = panel.getByRole('link', { name: /Safe source/ });
    expect(await safe.getAttribute('href')).toBe('https://example.org/ok');
    expect(await safe.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.title()).toContain(`${IMG} Los Angeles`);

    // Hover and open the timeline's event marks too (labels and summaries from status.json).
    const mark = page.locator('.timeline__event-mark').first();
    if ((await mark.count()) > 0) {
      // The marks sit under the slider's thumb track (a picture; the events list is the control), so
      // the pointer events are sent to the mark itself.
      await mark.dispatchEvent('pointerover');
      await mark.dispatchEvent('mouseover');
      await mark.focus();
    }
    await settle(page);
    expect(await injectionSigns(page)).toEqual([]);
    expect(await unsafeLinks(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

// --- embed hygiene ------------------------------------------------------------------------------

/**
 * A host article on another origin (its own port) that frames the app with the sandbox a CMS would
 * use, and records every message the app posts to it. The iframe's src comes from ?src=.
 */
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head>
<body>
<h1>A news article</h1>
<p>Some text before the embed.</p>
<script>
  window.__messages = [];
  const frame = document.createElement('iframe');
  frame.id = 'embed';
  frame.title = 'ICE cooperation map';
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups');
  frame.style.border = '0';
  frame.width = '900';
  frame.height = '700';
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow) window.__messages.push({ origin: event.origin, data: event.data });
  });
  frame.src = new URLSearchParams(location.search).get('src');
  document.body.append(frame);
</script>
<p>Some text after the embed.</p>
</body></html>`;

let host: StaticServer;
const appOrigin = new URL(baseUrl).origin;

async function openEmbedded(appQuery: string): Promise<WatchedPage & { frame: Frame }> {
  const watched = await open(`${host.url}/host.html?src=${encodeURIComponent(`${baseUrl}${appQuery}`)}`, { width: 1000, height: 900 });
  const handle = await watched.page.waitForSelector('#embed');
  const frame = (await handle.contentFrame())!;
  await waitForMapDrawn(frame);
  return { ...watched, frame };
}

async function hostMessages(page: Page): Promise<{ origin: string; data: unknown }[]> {
  return page.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);
}

/** pym.js's height message (`pym` + id + `height` + pixels, joined by xPYMx), or Datawrapper's. */
function sizeMessageProblem(data: unknown): string | undefined {
  if (typeof data === 'string') {
    return /^pymxPYMx[^]*?xPYMxheightxPYMx\d+(\.\d+)?$/.test(data) ? undefined : `not a pym.js height message: ${data.slice(0, 200)}`;
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const keys = Object.keys(data);
    const heights = (data as Record<string, unknown>)['datawrapper-height'];
    if (keys.length === 1 && typeof heights === 'object' && heights !== null) {
      const values = Object.values(heights);
      if (values.length > 0 && values.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0)) return undefined;
    }
  }
  return `not a size message: ${JSON.stringify(data)?.slice(0, 200)}`;
}

/** Whether any built script contains `text` (a feature is in the build, not just in src/). */
function bundleContains(text: string): boolean {
  const assets = join(DIST, 'assets');
  return readdirSync(assets).some((f) => /\.m?js$/.test(f) && readFileSync(join(assets, f), 'utf8').includes(text));
}

/** What the embedded app shows: compared before and after hostile messages. */
async function snapshot(frame: Frame) {
  return {
    url: frame.url(),
    text: await rootText(frame),
    slider: await frame.locator('input[type="range"].timeline__input').getAttribute('aria-valuetext'),
    panels: await frame.locator('.detail-panel').count(),
    title: await frame.evaluate(() => document.title),
    lang: await frame.evaluate(() => document.documentElement.lang),
  };
}

describe('embedded in a sandboxed iframe on another origin', () => {
  beforeAll(async () => {
    host = await serveStatic(join(DIST, 'data'), { '/host.html': HOST_PAGE });
    expect(new URL(host.url).origin).not.toBe(appOrigin);
  });
  afterAll(async () => {
    await host?.close();
  });

  it('works: the map draws, a panel opens with its records, the slider moves, nothing errs', async () => {
    const { page, frame, problems } = await openEmbedded('');
    expect(await frame.evaluate(() => window.origin)).toBe(appOrigin);
    await openPanelByClick(frame);
    await waitForRecords(frame);
    const before = await frame.locator('input[type="range"].timeline__input').getAttribute('aria-valuetext');
    await moveSlider(frame);
    expect(await frame.locator('input[type="range"].timeline__input').getAttribute('aria-valuetext')).not.toBe(before);
    await settle(frame);

    expect(await rootText(frame)).not.toBe('');
    expect(await cspViolations(frame)).toEqual([]);
    expect(await unsafeLinks(frame)).toEqual([]);
    expect(problems).toEqual([]);
    expect(page.context().pages()).toHaveLength(1);
  });

  it('posts only size information to the parent (pym.js or Datawrapper height messages)', async () => {
    const { page, frame, problems } = await openEmbedded('?embed=1&childId=ice-map');
    // Things that change the content height: the slider, the iframe's width, a selection.
    await moveSlider(frame);
    await page.evaluate(() => {
      (document.getElementById('embed') as HTMLIFrameElement).width = '360';
    });
    await settle(frame);
    await page.evaluate(() => {
      (document.getElementById('embed') as HTMLIFrameElement).width = '900';
    });
    await settle(frame);
    await frame.evaluate(() => new Promise((done) => setTimeout(done, 300)));

    const messages = await hostMessages(page);
    expect(messages.map((m) => m.origin).filter((o) => o !== appOrigin)).toEqual([]);
    expect(messages.map((m) => sizeMessageProblem(m.data)).filter((p) => p !== undefined)).toEqual([]);
    if (bundleContains('datawrapper-height')) {
      // The built embed reports its height in both formats (issue 4, part 5).
      expect(messages.some((m) => typeof m.data === 'string')).toBe(true);
      expect(messages.some((m) => typeof m.data === 'object')).toBe(true);
    } else {
      // TODO(embed): the size reporting (src/embed/resize.ts) is not in the build yet; once it
      // is, the branch above requires messages in both formats.
      console.warn('no embed size reporting in dist/: only checked that no non-size messages are posted');
    }
    expect(problems).toEqual([]);
  });

  it('ignores unexpected and hostile messages: nothing changes, nothing throws, nothing runs', async () => {
    const { page, frame, problems } = await openEmbedded('?embed=1&childId=ice-map');
    await settle(frame);
    const before = await snapshot(frame);
    const hostUrl = page.url();
    const sentBefore = (await hostMessages(page)).length;

    // From the parent: junk, pym.js-shaped messages with hostile values (for the app's id, for
    // none and for another), Datawrapper-shaped ones, state-changing commands, prototype keys, and
    // structured-clone types a JSON handler would choke on.
    const posted = await page.evaluate(() => {
      const target = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
      const pym = (id: string, type: string, value: string) => ['pym', id, type, value].join('xPYMx');
      const messages: unknown[] = [null, undefined, 0, -1, Number.NaN, true, '', 'hello', '<img src=x onerror=alert(1)>', 'x'.repeat(1 << 20)];
      for (const id of ['ice-map', '', 'undefined', 'other']) {
        messages.push(
          pym(id, 'width', '<script>alert(1)</script>'),
          pym(id, 'width', '-1'),
          pym(id, 'width', '1e309'),
          pym(id, 'width', 'NaN'),
          pym(id, 'height', '99999999'),
          pym(id, 'navigateTo', 'javascript:alert(1)'),
          pym(id, 'scrollToChildPos', '<img src=x onerror=alert(1)>'),
          pym(id, 'viewport-iframe-position', '1 2 3 <svg onload=alert(1)>'),
          pym(id, 'parentPositionInfo', 'x y z'),
        );
      }
      messages.push(
        'pymxPYMx',
        'xPYMx'.repeat(10_000),
        { 'datawrapper-height': { 'ice-map': '<script>alert(1)</script>' } },
        { 'datawrapper-height': JSON.parse('{"__proto__": {"polluted": 1}}') },
        JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'),
        { type: 'setDate', date: '1999-01-01' },
        { type: 'select', id: '06037' },
        { j: '06037', date: '2011-09-08', layer: 'states', lang: 'es', view: 'table' },
        { href: 'javascript:alert(1)', url: 'javascript:alert(1)', location: 'javascript:alert(1)' },
        JSON.stringify({ type: 'navigate', url: 'javascript:alert(1)' }),
        new Date(0),
        /x/g,
        new Map([['a', 1]]),
        new Set([1]),
        new ArrayBuffer(8),
        new Uint8Array([1, 2, 3]),
        new Blob(['<script>alert(1)</script>'], { type: 'text/html' }),
        [1, [2, [3, [4]]]],
      );
      let deep: unknown = 'bottom';
      for (let i = 0; i < 1000; i++) deep = { a: deep };
      messages.push(deep);
      for (const message of messages) target.postMessage(message, '*');
      return messages.length;
    });
    expect(posted).toBeGreaterThan(50);
    // From the app's own window, as a script in another frame could make it look.
    await frame.evaluate(() => {
      window.postMessage('pymxPYMxice-mapxPYMxwidthxPYMx<script>alert(1)</script>', '*');
      window.postMessage({ 'datawrapper-height': { x: 1 } }, '*');
    });
    await frame.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    await settle(frame);

    expect(await snapshot(frame)).toEqual(before);
    expect(page.url()).toBe(hostUrl);
    expect(page.context().pages()).toHaveLength(1);
    expect(await injectionSigns(frame)).toEqual([]);
    expect(await cspViolations(frame)).toEqual([]);
    expect(problems).toEqual([]);
    // Whatever the app said back is still only its size.
    const replies = (await hostMessages(page)).slice(sentBefore);
    expect(replies.map((m) => sizeMessageProblem(m.data)).filter((p) => p !== undefined)).toEqual([]);
  });
});
