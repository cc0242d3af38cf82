/**
 * Issue 7, part 2: every entry of the hostile-URL corpus (tests/fixtures/hostile-urls.ts, also run
 * through the codec by src/url/codec.hostile.test.ts) loaded against the built site. For each: no
 * dialog, no console error, no page error, no CSP violation, nothing injected, a drawn map (or the
 * table, for a valid view=table) with a non-blank page, and the page shows what the codec said:
 * the default date, layer and selection unless the entry names valid ones.
 *
 * One browser and one page for the whole corpus (page.goto per entry) to keep it fast.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HOSTILE_URLS, type HostileUrl } from '../fixtures/hostile-urls';
import { launchChromium, openPage } from './chromium';
import { injectionSigns, MAP_CANVAS, rootText, settle, waitForMapCanvas } from './page-checks';
import type { ViewMode } from '../../src/domain/view';

const baseUrl = inject('baseUrl');

let browser: Browser;
let page: Page;
let problems: string[];
/** The slider's text for "today" and the date of a known day, read from a clean load. */
let todayText: string;

async function sliderText(): Promise<string> {
  return (await page.locator('.timeline__input').getAttribute('aria-valuetext')) ?? '';
}

async function load(query: string, expectView: ViewMode = 'map'): Promise<void> {
  const url = `${baseUrl}?${query}`;
  // A URL differing from the current one only in its fragment would not reload the page.
  if (page.url().split('#')[0] === url.split('#')[0]) await page.goto('about:blank');
  problems.length = 0;
  const response = await page.goto(url, { waitUntil: 'load' });
  // Anything else means dist/ changed under the test (a concurrent `vite build`), not the app.
  expect(response?.status(), 'the built page answered').toBe(200);
  try {
    if (expectView === 'map') {
      await waitForMapCanvas(page, 45_000);
    } else {
      await page.waitForFunction((canvas) => document.querySelector(`${canvas}, table`) !== null, MAP_CANVAS, { timeout: 45_000 });
    }
  } catch (error) {
    // Say where the page got stuck: its text and what it fetched.
    const state = await page.evaluate(() => ({
      text: document.getElementById('root')?.innerText.slice(0, 300),
      resources: performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${Math.round(r.duration)}ms`),
    }));
    throw new Error(`no map for ?${query.slice(0, 100)}: ${JSON.stringify(state)}; problems: ${JSON.stringify(problems)}`, { cause: error });
  }
  await settle(page);
}

beforeAll(async () => {
  browser = await launchChromium();
  // A smaller viewport: software WebGL's cost per frame grows with the pixels.
  ({ page, problems } = await openPage(browser, 'about:blank', { viewport: { width: 900, height: 650 } }));
  await load('');
  todayText = await sliderText();
  expect(todayText).not.toBe('');
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('hostile URLs against the built site', () => {
  it.each(HOSTILE_URLS.map((e) => [e.name, e] as const))('%s', async (_name, entry: HostileUrl) => {
    const expected = entry.expect ?? {};
    await load(entry.query, expected.view ?? 'map');

    expect(problems).toEqual([]);
    expect(await injectionSigns(page)).toEqual([]);
    expect(await rootText(page)).not.toBe('');
    expect(await page.locator('[role="alert"]').count()).toBe(0);

    // The page shows what the codec read: defaults unless the entry names something valid.
    if (expected.date === undefined && expected.lang === undefined) expect(await sliderText()).toBe(todayText);
    if (expected.date !== undefined) expect(await sliderText()).toContain(expected.date.slice(0, 4));
    // The layer toggle may be left out of some views (embed, presentation).
    const layer = page.locator(`input[type="radio"][value="${expected.layer ?? 'counties'}"]`);
    if ((await layer.count()) > 0) expect(await layer.isChecked()).toBe(true);
    expect(await page.locator('.detail-panel').count()).toBe(expected.jurisdiction !== undefined ? 1 : 0);
  });
});
