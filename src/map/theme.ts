/**
 * The map's non-category colours for the page's light and dark themes (prefers-color-scheme).
 * Category fills stay the same in both, so a colour means the same thing everywhere; the
 * background, borders and outlines change so the fills and the selection read on a dark page.
 */
import type { AllPaintProperties, ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { countyEdgeColor, LAYER, MAP_COLORS } from './layers';

export type MapTheme = 'light' | 'dark';

export const MAP_THEME_COLORS: Record<MapTheme, typeof MAP_COLORS> = {
  light: MAP_COLORS,
  dark: {
    background: '#15171a',
    countyBorder: '#15171a',
    stateBorder: '#c8c8c8',
    highlight: '#ffffff',
    placeStroke: '#15171a',
    listedMark: '#f2f2f2',
  },
};

/** [layer, paint property, value]; every value here is a colour or a colour expression. */
export type PaintChange = [layer: string, property: keyof AllPaintProperties, value: string | ExpressionSpecification];

/** The paint properties to set for `theme` (each layer as layers.ts names it). */
export function themePaint(theme: MapTheme): PaintChange[] {
  const c = MAP_THEME_COLORS[theme];
  const flag = (name: 'selected' | 'hover'): ExpressionSpecification => ['boolean', ['feature-state', name], false];
  return [
    [LAYER.background, 'background-color', c.background],
    [LAYER.countyFill, 'fill-outline-color', countyEdgeColor(c.countyBorder)],
    [LAYER.stateBorder, 'line-color', c.stateBorder],
    [LAYER.countyHighlight, 'line-color', c.highlight],
    [LAYER.stateHighlight, 'line-color', c.highlight],
    [LAYER.listedStateOutline, 'line-color', c.listedMark],
    [LAYER.listedRing, 'circle-stroke-color', c.listedMark],
    [LAYER.placeCircle, 'circle-stroke-color', ['case', flag('selected'), c.highlight, flag('hover'), c.highlight, c.placeStroke]],
  ];
}

export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The page's theme now (light where matchMedia is missing, e.g. jsdom). */
export function currentTheme(): MapTheme {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}
