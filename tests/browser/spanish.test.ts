/**
 * Issue 15, the Spanish reader (`?lang=es`), against the built dist/: search by Spanish names of
 * places and levels, agencies by their common names (issue 12), one number convention (es-US:
 * "1,692") in the legend, table and About, "No consta ningún registro", About's source dates
 * written out, and the level "Todo el estado" apart from the column "Estado de EE. UU.".
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from './chromium';
import { sharedBrowser } from './helpers/browser';
import { waitForMapDrawn } from './page-checks';
import { toolbarButton } from './helpers/toolbar';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

async function open(url: string) {
  const watched = await openPage(browser(), url);
  await waitForMapDrawn(watched.page);
  return watched;
}

const previous: { current: string | null } = { current: null };

async function searchAndOpen(page: Page, query: string): Promise<string> {
  const input = page.locator('.search__input');
  await input.fill('');
  await input.fill(query);
  await page.locator('.search__list').getByRole('option').first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  // The selection is the store's; the address follows it (throttled).
  await page.waitForFunction((before) => {
    const j = new URLSearchParams(location.search).get('j');
    return j !== null && j !== before;
  }, previous.current, { timeout: 20_000 });
  previous.current = new URL(page.url()).searchParams.get('j');
  // The panel (loaded lazily) moves focus to its heading when it opens; wait for that, or the next
  // query's typing can land before it and the blur closes the list.
  await page.waitForFunction(() => document.activeElement?.classList.contains('detail-panel__name') === true, null, { timeout: 20_000 });
  return previous.current!;
}

describe('Spanish search', () => {
  it('finds places by their Spanish names and agencies by their common names', async () => {
    const { page, problems } = await open(`${baseUrl}?lang=es`);
    const cases: [string, string][] = [
      ['Condado de Harris, Texas', '48201'],
      ['Condado Cook Illinois', '17031'],
      ['ciudad de Nueva York', 'NY-new-york'],
      ['Condado de Doña Ana, Nuevo México', '35013'],
      ['NYPD', 'NY-new-york'],
      ['LASD', '06037'],
      ['Metro', '32003'],
    ];
    const found: [string, string][] = [];
    for (const [query] of cases) found.push([query, await searchAndOpen(page, query)]);
    expect(found).toEqual(cases);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});

describe('Spanish text and numbers', () => {
  it('groups thousands es-US style in the legend and About, and names the levels apart from the state column', async () => {
    const { page, problems } = await open(`${baseUrl}?lang=es&date=2018-01`);
    const counts = await page.locator('.legend__count').allInnerTexts();
    expect(counts.some((c) => /^\d,\d{3}$/.test(c))).toBe(true);
    expect(counts.filter((c) => /\d{4}/.test(c))).toEqual([]);

    await (await toolbarButton(page, /Acerca de este mapa/)).click();
    const about = (await page.locator('.about').innerText()).replace(/\s+/g, ' ');
    expect(about).toContain('9,295');
    expect(about).not.toContain('9295');
    const references = await page.locator('.about__references').innerText();
    expect(references).not.toMatch(/\d{4}-\d{2}/);
    expect(references).toMatch(/de \d{4}/);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: /Tabla/ }).click();
    // The table loads on first use.
    await page.waitForSelector('table.table tbody tr');
    const headers = await page.locator('table th').allInnerTexts();
    expect(headers.join('|')).toContain('Estado de EE. UU.');
    expect(await page.locator('td.table__level', { hasText: /^Estado$/ }).count()).toBe(0);
    expect(await page.locator('td.table__level', { hasText: 'Todo el estado' }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says "No consta ningún registro" where a county has no policy of its own', async () => {
    const { page, problems } = await open(`${baseUrl}?lang=es&j=48201&date=2018-01`);
    const panel = page.locator('.detail-panel');
    await panel.waitFor();
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('No consta ningún registro.');
    expect(text).not.toContain('No consta ninguno');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
