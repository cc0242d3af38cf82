/**
 * One maplibre map from its `load` to its removal, with the little state the map's hooks share:
 * which features are outlined, whether the first complete draw has been shown, and whether a
 * request (not the reader) moved the camera. A new map (new data) is a new session, so nothing
 * carries over from the old one.
 */
import type { Geometry } from 'geojson';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { markMapCompleteAfterPaint } from '../app/benchHook';
import type { MapData } from '../data/mapData';
import { highlightData, type HighlightFeature, type LevelSourceId, SOURCE } from './layers';
import { type MapTheme, themePaint } from './theme';

export interface FeatureRef {
  source: LevelSourceId;
  id: string;
}

export interface MapSession {
  map: MaplibreMap;
  data: MapData;
  /** The selected and hovered features (outlined through the highlight source). */
  highlight: { selected: FeatureRef | null; hover: FeatureRef | null };
  /** The first draw: the canvas hidden until the first tiles have loaded (holdFrames.ts) and been coloured. */
  firstDraw: { loaded: boolean; coloured: boolean; shown: boolean };
  /** A search moved the camera: stop fitting the whole country on resize. */
  requestedMove: boolean;
}

/** `validate: false` skips maplibre's style check: only for values a unit test already validates. */
export function applyPaint(
  map: MaplibreMap,
  settings: readonly (readonly [layer: string, property: string, value: unknown])[],
  options: { validate?: boolean } = {},
): void {
  for (const [layer, property, value] of settings) {
    // setPaintProperty types each value by its property; the settings come from layers.ts and theme.ts, which pair them.
    if (map.getLayer(layer) !== undefined) map.setPaintProperty(layer, property as never, value as never, options);
  }
}

export function applyTheme(map: MaplibreMap, theme: MapTheme): void {
  applyPaint(map, themePaint(theme));
}

/** The first draw's GPU fence: a chunk fetched when the map is made (useMap.ts), long before it is needed. */
export const loadGpuFence = () => import('./whenGpuDone');

/**
 * Draws the map once the first tiles have loaded and been coloured, and shows it when the GPU has
 * finished that frame (whenGpuDone.ts); marks the complete map once it is shown and idle.
 */
export function revealWhenReady(session: MapSession): void {
  const { map, firstDraw } = session;
  if (firstDraw.shown || !firstDraw.loaded || !firstDraw.coloured) return;
  firstDraw.shown = true;
  const canvas = map.getCanvas();
  const idle = new Promise((resolve) => map.once('idle', resolve));
  map.once('render', () => {
    void loadGpuFence()
      // Without the chunk (a failed fetch) the map is shown at once, as it would be without WebGL2.
      .then(({ whenGpuDone }) => whenGpuDone(canvas), () => undefined)
      .then(() => {
        canvas.style.opacity = '';
        return idle;
      })
      .then(markMapCompleteAfterPaint);
  });
  map.triggerRepaint();
}

/** Every county's and state's geometry by source and id, for the highlight outline (once per data set). */
const polygonIndex = new WeakMap<MapData, Map<string, Geometry>>();

function polygonsOf(data: MapData): Map<string, Geometry> {
  let index = polygonIndex.get(data);
  if (index === undefined) {
    index = new Map();
    for (const f of data.geometry.counties.features) index.set(`${SOURCE.counties}/${f.properties.fips}`, f.geometry);
    for (const f of data.geometry.states.features) index.set(`${SOURCE.states}/${f.properties.fips}`, f.geometry);
    polygonIndex.set(data, index);
  }
  return index;
}

/**
 * The selected and hovered county or state outlines go to the small highlight source (see
 * layers.ts); places show theirs through feature-state on their circles.
 */
export function showHighlight({ map, data, highlight }: MapSession): void {
  const { selected, hover } = highlight;
  const items: HighlightFeature[] = [];
  const add = (ref: FeatureRef | null, isSelected: boolean) => {
    if (ref === null || (ref.source !== SOURCE.counties && ref.source !== SOURCE.states)) return;
    // Only an outline reads the shapes (decoding them, the first time: MapData.geometry).
    const geometry = polygonsOf(data).get(`${ref.source}/${ref.id}`);
    if (geometry !== undefined) items.push({ level: ref.source === SOURCE.states ? 'state' : 'county', selected: isSelected, geometry });
  };
  add(selected, true);
  if (hover !== null && (hover.id !== selected?.id || hover.source !== selected.source)) add(hover, false);
  (map.getSource(SOURCE.highlight) as GeoJSONSource | undefined)?.setData(highlightData(items));
}

export function sameFeature(a: FeatureRef | null, b: FeatureRef | null): boolean {
  return a?.id === b?.id && a?.source === b?.source;
}
