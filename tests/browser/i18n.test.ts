/**
 * Issue 5, Spanish, in a real browser against the built site: `?lang=es` shows the Spanish
 * interface (and sets <html lang>); dates and numbers follow the es-US locale; the switch changes
 * language in place and the link follows; a reader whose browser prefers Spanish gets Spanish on a
 * first visit without any parameter, and a choice made with the switch is remembered.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';
import { waitForMapComplete } from './helpers/map';
import { toolbarButton } from './helpers/toolbar';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Spanish', () => {
  it('?lang=es shows the Spanish interface, with Spanish dates and category names', async () => {
    const { page, problems } = await openPage(browser, `${baseUrl}?lang=es&date=2019-09&j=06075`, { viewport: { width: 1100, height: 800 } });
    await waitForMapComplete(page);
    await page.waitForSelector('.detail-panel .record');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('h1').innerText()).toBe('Policía, cárceles e ICE: quién coopera y desde cuándo');
    expect(await page.title()).toBe('San Francisco · Policía, cárceles e ICE: quién coopera y desde cuándo');
    expect(await page.getByRole('combobox', { name: 'Buscar un estado, condado, ciudad o agencia' }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Mapa' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('slider', { name: 'Fecha que muestra el mapa' }).getAttribute('aria-valuetext')).toBe('30 de septiembre de 2019');
    expect(await page.locator('.legend__caption').innerText()).toBe('Número de condados el 30 de septiembre de 2019');
    const legend = await page.locator('.legend__items').innerText();
    for (const name of ['Limita la cooperación', 'Algunos límites', 'Sin política conocida', 'Obligado a cooperar', 'Participa en el control migratorio']) {
      expect(legend).toContain(name);
    }
    expect(legend).toMatch(/\d,\d{3}/); // es-US groups thousands with a comma
    const panel = page.locator('.detail-panel');
    expect(await panel.locator('.detail-panel__status-date').innerText()).toBe('Situación el 30 de septiembre de 2019');
    // Record summaries exist only in English: marked for screen readers and for the eye.
    const summary = panel.locator('.record__summary [lang="en"]').first();
    expect(await summary.count()).toBe(1);
    expect(await panel.locator('.record__summary .in-english').first().innerText()).toBe('(en inglés)');
    expect(await page.locator('.timeline__event-picker option').nth(1).innerText()).toContain('IIRIRA crea el programa 287(g)');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('switches in place, and the address follows', async () => {
    const { page } = await openPage(browser, `${baseUrl}?date=2019-09`, { viewport: { width: 1100, height: 800 } });
    await waitForMapComplete(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await (await toolbarButton(page, 'Español')).click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await page.locator('h1').innerText()).toContain('Policía');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'es');
    await page.getByRole('tab', { name: 'Tabla' }).click();
    await page.waitForSelector('table.table tbody tr');
    expect(await page.locator('table.table caption').innerText()).toBe('Situación de cada estado, condado y ciudad el 30 de septiembre de 2019');
    // Reloaded without a parameter, the choice made with the switch is kept.
    await page.goto(`${baseUrl}?date=2019-09`);
    await page.waitForSelector('.toolbar');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.context().close();
  });

  it('follows a browser that prefers Spanish on a first visit', async () => {
    const { page } = await openPage(browser, `${baseUrl}?date=2019-09`, { viewport: { width: 1100, height: 800 }, locale: 'es-MX' });
    await page.waitForSelector('.toolbar');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('h1').innerText()).toContain('Policía');
    await page.context().close();
    const english = await openPage(browser, `${baseUrl}?date=2019-09`, { viewport: { width: 1100, height: 800 }, locale: 'en-US' });
    await english.page.waitForSelector('.toolbar');
    expect(await english.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await english.page.context().close();
  });
});
