/**
 * The map's style, sources and layers as pure functions of their inputs, so they are tested
 * without WebGL and the map component only applies them.
 *
 * Colours come from feature-state: each feature's `category` on the shown date is set with
 * setFeatureState (never by replacing source data), and `hover` / `selected` likewise. No glyphs,
 * sprites or remote sources: the map works offline and every label is HTML.
 *
 * The four base sources (counties, states, state borders, places) are vector tiles the build cut
 * (scripts/build/tiles.ts, ./tiles.ts): the page neither sends their GeoJSON to a worker nor tiles
 * it there, and their tiles load on every worker, not all on the one GeoJSON sources share. The
 * two small sources the app sets as the reader goes (highlight, listed) stay GeoJSON.
 *
 * Drawing cost (software WebGL, where a school laptop without GPU acceleration ends up): the
 * outlines of the hovered and selected county or state are drawn from a small source of their own
 * (`highlight`, set by MapView when they change), not as a zero-width line over every county on
 * every frame, and the state fills skip their antialiasing outline pass (the state borders draw
 * their edges). The county edges are the county fill's own outline pass (1 px GL lines, faint at
 * low zoom through their colour's alpha), not a line layer: the worker does not tessellate a line
 * for every county edge and each frame draws about 40% less (BENCHMARKS.md).
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { CATEGORIES, CATEGORY_COLORS, type Category } from '../domain/categories';
import type { Bounds, LayerChoice } from '../domain/view';
import { TILE_MAXZOOM, type TileSourceId } from './tiles';

export const PROMOTE_ID = 'fips';

export const SOURCE = {
  counties: 'counties',
  states: 'states',
  stateBorders: 'state-borders',
  places: 'places',
  /** The hovered and selected county or state outlines only (highlightData). */
  highlight: 'highlight',
  /** Jurisdictions named on a federal list standing on the shown date (federalMarks.ts). */
  listed: 'listed',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];
/** The sources that draw a jurisdiction (vector tiles, with feature-state). */
export type LevelSourceId = typeof SOURCE.counties | typeof SOURCE.states | typeof SOURCE.places;

export const LAYER = {
  background: 'background',
  countyFill: 'county-fill',
  countyHighlight: 'county-highlight',
  stateFill: 'state-fill',
  stateHighlight: 'state-highlight',
  stateBorder: 'state-border',
  placeCircle: 'place-circle',
  listedCountyHatch: 'listed-county-hatch',
  listedStateHatch: 'listed-state-hatch',
  listedStateOutline: 'listed-state-outline',
  listedRing: 'listed-ring',
} as const;
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

export const MAP_COLORS = {
  background: '#ffffff',
  countyBorder: '#ffffff',
  stateBorder: '#4d4d4d',
  highlight: '#111111',
  placeStroke: '#ffffff',
  listedMark: '#111111',
};

/** The image name of the diagonal hatch that marks listed counties and states (federalMarks.ts draws it). */
export const HATCH_IMAGE = 'federal-list-hatch';

/** Feature-state keys. */
export interface FeatureStateValues {
  category?: Category;
  hover?: boolean;
  selected?: boolean;
}

/** The empty style the map starts from: a background and nothing to fetch. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    // No paint transitions: each would draw extra frames, each a long task on software WebGL.
    transition: { duration: 0, delay: 0 },
    layers: [{ id: LAYER.background, type: 'background', paint: { 'background-color': MAP_COLORS.background } }],
  };
}

/**
 * The sources: the base four from the build's vector tiles in the folder at `tilesUrl` (absolute:
 * maplibre's worker cannot resolve a relative URL; the template's `{z}/{x}/{y}` is added here, not
 * through `URL`, which would escape its braces), the other two GeoJSON. The tiles cover `bounds`
 * (MapData's: the same extent the build cut them to): maplibre asks for no tile outside it, and the
 * build wrote every tile inside it (an empty file where nothing is drawn).
 */
export function sourceSpecs(
  bounds: Bounds,
  tilesUrl: string,
): Record<TileSourceId, VectorSourceSpecification> & Record<Exclude<SourceId, TileSourceId>, GeoJSONSourceSpecification> {
  const tiles = (source: TileSourceId): VectorSourceSpecification => ({
    type: 'vector',
    tiles: [`${tilesUrl}/${source}/{z}/{x}/{y}.pbf`],
    minzoom: 0,
    // Deeper zooms overzoom the deepest tiles (./tiles.ts).
    maxzoom: TILE_MAXZOOM,
    bounds,
    // The tiles' one layer is named after the source (the state borders have no fips: no id).
    promoteId: { [source]: PROMOTE_ID },
  });
  const geojson = (data: GeoJSONSourceSpecification['data']): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data,
    // As the tiles were cut (scripts/build/tiles.ts): Douglas-Peucker tolerance of half a screen
    // pixel at every zoom, below what a reader sees (BENCHMARKS.md), and a 16 px buffer.
    tolerance: 0.5,
    buffer: 16,
  });
  return {
    [SOURCE.counties]: tiles(SOURCE.counties),
    [SOURCE.states]: tiles(SOURCE.states),
    [SOURCE.stateBorders]: tiles(SOURCE.stateBorders),
    [SOURCE.places]: tiles(SOURCE.places),
    [SOURCE.highlight]: geojson(highlightData([])),
    [SOURCE.listed]: geojson({ type: 'FeatureCollection', features: [] }),
  };
}

