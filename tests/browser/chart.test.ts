/**
 * Issue 11 in a real browser against the built site: the Chart tab's SVG holds the build's
 * series (bands, the rule at the timeline's month, the legend's values), keys and clicks move the
 * timeline, the people switch goes into the link; compare mode recolours the canvas by direction
 * of change and leaving it restores the category colours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { changeBetween } from '../../src/compare/compare';
import { CHANGE_COLORS } from '../../src/compare/mapCompare';
import type { SeriesFile } from '../../src/domain/series';
import { openPage } from './chromium';
import { sharedPage } from './helpers/browser';
import { colourOn, DIST_DATA, interiorLonLat, interiorPoint, jurisdiction } from './helpers/geo';
import { canvasImage, jumpTo, mapCanvas, waitForMapComplete, waitForMapIdle, withMapHook } from './helpers/map';
import { colourDistance, hexToRgba, pixelAt, type DecodedPng } from './helpers/png';
import { axeViolations } from './helpers/axe';

const baseUrl = inject('baseUrl');
const series = JSON.parse(readFileSync(join(DIST_DATA, 'series.json'), 'utf8')) as SeriesFile;
const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - (Number(series.firstMonth.slice(0, 4)) * 12 + Number(series.firstMonth.slice(5, 7)));

const shared = sharedPage('about:blank', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });

const param = (name: string) => shared.page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
const ruleIndex = () => shared.page.locator('.chart__rule').getAttribute('data-index');
const legendValue = (key: string) => shared.page.locator(`.chart__legend li[data-key="${key}"] .chart__legend-value`).textContent();

describe('Chart tab', () => {
  it('draws the build’s series with the rule at the timeline’s month, and keys and clicks move the timeline', async () => {
    await shared.page.goto(`${baseUrl}?view=chart&date=2025-01`);
    const slider = shared.page.getByRole('slider', { name: 'Counties by policy toward ICE, each month' });
    await slider.waitFor();
    expect(await shared.page.locator('.chart__bands path[data-key]').count()).toBe(5);
    expect(await ruleIndex()).toBe(String(monthIndex('2025-01')));
    expect(await slider.getAttribute('aria-valuetext')).toBe('January 2025');
    for (const key of ['limits', 'participates'] as const) {
      expect(await legendValue(key)).toBe(series.counties[key][monthIndex('2025-01')]!.toLocaleString('en-US'));
    }

    await slider.focus();
    await shared.page.keyboard.press('ArrowRight');
    await shared.page.waitForFunction(() => new URLSearchParams(location.search).get('date') === '2025-02');
    expect(await ruleIndex()).toBe(String(monthIndex('2025-02')));
    await shared.page.keyboard.press('Shift+ArrowLeft');
    await shared.page.waitForFunction(() => new URLSearchParams(location.search).get('date') === '2024-02');
    expect(await shared.page.getByTestId('chart-readout').textContent()).toMatch(/^February 2024: /);

    // A click at the plot's left edge is the first month.
    const box = (await shared.page.locator('.chart__svg').boundingBox())!;
    await shared.page.mouse.click(box.x + 60, box.y + box.height / 2);
    await shared.page.waitForFunction(() => new URLSearchParams(location.search).get('date') === '1979-01');
    expect(await ruleIndex()).toBe('0');
  });

  it('switches to 287(g) agreements and to people, and the link carries the switch', async () => {
    await shared.page.goto(`${baseUrl}?view=chart&date=2025-12`);
    await shared.page.getByRole('slider').waitFor();
    await shared.page.getByRole('radio', { name: '287(g) agreements' }).check();
    expect(await legendValue('task_force')).toBe(series.agreements.task_force[monthIndex('2025-12')]!.toLocaleString('en-US'));
    await shared.page.getByRole('radio', { name: 'Counties' }).check();
    await shared.page.getByRole('checkbox', { name: 'People (residents)' }).check();
    await shared.page.waitForFunction(() => new URLSearchParams(location.search).get('people') === '1');
    expect(await legendValue('limits')).toMatch(/million$/);
    await shared.page.getByText(/Puerto Rico is not included/).waitFor();
    await shared.page.getByRole('button', { name: 'Show as table' }).click();
    expect(await shared.page.locator('.chart__table tbody tr').count()).toBe(series.months);
    expect(shared.problems).toEqual([]);
  });
});

function pixelsNear(image: DecodedPng, at: { x: number; y: number }, hex: string): number {
  const colour = hexToRgba(hex);
  let n = 0;
  for (let dy = -5; dy <= 5; dy++) for (let dx = -5; dx <= 5; dx++) if (colourDistance(pixelAt(image, at.x + dx, at.y + dy), colour) < 12) n++;
  return n;
}

describe('compare mode on the map', () => {
  const FROM = '2016-12-31';
  const TO = '2026-06-30';

  it('colours counties by their change on the canvas, and leaving compare restores the categories', async () => {
    const limitsCounty = '06071'; // San Bernardino: California's SB 54 took effect in 2018
    const cooperationCounty = '04017'; // Navajo County, Arizona
    expect(changeBetween(jurisdiction(limitsCounty).intervals, FROM, TO).direction).toBe('limits');
    expect(changeBetween(jurisdiction(cooperationCounty).intervals, FROM, TO).direction).toBe('cooperation');

    await shared.page.goto(withMapHook(`${baseUrl}?date=2026-06&compare=${FROM}`));
    await waitForMapComplete(shared.page);
    await shared.page.getByText(/^Change of counties from December 31, 2016 to June 30, 2026/).waitFor();
    for (const [id, direction] of [[limitsCounty, 'limits'], [cooperationCounty, 'cooperation']] as const) {
      const centre = interiorLonLat(id, 7);
      await jumpTo(shared.page, { lng: centre.lon, lat: centre.lat, zoom: 7 });
      await waitForMapIdle(shared.page);
      const at = await interiorPoint(shared.page, id);
      expect(pixelsNear(await canvasImage(shared.page), at, CHANGE_COLORS[direction]), `${id} drawn as ${direction}`).toBeGreaterThan(30);
    }

    // The one-click pair rewrites the link; "Stop comparing" removes it.
    await shared.page.getByRole('button', { name: 'Since January 20, 2025' }).click();
    await shared.page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === '2025-01-20');
    expect(await param('date')).toBe('2026-06');
    await shared.page.getByRole('button', { name: 'Stop comparing' }).click();
    await shared.page.waitForFunction(() => !new URLSearchParams(location.search).has('compare'));
    await waitForMapIdle(shared.page);
    const at = await interiorPoint(shared.page, cooperationCounty);
    expect(pixelsNear(await canvasImage(shared.page), at, colourOn(cooperationCounty, TO))).toBeGreaterThan(30);
    expect(await shared.page.getByTestId('compare-announce').textContent()).toMatch(/Compare mode off/);
    expect(shared.problems).toEqual([]);
  });
});

describe('switching Map → Chart → Map', () => {
  it('keeps the same map canvas, at the full size of its panel, showing the picture it had', async () => {
    await shared.page.goto(withMapHook(`${baseUrl}?date=2026-06`));
    await waitForMapComplete(shared.page);
    await waitForMapIdle(shared.page);
    const before = await canvasImage(shared.page);
    await mapCanvas(shared.page).evaluate((canvas) => {
      (canvas as HTMLCanvasElement & { dataset: DOMStringMap }).dataset.switchProbe = 'first';
    });
    await shared.page.getByRole('tab', { name: /Chart/ }).click();
    await shared.page.waitForSelector('.chart__bands path');
    await shared.page.getByRole('tab', { name: /Map/ }).click();
    await shared.page.waitForSelector('.view-panel--map:not([hidden]) canvas');
    // Not re-created: the element marked before the switch is the one shown.
    expect(await shared.page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    expect(await mapCanvas(shared.page).getAttribute('data-switch-probe')).toBe('first');
    const sizes = await shared.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
      const container = canvas.closest<HTMLElement>('.maplibregl-map')!;
      return { canvas: [canvas.clientWidth, canvas.clientHeight], container: [container.clientWidth, container.clientHeight], buffer: [canvas.width, canvas.height], dpr: devicePixelRatio };
    });
    expect(sizes.container[0]).toBeGreaterThan(300);
    expect(sizes.container[1]).toBeGreaterThan(200);
    expect(sizes.canvas).toEqual(sizes.container);
    expect(sizes.buffer).toEqual(sizes.container.map((x) => Math.round(x * sizes.dpr)));
    // Shown as it was left, without a redraw: the same picture as before the switch.
    const after = await canvasImage(shared.page);
    expect(after.width).toBe(before.width);
    let differing = 0;
    for (let y = 0; y < after.height; y += 4) for (let x = 0; x < after.width; x += 4) if (colourDistance(pixelAt(after, x, y), pixelAt(before, x, y)) > 12) differing++;
    expect(differing / ((after.width / 4) * (after.height / 4))).toBeLessThan(0.01);
    expect(shared.problems).toEqual([]);
  });
});

describe('axe on the chart and compare mode', () => {
  it.each([
    ['the chart with its table, in Spanish, people on', '?view=chart&date=2019-09&lang=es&people=1', '.chart__bands path', true],
    ['the compare map with its legend', '?date=2026-06&compare=2025-01-20&people=1', '.compare-legend', false],
    ['the compare table', '?view=table&date=2019-12&compare=2019-01', 'table.table tbody tr', false],
  ] as const)('%s has no violations', async (_name, query, ready, table) => {
    const opened = await openPage(shared.browser, `${baseUrl}${query}`, { viewport: { width: 1000, height: 720 }, bypassCSP: true });
    await opened.page.waitForSelector(ready, { timeout: 60_000 });
    if (table) await opened.page.getByRole('button', { name: 'Ver como tabla' }).click();
    expect(await axeViolations(opened.page)).toEqual([]);
    await opened.page.context().close();
  });
});
