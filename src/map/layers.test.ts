import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_COLORS } from '../domain/categories';
import { fixtureMapData } from '../testing/fixtures';
import {
  baseStyle,
  categoryColor,
  featureTarget,
  countyEdgeColor,
  highlightData,
  interactiveLayers,
  LAYER,
  MAP_COLORS,
  layersFor,
  layerSpecs,
  layerVisibility,
  firstDrawSources,
  PROMOTE_ID,
  SOURCE,
  sourceForLevel,
  sourceSpecs,
} from './layers';
import { TILE_MAXZOOM, TILE_SOURCES } from './tiles';

const TILES = 'https://example.org/map/data/tiles.0123456789';

describe('map style', () => {
  it('starts from a style that needs nothing from the network', () => {
    const style = baseStyle();
    expect(style.version).toBe(8);
    expect(style.sources).toEqual({});
    expect(style.layers.map((l) => l.type)).toEqual(['background']);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
  });

  it('is a valid maplibre style with every source and layer added', () => {
    const style = { ...baseStyle(), sources: sourceSpecs(fixtureMapData().bounds, TILES), layers: [...baseStyle().layers, ...layersFor('counties')] };
    expect(validateStyleMin(style)).toEqual([]);
    // and the validator does catch a broken layer
    const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'fill', source: 'nowhere' }] };
    expect(validateStyleMin(broken as typeof style).length).toBeGreaterThan(0);
  });

  it('promotes the FIPS property to the feature id on every polygon and point source', () => {
    const specs = sourceSpecs(fixtureMapData().bounds, TILES);
    for (const id of [SOURCE.counties, SOURCE.states, SOURCE.places]) expect(specs[id].promoteId).toEqual({ [id]: PROMOTE_ID });
  });

  it('draws the base sources from the build\'s vector tiles, within the data\'s bounds, and the two the app sets from GeoJSON', () => {
    const data = fixtureMapData();
    const specs = sourceSpecs(data.bounds, TILES);
    for (const id of TILE_SOURCES) {
      expect(specs[id]).toMatchObject({ type: 'vector', tiles: [`${TILES}/${id}/{z}/{x}/{y}.pbf`], minzoom: 0, maxzoom: TILE_MAXZOOM, bounds: data.bounds });
      // The bounds come without decoding the TopoJSON, and are the decoded shapes' extent.
      expect(data.bounds).toEqual(data.geometry.bounds);
    }
    expect(specs[SOURCE.highlight].type).toBe('geojson');
    expect(specs[SOURCE.listed].type).toBe('geojson');
    // Every layer on a tiled source names the tiles' layer, which is named after the source.
    for (const layer of layerSpecs()) {
      if ('source' in layer && (TILE_SOURCES as readonly string[]).includes(layer.source)) expect(layer['source-layer'], layer.id).toBe(layer.source);
      else expect(layer, layer.id).not.toHaveProperty('source-layer');
    }
  });

  it('names the tiles\' layer in every feature-state target', () => {
    expect(featureTarget({ source: SOURCE.counties, id: '48201' })).toEqual({ source: 'counties', sourceLayer: 'counties', id: '48201' });
    expect(featureTarget({ source: SOURCE.places, id: 'TX-austin' })).toEqual({ source: 'places', sourceLayer: 'places', id: 'TX-austin' });
  });

  it('uses no symbol layers (no glyphs: labels are HTML)', () => {
    expect(layerSpecs().some((l) => l.type === 'symbol')).toBe(false);
  });

  it('colours by the category feature-state, "none" when unset', () => {
    const expr = categoryColor() as unknown[];
    expect(expr[0]).toBe('match');
    expect(expr[1]).toEqual(['coalesce', ['feature-state', 'category'], 'none']);
    for (const c of CATEGORIES) {
      const at = expr.indexOf(c);
      expect(at).toBeGreaterThan(1);
      expect(expr[at + 1]).toBe(CATEGORY_COLORS[c]);
    }
    expect(expr.at(-1)).toBe(CATEGORY_COLORS.none);
    const fills = layerSpecs().filter((l) => l.type === 'fill' && l.id !== LAYER.listedCountyHatch && l.id !== LAYER.listedStateHatch);
    expect(fills.map((l) => l.id)).toEqual([LAYER.countyFill, LAYER.stateFill]);
    for (const fill of fills) expect(fill.paint?.['fill-color' as never]).toEqual(categoryColor());
  });

  it('shows county or state fills by the layer choice, borders and places always', () => {
    expect(layerVisibility('counties')).toMatchObject({ [LAYER.countyFill]: 'visible', [LAYER.stateFill]: 'none' });
    expect(layerVisibility('states')).toMatchObject({ [LAYER.countyFill]: 'none', [LAYER.stateFill]: 'visible' });
    expect(layerVisibility('states')).not.toHaveProperty(LAYER.stateBorder);
    const states = layersFor('states');
    expect(states.find((l) => l.id === LAYER.countyFill)?.layout).toMatchObject({ visibility: 'none' });
    expect(states.find((l) => l.id === LAYER.placeCircle)?.layout?.visibility).toBeUndefined();
  });

  it('marks federal-list entries only when asked: counties hatched in the counties view, states in the states view', () => {
    const off = layerVisibility('counties');
    for (const id of [LAYER.listedCountyHatch, LAYER.listedStateHatch, LAYER.listedStateOutline, LAYER.listedRing]) expect(off[id]).toBe('none');
    expect(layerVisibility('counties', true)).toMatchObject({
      [LAYER.listedCountyHatch]: 'visible',
      [LAYER.listedStateHatch]: 'none',
      [LAYER.listedStateOutline]: 'visible',
      [LAYER.listedRing]: 'visible',
    });
    expect(layerVisibility('states', true)).toMatchObject({
      [LAYER.listedCountyHatch]: 'none',
      [LAYER.listedStateHatch]: 'visible',
      [LAYER.listedStateOutline]: 'visible',
      [LAYER.listedRing]: 'visible',
    });
    const layers = layerSpecs();
    const marks = layers.filter((l) => 'source' in l && l.source === SOURCE.listed);
    expect(marks.map((l) => l.id).sort()).toEqual([LAYER.listedCountyHatch, LAYER.listedRing, LAYER.listedStateHatch, LAYER.listedStateOutline].sort());
    // Never the interactive layers, and the ring sits just under the city circles.
    expect(interactiveLayers('counties')).not.toContain(LAYER.listedRing);
    const ids = layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.listedRing)).toBe(ids.indexOf(LAYER.placeCircle) - 1);
    expect(ids.indexOf(LAYER.listedCountyHatch)).toBeGreaterThan(ids.indexOf(LAYER.countyFill));
    expect(sourceSpecs(fixtureMapData().bounds, TILES)[SOURCE.listed].data).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('has no paint transitions, and waits for the sources its shown layers draw', () => {
    expect(baseStyle().transition).toEqual({ duration: 0, delay: 0 });
    expect(firstDrawSources('counties')).toEqual([SOURCE.counties, SOURCE.stateBorders, SOURCE.places]);
    expect(firstDrawSources('states')).toEqual([SOURCE.states, SOURCE.stateBorders, SOURCE.places]);
  });

  it('answers pointer events from places first, then the visible fill', () => {
    expect(interactiveLayers('counties')).toEqual([LAYER.placeCircle, LAYER.countyFill]);
    expect(interactiveLayers('states')).toEqual([LAYER.placeCircle, LAYER.stateFill]);
    expect(sourceForLevel('county')).toBe(SOURCE.counties);
    expect(sourceForLevel('place')).toBe(SOURCE.places);
  });

  it('draws places above the fills and outlines', () => {
    const ids = layerSpecs().map((l) => l.id);
    expect(ids.at(-1)).toBe(LAYER.placeCircle);
    expect(ids.indexOf(LAYER.stateBorder)).toBeGreaterThan(ids.indexOf(LAYER.countyFill));
  });

  it('keeps every frame cheap: highlight outlines from their own small source, county edges from the fill outline, state fills without one', () => {
    const layers = layerSpecs();
    for (const id of [LAYER.countyHighlight, LAYER.stateHighlight]) {
      const layer = layers.find((l) => l.id === id);
      expect(layer).toMatchObject({ type: 'line', source: SOURCE.highlight });
    }
    for (const fill of layers.filter((l) => l.type === 'fill' && l.id !== LAYER.countyFill)) expect(fill.paint?.['fill-antialias' as never]).toBe(false);
    const countyFill = layers.find((l) => l.id === LAYER.countyFill);
    expect(countyFill?.paint).toMatchObject({ 'fill-antialias': true, 'fill-outline-color': countyEdgeColor(MAP_COLORS.countyBorder) });
    expect(layers.filter((l) => l.type === 'line' && l.source === SOURCE.counties)).toEqual([]);
    expect(sourceSpecs(fixtureMapData().bounds, TILES)[SOURCE.highlight].data).toEqual({ type: 'FeatureCollection', features: [] });
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(highlightData([{ level: 'county', selected: true, geometry: square }]).features).toEqual([
      { type: 'Feature', properties: { level: 'county', selected: true }, geometry: square },
    ]);
  });
});