/** What setFeatureState and its kin take for a jurisdiction's feature: its tiles' one layer is named after the source. */
export function featureTarget(ref: { source: LevelSourceId; id: string }): { source: LevelSourceId; sourceLayer: string; id: string } {
  return { source: ref.source, sourceLayer: ref.source, id: ref.id };
}

/** A hovered or selected county or state, for the highlight source. */
export interface HighlightFeature {
  level: 'county' | 'state';
  selected: boolean;
  geometry: Geometry;
}

export function highlightData(items: readonly HighlightFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: items.map((item) => ({
      type: 'Feature',
      properties: { level: item.level, selected: item.selected },
      geometry: item.geometry,
    })),
  };
}

/**
 * The county edges' colour by zoom: the fill's outline is always 1 px wide, so the edge colour
 * fades at low zoom instead, with alphas chosen so the canvas reads as it did with the old
 * 0.2–1.5 px border lines (mean luminance within 0.7/255 at zoom 2–7, BENCHMARKS.md).
 */
export function countyEdgeColor(hex: string): ExpressionSpecification {
  // Not a11y/contrast.ts's parseHex: calling it measured +79 B gzip in the first load, whose
  // 100 KB budget had 92 B left (2026-12-07).
  const n = Number.parseInt(hex.slice(1), 16);
  const rgba = (alpha: number) => `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  return ['interpolate', ['linear'], ['zoom'], 2, rgba(0.3), 6, rgba(0.8), 10, rgba(1)];
}

/** A feature's colour: its `category` feature-state through the category palette. */
export function categoryColor(colors: Record<Category, string> = CATEGORY_COLORS): ExpressionSpecification {
  const pairs = CATEGORIES.flatMap((c) => [c, colors[c]]);
  // The tuple type of 'match' cannot follow a spread built at run time; the shape is tested.
  return ['match', ['coalesce', ['feature-state', 'category'], 'none'], ...pairs, colors.none] as unknown as ExpressionSpecification;
}

function stateFlag(name: 'hover' | 'selected'): ExpressionSpecification {
  return ['boolean', ['feature-state', name], false];
}

/** Outline width on the highlight source: selected thicker than hovered. */
function highlightWidth(selected: number, hover: number): ExpressionSpecification {
  return ['case', ['to-boolean', ['get', 'selected']], selected, hover];
}

export function layerSpecs(colors: Record<Category, string> = CATEGORY_COLORS): LayerSpecification[] {
  const countyFill: FillLayerSpecification = {
    id: LAYER.countyFill,
    type: 'fill',
    source: SOURCE.counties,
    'source-layer': SOURCE.counties,
    // The outline pass draws the county edges (see the top of this file).
    paint: { 'fill-color': categoryColor(colors), 'fill-antialias': true, 'fill-outline-color': countyEdgeColor(MAP_COLORS.countyBorder) },
  };
  const stateFill: FillLayerSpecification = {
    id: LAYER.stateFill,
    type: 'fill',
    source: SOURCE.states,
    'source-layer': SOURCE.states,
    paint: { 'fill-color': categoryColor(colors), 'fill-antialias': false },
  };
  const stateBorder: LineLayerSpecification = {
    id: LAYER.stateBorder,
    type: 'line',
    source: SOURCE.stateBorders,
    'source-layer': SOURCE.stateBorders,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': MAP_COLORS.stateBorder,
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2, 10, 2],
    },
  };
  const highlight = (id: LayerId, level: HighlightFeature['level']): LineLayerSpecification => ({
    id,
    type: 'line',
    source: SOURCE.highlight,
    filter: ['==', ['get', 'level'], level],
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': MAP_COLORS.highlight,
      'line-width': highlightWidth(2.5, 1.5),
    },
  });
  const placeCircle: CircleLayerSpecification = {
    id: LAYER.placeCircle,
    type: 'circle',
    source: SOURCE.places,
    'source-layer': SOURCE.places,
    paint: {
      'circle-color': categoryColor(colors),
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        2,
        ['case', stateFlag('selected'), 5, 3],
        6,
        ['case', stateFlag('selected'), 8, 5],
        10,
        ['case', stateFlag('selected'), 11, 8],
      ],
      'circle-stroke-color': ['case', stateFlag('selected'), MAP_COLORS.highlight, stateFlag('hover'), MAP_COLORS.highlight, MAP_COLORS.placeStroke],
      'circle-stroke-width': ['case', stateFlag('selected'), 2, stateFlag('hover'), 1.5, 1],
    },
  };
  // Federal-list marks: a hatch over the fill (the colour still shows through), a dashed outline
  // for a named state (the only mark a state gets over the counties), a ring around a named city.
  const listedHatch = (id: LayerId, level: 'county' | 'state'): FillLayerSpecification => ({
    id,
    type: 'fill',
    source: SOURCE.listed,
    filter: ['==', ['get', 'level'], level],
    paint: { 'fill-pattern': HATCH_IMAGE, 'fill-antialias': false },
  });
  const listedStateOutline: LineLayerSpecification = {
    id: LAYER.listedStateOutline,
    type: 'line',
    source: SOURCE.listed,
    filter: ['==', ['get', 'level'], 'state'],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': MAP_COLORS.listedMark, 'line-width': 2.5, 'line-dasharray': [2, 1] },
  };
  const listedRing: CircleLayerSpecification = {
    id: LAYER.listedRing,
    type: 'circle',
    source: SOURCE.listed,
    filter: ['==', ['get', 'level'], 'place'],
    paint: {
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 6, 6, 8, 10, 11],
      'circle-stroke-color': MAP_COLORS.listedMark,
      'circle-stroke-width': 2,
    },
  };
  return [
    countyFill,
    stateFill,
    listedHatch(LAYER.listedCountyHatch, 'county'),
    listedHatch(LAYER.listedStateHatch, 'state'),
    stateBorder,
    listedStateOutline,
    highlight(LAYER.countyHighlight, 'county'),
    highlight(LAYER.stateHighlight, 'state'),
    listedRing,
    placeCircle,
  ];
}

const COUNTY_ONLY: readonly LayerId[] = [LAYER.countyFill, LAYER.countyHighlight];
const STATE_ONLY: readonly LayerId[] = [LAYER.stateFill, LAYER.stateHighlight];

/** Which of the toggled layers show for a layer choice, with or without the federal-list marks. */
export function layerVisibility(choice: LayerChoice, showLists = false): Record<string, 'visible' | 'none'> {
  const visibility: Record<string, 'visible' | 'none'> = {};
  const shown = (on: boolean) => (on ? 'visible' : 'none');
  for (const id of COUNTY_ONLY) visibility[id] = shown(choice === 'counties');
  for (const id of STATE_ONLY) visibility[id] = shown(choice === 'states');
  visibility[LAYER.listedCountyHatch] = shown(showLists && choice === 'counties');
  visibility[LAYER.listedStateHatch] = shown(showLists && choice === 'states');
  visibility[LAYER.listedStateOutline] = shown(showLists);
  visibility[LAYER.listedRing] = shown(showLists);
  return visibility;
}

/**
 * The sources the first complete map waits for: those its shown layers draw (maplibre loads no
 * tiles for a source whose layers are all hidden; highlight and listed start empty).
 */
export function firstDrawSources(choice: LayerChoice): SourceId[] {
  return [choice === 'counties' ? SOURCE.counties : SOURCE.states, SOURCE.stateBorders, SOURCE.places];
}

/** Layers that answer hover and click, topmost first. */
export function interactiveLayers(choice: LayerChoice): LayerId[] {
  return [LAYER.placeCircle, choice === 'counties' ? LAYER.countyFill : LAYER.stateFill];
}

/** The source a jurisdiction is drawn in. */
export function sourceForLevel(level: 'state' | 'county' | 'place'): LevelSourceId {
  return level === 'state' ? SOURCE.states : level === 'county' ? SOURCE.counties : SOURCE.places;
}

/** Layer specs with their initial visibility for `choice` applied. */
export function layersFor(choice: LayerChoice, showLists = false, colors?: Record<Category, string>): LayerSpecification[] {
  const visibility = layerVisibility(choice, showLists);
  return layerSpecs(colors).map((layer) => {
    const v = visibility[layer.id];
    if (v === undefined || layer.type === 'background') return layer;
    // Spreading a member of the layer union widens its `layout` type; visibility is valid on every non-background layer.
    return { ...layer, layout: { ...(layer.layout ?? {}), visibility: v } } as LayerSpecification;
  });
}
