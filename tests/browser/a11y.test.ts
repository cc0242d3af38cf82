/**
 * Issue 5 in a real browser against the built site: axe-core finds no violations (its default rule
 * set: WCAG 2.0–2.2 A and AA plus best practices) on the map, the table, an open detail panel (a
 * county and a city), the search results list, the embed and the presentation view, in English and
 * Spanish, in the light theme and the dark one (prefers-color-scheme), and on a phone with the
 * detail panel as a bottom sheet.
 *
 * axe is injected with page.addScriptTag; the built page's CSP forbids inline scripts (rightly), so
 * these contexts bypass CSP. tests/browser/security.test.ts checks the CSP itself.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';
import { waitForMapComplete } from './helpers/map';

const baseUrl = inject('baseUrl');
const AXE = 'node_modules/axe-core/axe.min.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** axe's violations on the page as it is now, one readable line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')).join(' | ')}`,
  );
}

type Ready = 'map' | 'table' | 'panel';

async function open(query: string, ready: Ready[], options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(browser, `${baseUrl}${query}`, { viewport: { width: 1000, height: 720 }, bypassCSP: true, ...options });
  const { page } = opened;
  if (ready.includes('map')) await waitForMapComplete(page);
  if (ready.includes('table')) await page.waitForSelector('table.table tbody tr');
  if (ready.includes('panel')) await page.waitForSelector('.detail-panel .record, .detail-panel .panel-section__empty');
  return opened;
}

const VIEWS: [name: string, query: string, ready: Ready[]][] = [
  ['map', '?date=2019-09', ['map']],
  ['table', '?view=table&date=2019-09', ['table']],
  ['county panel', '?date=2019-09&j=48201', ['map', 'panel']],
  ['city panel over the table', '?view=table&date=2019-09&j=CA-los-angeles', ['table', 'panel']],
  ['embed', '?embed=1&date=2019-09', ['map']],
  ['presentation', '?mode=present&date=2019-09', ['map']],
];

describe.each(['en', 'es'] as const)('axe in %s', (lang) => {
  it.each(VIEWS)('%s has no violations', async (_name, query, ready) => {
    const { page, problems } = await open(`${query}&lang=${lang}`, ready);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('axe in the dark theme', () => {
  it.each(VIEWS.slice(0, 4))('%s has no violations', async (_name, query, ready) => {
    const { page } = await open(`${query}&lang=es`, ready, { colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('axe on interactive states', () => {
  it('the open search results list has no violations', async () => {
    const { page } = await open('?date=2019-09', ['map']);
    await page.locator('.search__input').fill('san');
    await page.waitForSelector('[role="listbox"]:not([hidden]) [role="option"]');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a phone with the bottom sheet open has no violations', async () => {
    const { page } = await open('?date=2019-09&j=48453', ['map', 'panel'], {
      viewport: { width: 360, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
