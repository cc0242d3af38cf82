/**
 * Issue 15, the Spanish reader (`?lang=es`), against the built dist/: search by Spanish names of
 * places and levels, agencies by their common names (issue 12), one number convention (es-US:
 * "1,692") in the legend, table and About, "No consta ningún registro", About's source dates
 * written out, and the level "Todo el estado" apart from the column "Estado de EE. UU.".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';
import { waitForMapDrawn } from './page-checks';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(url: string) {
  const watched = await openPage(browser, url);
  await waitForMapDrawn(watched.page);
  return watched;
}

async function searchAndOpen(page: Page, query: string): Promise<string> {
  const input = page.locator('.search__input');
  await input.fill('');
  await input.fill(query);
  await page.getByRole('option').first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('j') !== null);
  const j = new URL(page.url()).searchParams.get('j')!;
  return j;
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
    for (const [query] of cases) {
      found.push([query, await searchAndOpen(page, query)]);
      await page.goto(`${baseUrl}?lang=es`);
      await waitForMapDrawn(page);
    }
    expect(found).toEqual(cases);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('Spanish text and numbers', () => {
  it('groups thousands es-US style in the legend and About, and names the levels apart from the state column', async () => {
    const { page, problems } = await open(`${baseUrl}?lang=es&date=2018-01`);
    const legend = (await page.locator('.legend').first().innerText()).replace(/\s+/g, ' ');
    expect(legend).toMatch(/\d,\d{3}/);
    expect(legend).not.toMatch(/(?<![\d,])\d{4}(?!\d)/);

    await page.getByRole('button', { name: /Acerca de este mapa/ }).click();
    const about = (await page.locator('.about').innerText()).replace(/\s+/g, ' ');
    expect(about).toContain('9,295');
    expect(about).not.toContain('9295');
    const references = await page.locator('.about__references').innerText();
    expect(references).not.toMatch(/\d{4}-\d{2}/);
    expect(references).toMatch(/de \d{4}/);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Tabla/ }).click();
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
