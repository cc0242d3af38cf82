/**
 * Issue 15, "Everyone": the detail panel shows a record's dates with the precision its sources give
 * ("May 2017", "2021", each marked "exact date not known"), never a made-up first day; a record
 * whose end has a note (Texas SB 4: its ban remains law under SB 8) says the record ends and points
 * to the note instead of declaring the law "not in force". Against the built dist/.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage } from './chromium';
import { sharedBrowser } from './helpers/browser';
import { featureOf, polygonsOf } from './helpers/geo';
import { projectPoints, waitForMapComplete, withMapHook } from './helpers/map';
import { waitForMapDrawn } from './page-checks';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

async function recordText(url: string, citation: RegExp): Promise<{ text: string; problems: string[] }> {
  const { page, problems } = await openPage(browser(), url);
  await waitForMapDrawn(page);
  const record = page.locator('.detail-panel li.record').filter({ has: page.locator('.record__citation', { hasText: citation }) });
  await record.first().waitFor({ timeout: 30_000 });
  const text = (await record.first().innerText()).replace(/\s+/g, ' ');
  await page.context().close();
  return { text, problems };
}

describe('partial dates in the detail panel', () => {
  it('Illinois TRUST Act: voted "May 2017", with "exact date not known", never "May 1, 2017"', async () => {
    const { text, problems } = await recordText(`${baseUrl}?j=17&date=2018-01`, /Illinois TRUST Act/);
    expect(text).toContain('May 2017 (exact date not known)');
    expect(text).toContain('August 28, 2017');
    expect(text).not.toContain('May 1, 2017');
    expect(problems).toEqual([]);
  });

  it('Chicago\'s 2006 ordinance: ended "2012", never "January 1, 2012"', async () => {
    const { text, problems } = await recordText(`${baseUrl}?j=IL-chicago&date=2010-01`, /ordinance of March 29, 2006/);
    expect(text).toContain('2012 (exact date not known)');
    expect(text).not.toContain('January 1, 2012');
    expect(problems).toEqual([]);
  });

  it('in Spanish: "mayo de 2017 (fecha exacta desconocida)"', async () => {
    const { text } = await recordText(`${baseUrl}?j=17&date=2018-01&lang=es`, /Illinois TRUST Act/);
    expect(text).toContain('mayo de 2017 (fecha exacta desconocida)');
    expect(text).not.toContain('1 de mayo de 2017');
  });

  it('Texas SB 4 after SB 8: the record ends, and the panel points to why instead of "not in force"', async () => {
    const { text, problems } = await recordText(`${baseUrl}?j=48&date=2026-03`, /^SB 4 \(85th/);
    expect(text).toContain('This record ends January 1, 2026: see why below');
    expect(text).not.toContain('Not in force on this date');
    expect(text).toMatch(/Why it ended: .*remain law/);
    expect(problems).toEqual([]);
  });

  it('Oregon\'s 1987 law (year only): panel history "Since 1987", table Since "1987", never a day', async () => {
    const { page, problems } = await openPage(browser(), `${baseUrl}?j=41&date=2019-09`);
    await waitForMapDrawn(page);
    const history = page.locator('.detail-panel .history__list');
    await history.waitFor({ timeout: 30_000 });
    const lines = (await history.innerText()).replace(/\s+/g, ' ');
    expect(lines).toMatch(/1987/);
    expect(lines).not.toMatch(/January 1, 1987|Jan 1, 1987/);
    await page.context().close();

    const table = await openPage(browser(), `${baseUrl}?view=table&date=2019-09`);
    await table.page.locator('table.table tbody tr').first().waitFor({ timeout: 30_000 });
    await table.page.locator('select').filter({ has: table.page.locator('option', { hasText: 'Oregon' }) }).first().selectOption({ label: 'Oregon' });
    const lane = table.page.locator('table.table tbody tr').filter({ hasText: 'Lane' }).first();
    await lane.waitFor({ timeout: 10_000 });
    expect((await lane.locator('.table__since').innerText()).trim()).toBe('1987');
    await table.page.context().close();
    expect([...problems, ...table.problems]).toEqual([]);
  });

  it('Oregon\'s 1987 law: the map tooltip\'s history reads "1987", never a day', async () => {
    const { page, problems } = await openPage(browser(), withMapHook(`${baseUrl}?date=2019-09`));
    await waitForMapComplete(page);
    // Harney County (41025): large, rural, no town dot at the mean of its outer ring's vertices.
    const ring = polygonsOf(featureOf('41025'))[0]![0]!;
    const mean: [number, number] = [ring.reduce((a, p) => a + p[0]!, 0) / ring.length, ring.reduce((a, p) => a + p[1]!, 0) / ring.length];
    const [[x, y]] = (await projectPoints(page, [mean])) as [[number, number]];
    const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(canvas.x + x - 3, canvas.y + y - 3);
    await page.mouse.move(canvas.x + x, canvas.y + y);
    const tooltip = page.locator('.map-tooltip');
    await expect.poll(async () => ((await tooltip.count()) > 0 ? await tooltip.first().innerText() : ''), { timeout: 10_000 }).toContain('Harney');
    // The tooltip's history is its strip's accessible name ("History: Since 1987 Limits cooperation").
    const text = (await tooltip.first().locator('.history-strip').getAttribute('aria-label')) ?? '';
    expect(text).toMatch(/1987/);
    expect(text).not.toMatch(/Jan(uary)? 1, 1987/);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('a source published in a month (Staten Island Advance, 2014-11): cited "November 2014", never "November 1, 2014"', async () => {
    const { page, problems } = await openPage(browser(), `${baseUrl}?j=36085&date=2019-09`);
    await waitForMapDrawn(page);
    const panel = page.locator('.detail-panel');
    await panel.locator('.record').first().waitFor({ timeout: 30_000 });
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('November 2014');
    expect(text).not.toContain('November 1, 2014');
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
