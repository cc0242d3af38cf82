/**
 * Issue 4, embeds: the built app inside host pages on ANOTHER origin, as a newsroom CMS would
 * embed it.
 *
 * - pym.js: a host page runs the real pym.js (node_modules/pym.js, v1) `new pym.Parent(...)`; the
 *   frame's height attribute must follow the embedded page's content height, as the frame width
 *   changes and as the content grows.
 * - Datawrapper: a plain iframe (no pym) on a host that listens for `datawrapper-height` messages
 *   and resizes with the snippet the Embed dialog gives out; the messages carry the content height.
 * - A plain iframe without any script still shows the map, and the embedded page ignores messages
 *   it does not expect.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RESIZE_SCRIPT } from '../../src/embed/code';
import { launchChromium, openPage } from './chromium';
import { waitForMapDrawn } from './page-checks';
import { serveStatic, type StaticServer } from './static-server';

const baseUrl = inject('baseUrl');
const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

const EMBED_URL = `${baseUrl}?date=2017-09&embed=1&j=48201`;

function hostPage(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host article</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px sans-serif}main{max-width:680px;margin:0 auto;padding:12px}</style></head>
<body><main><h1>A news article</h1><p>Text before the map.</p>${body}<p>Text after the map.</p></main></body></html>`;
}

const HOST_PAGES = {
  '/pym.v1.min.js': PYM,
  '/pym.html': hostPage(`<div id="map-embed"></div>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('map-embed', ${JSON.stringify(EMBED_URL)}, { title: 'Map' });</script>`),
  '/datawrapper.html': hostPage(`<iframe id="dw" title="Map" src="${EMBED_URL}" width="100%" height="300" style="width:100%;border:0" scrolling="no"></iframe>
<script>window.heights = []; window.pymStrings = [];
window.addEventListener('message', function (e) {
  if (e.data && e.data['datawrapper-height']) window.heights.push(e.data['datawrapper-height']);
  else if (typeof e.data === 'string') window.pymStrings.push(e.data);
});</script>
${RESIZE_SCRIPT}`),
  '/plain.html': hostPage(`<iframe id="plain" title="Map" src="${EMBED_URL}" width="100%" height="700" style="width:100%;border:0"></iframe>`),
};

let browser: Browser;
let host: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  // Another origin than the app's (another port), serving only the host pages.
  host = await serveStatic('tests/fixtures/does-not-exist', HOST_PAGES);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function embeddedFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => document.querySelector('iframe') !== null);
  const frame = await (await page.$('iframe'))!.contentFrame();
  if (frame === null) throw new Error('no frame');
  await waitForMapDrawn(frame);
  return frame;
}

async function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
}

async function frameHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const frame = document.querySelector('iframe')!;
    return Math.round(parseFloat(frame.style.height || frame.getAttribute('height') || '0'));
  });
}

/** Waits until the iframe's height matches the content height inside it (within a pixel). */
async function expectHeightFollowsContent(page: Page, frame: Frame): Promise<number> {
  let last = { frame: 0, content: 0 };
  for (let i = 0; i < 100; i++) {
    last = { frame: await frameHeight(page), content: await contentHeight(frame) };
    if (last.content > 100 && Math.abs(last.frame - last.content) <= 1) return last.content;
    await page.waitForTimeout(100);
  }
  throw new Error(`iframe height ${last.frame} never matched its content height ${last.content}`);
}

