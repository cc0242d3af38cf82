/**
 * Issue 3, the federal-list layer in a real browser against the built site: the "named on a federal
 * list" switch marks exactly the jurisdictions a standing list names on the shown date (drawn on the
 * canvas, not only in the source), follows the timeline (the DHS list for a few days in 2025, the DOJ
 * list since, without the entries DOJ later removed), keeps the category colours, and is shareable.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listedOn } from '../../src/federal/listed';
import { sharedPage } from './helpers/browser';
import { builtData, colourOn, interiorLonLat, interiorPoint } from './helpers/geo';
import { canvasImage, jumpTo, waitForMapComplete, waitForMapIdle, withMapHook } from './helpers/map';
import { colourDistance, hexToRgba, pixelAt, type DecodedPng } from './helpers/png';

const baseUrl = inject('baseUrl');
const COOK = '17031'; // on the DOJ list of 2025-08-05
const NEVADA = '32'; // on the DOJ list until 2025-09-26

const shared = sharedPage('about:blank', { viewport: { width: 1400, height: 1000 }, colorScheme: 'light' });

/** The ids the map's `listed` source holds, and the ids drawn by each mark layer on screen. */
async function marks(p: Page): Promise<{ source: string[]; drawn: Record<string, string[]> }> {
  return p.evaluate(() => {
    const map = (window as unknown as { __icemap: { map: import('maplibre-gl').Map } }).__icemap.map;
    const layers = ['listed-county-hatch', 'listed-state-hatch', 'listed-state-outline', 'listed-ring'];
    const drawn: Record<string, string[]> = {};
    for (const layer of layers) {
      const ids = map.getLayer(layer) === undefined || map.getLayoutProperty(layer, 'visibility') === 'none' ? [] : map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
      drawn[layer] = [...new Set(ids)].sort();
    }
    const source = map.querySourceFeatures('listed').map((f) => String(f.properties.id));
    return { source: [...new Set(source)].sort(), drawn };
  });
}

/** Pixels around `at` that are near-black: the hatch lines (fills, borders and dots never are). */
function darkPixels(image: DecodedPng, at: { x: number; y: number }, radius: number): number {
  let n = 0;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const { r, g, b } = pixelAt(image, Math.round(at.x + dx), Math.round(at.y + dy));
      if (r < 70 && g < 70 && b < 70) n++;
    }
  }
  return n;
}

async function show(query: string): Promise<void> {
  await shared.page.goto(withMapHook(`${baseUrl}${query}`));
  await waitForMapComplete(shared.page);
  await waitForMapIdle(shared.page);
}

describe('named on a federal list', () => {
  const { index: status } = builtData();
  const named = (day: string) => [...listedOn(status.federalLists, day).keys()];

  it('marks the DOJ list on the map: counties hatched, states outlined, cities ringed', async () => {
    await show('?date=2025-08-31&lists=1');
    expect((await shared.page.getByRole('checkbox', { name: /federal “sanctuary jurisdiction” list/ }).isChecked())).toBe(true);
    const expected = named('2025-08-31');
    expect(expected.length).toBe(35);
    const { source, drawn } = await marks(shared.page);
    expect(source).toEqual([...expected].sort());
    const levelOf = (id: string) => status.jurisdictions.find((j: { id: string }) => j.id === id)!.level;
    expect(drawn['listed-county-hatch']).toEqual(expected.filter((id) => levelOf(id) === 'county').sort());
    expect(drawn['listed-state-outline']).toEqual(expected.filter((id) => levelOf(id) === 'state').sort());
    expect(drawn['listed-state-hatch']).toEqual([]);
    expect(drawn['listed-ring']!.length).toBeGreaterThan(10);
    expect(drawn['listed-state-outline']).toContain(NEVADA);
    await shared.page.getByText(/^35 jurisdictions named on: U\.S\. Department of Justice/).waitFor();

    // The hatch is on the canvas over Cook County, whose category colour still shows between the lines.
    const centre = interiorLonLat(COOK, 8);
    await jumpTo(shared.page, { lng: centre.lon, lat: centre.lat, zoom: 8 });
    const cook = await interiorPoint(shared.page, COOK);
    expect(cook.clearance).toBeGreaterThanOrEqual(8);
    const image = await canvasImage(shared.page);
    expect(darkPixels(image, cook, 5)).toBeGreaterThan(8);
    const fill = hexToRgba(colourOn(COOK, '2025-08-31'));
    let fillPixels = 0;
    for (let dy = -5; dy <= 5; dy++) for (let dx = -5; dx <= 5; dx++) if (colourDistance(pixelAt(image, cook.x + dx, cook.y + dy), fill) < 12) fillPixels++;
    expect(fillPixels).toBeGreaterThan(30);
  });

  it('follows the timeline: Nevada leaves the DOJ list on 2025-09-26, nothing is marked before the first list', async () => {
    await show('?date=2025-08-31&lists=1');
    await shared.page.getByRole('slider', { name: 'Date shown on the map' }).focus();
    await shared.page.keyboard.press('ArrowRight'); // September 2025
    await shared.page.waitForFunction(() => document.querySelector('.timeline__input')?.getAttribute('aria-valuetext') === 'September 30, 2025');
    await waitForMapIdle(shared.page);
    const september = await marks(shared.page);
    expect(september.source).toEqual([...named('2025-09-30')].sort());
    expect(september.drawn['listed-state-outline']).not.toContain(NEVADA);
    await shared.page.getByText(/^34 jurisdictions named on/).waitFor();

    await shared.page.keyboard.press('Home');
    await shared.page.waitForFunction(() => document.querySelector('.timeline__input')?.getAttribute('aria-valuetext') === 'January 31, 1979');
    await waitForMapIdle(shared.page);
    const none = await marks(shared.page);
    expect(Object.values(none.drawn).flat()).toEqual([]);
    await shared.page.getByText('No federal list was in force on January 31, 1979.').waitFor();
  });

  it('hatches states in the States view, and the switch goes into the shared link', async () => {
    await show('?date=2025-05-31&layer=states');
    const box = shared.page.getByRole('checkbox', { name: /federal “sanctuary jurisdiction” list/ });
    expect(await box.isChecked()).toBe(false);
    expect(Object.values((await marks(shared.page)).drawn).flat()).toEqual([]);
    await box.check();
    await shared.page.waitForFunction(() => new URLSearchParams(location.search).get('lists') === '1', undefined, { timeout: 5000 });
    await waitForMapIdle(shared.page);
    const { drawn } = await marks(shared.page);
    const dhsStates = named('2025-05-31').filter((id) => id.length === 2).sort();
    expect(dhsStates.length).toBeGreaterThan(10);
    expect(drawn['listed-state-hatch']).toEqual(dhsStates);
    expect(drawn['listed-county-hatch']).toEqual([]);
    await box.uncheck();
    await shared.page.waitForFunction(() => !new URLSearchParams(location.search).has('lists'), undefined, { timeout: 5000 });
    expect(shared.problems).toEqual([]);
  });
});
