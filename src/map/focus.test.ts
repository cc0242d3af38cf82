import { describe, expect, it } from 'vitest';
import { fixtureMapData } from '../testing/fixtures';
import { focusTarget } from './focus';
import { LAYER, MAP_COLORS } from './layers';
import { MAP_THEME_COLORS, themePaint } from './theme';

const data = fixtureMapData();

describe('focusTarget', () => {
  it('fits a county or state to its shape and flies to a city’s point', () => {
    expect(focusTarget(data, '48201')).toEqual({ kind: 'bounds', bounds: [-100, 26, -96, 30] });
    expect(focusTarget(data, '06')).toEqual({ kind: 'bounds', bounds: [-120, 30, -112, 38] });
    expect(focusTarget(data, 'CA-los-angeles')).toEqual({ kind: 'point', center: [-118, 32] });
    expect(focusTarget(data, 'nowhere')).toBeUndefined();
  });
});

describe('themePaint', () => {
  it('sets background, borders and outlines for each theme, and light is the style’s own colours', () => {
    const light = Object.fromEntries(themePaint('light').map(([layer, prop, value]) => [`${layer}/${prop}`, value]));
    expect(light[`${LAYER.background}/background-color`]).toBe(MAP_COLORS.background);
    const dark = Object.fromEntries(themePaint('dark').map(([layer, prop, value]) => [`${layer}/${prop}`, value]));
    expect(dark[`${LAYER.background}/background-color`]).toBe(MAP_THEME_COLORS.dark.background);
    expect(dark[`${LAYER.countyHighlight}/line-color`]).toBe('#ffffff');
    expect(JSON.stringify(dark[`${LAYER.placeCircle}/circle-stroke-color`])).toContain(MAP_THEME_COLORS.dark.placeStroke);
  });
});