describe('pym.js host page', () => {
  it('resizes the iframe to the content height, as the width and the content change', async () => {
    const { page, problems } = await openPage(browser, `${host.url}/pym.html`, { viewport: { width: 900, height: 800 } });
    const frame = await embeddedFrame(page);
    const src = await page.evaluate(() => document.querySelector('iframe')!.src);
    expect(src).toContain('childId=map-embed');
    expect(src).toContain('initialWidth=');
    expect(await page.evaluate(() => document.querySelector('iframe')!.getAttribute('title'))).toBe('Map');

    const wide = await expectHeightFollowsContent(page, frame);
    expect(wide).toBeGreaterThan(450);

    // A phone: pym sends the new width, the embed reflows (taller legend, smaller map) and answers.
    await page.setViewportSize({ width: 340, height: 800 });
    const narrow = await expectHeightFollowsContent(page, frame);
    expect(narrow).not.toBe(wide);

    // The content grows (the legend's explanation opens): the frame follows.
    // On a narrow frame the legend is compact: its Key button shows the explanation's disclosure.
    const key = frame.locator('.legend__more');
    if (await key.isVisible()) await key.click();
    await frame.locator('.legend__help summary').click();
    const opened = await expectHeightFollowsContent(page, frame);
    expect(opened).toBeGreaterThan(narrow + 50);

    // Only the embed's own content: no toolbar, search, dek or language switch (the h1 may stay,
    // visually hidden, for screen readers), and a credit line to the full map.
    const shown = await frame
      .locator('.classroom-bar, .toolbar, .search, .masthead__dek, .language-switch, .tour-panel, .layout__panel')
      .evaluateAll((els) => els.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 2 && r.height > 2; }).length);
    expect(shown).toBe(0);
    const credit = frame.getByRole('link', { name: /Open the full map/ });
    expect(await credit.getAttribute('href')).toBe(`${baseUrl}?date=2017-09&j=48201`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('Datawrapper-style host page', () => {
  it('receives datawrapper-height messages with the content height and resizes the frame', async () => {
    const { page, problems } = await openPage(browser, `${host.url}/datawrapper.html`, { viewport: { width: 760, height: 800 } });
    const frame = await embeddedFrame(page);
    const height = await expectHeightFollowsContent(page, frame);
    const messages = await page.evaluate(() => (window as unknown as { heights: Record<string, number>[] }).heights);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(Object.keys(m)).toEqual(['ice-cooperation-map']);
      expect(typeof m['ice-cooperation-map']).toBe('number');
    }
    expect(messages.at(-1)).toEqual({ 'ice-cooperation-map': height });
    // Without pym's childId no pym strings are sent.
    expect(await page.evaluate(() => (window as unknown as { pymStrings: string[] }).pymStrings)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('plain iframe', () => {
  it('works without any host script and ignores unexpected messages', async () => {
    const { page, problems } = await openPage(browser, `${host.url}/plain.html`, { viewport: { width: 760, height: 900 } });
    const frame = await embeddedFrame(page);
    const before = await frame.evaluate(() => location.href);
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      target.postMessage('pymxPYMxplainxPYMxnavigateToxPYMxjavascript:alert(1)', '*');
      target.postMessage('pymxPYMxplainxPYMxwidthxPYMx320', '*');
      target.postMessage({ 'datawrapper-height': { x: 5 } }, '*');
      target.postMessage({ type: 'setDate', date: '1990-01-01' }, '*');
      target.postMessage(null, '*');
    });
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => location.href)).toBe(before);
    expect(await frame.locator('.timeline__input').getAttribute('aria-valuetext')).toBe('September 30, 2017');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fits a 320 px wide frame without horizontal scrolling', async () => {
    const { page, problems } = await openPage(browser, EMBED_URL, { viewport: { width: 320, height: 700 } });
    await waitForMapDrawn(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const mapBox = await page.locator('.map-frame').boundingBox();
    expect(mapBox!.width).toBeGreaterThan(290);
    // The map is as tall as the country is at this width (the Albers layout is about 0.6 as high as
    // wide); the rest of the frame goes to the date and the timeline (layout.test.ts measures shares).
    expect(mapBox!.height).toBeGreaterThanOrEqual(0.6 * mapBox!.width);
    expect(await page.getByRole('slider').isVisible()).toBe(true);
    expect(await page.locator('.legend').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
