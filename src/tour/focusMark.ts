/**
 * The tour step's place, marked on the map: its outline (a county's or state's shape, or a ring
 * round a city's point) and its name in a label beside it, so a class sees at once what the caption
 * is about. Drawn with its own source and layers and an HTML label in the map's container (no
 * glyphs: the map fetches no fonts), removed when the step changes or the tour closes.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapInstance } from '../export/mapHandle';
import type { MapData } from '../data/mapData';
import type { TourFocus } from './types';

const SOURCE = 'tour-focus';
const LINE = 'tour-focus-line';
const HALO = 'tour-focus-halo';
const RING = 'tour-focus-ring';

export interface FocusMark {
  geometry: FeatureCollection;
  /** Where the label sits (map coordinates): the shape's top centre or the point. */
  anchor: [number, number];
  name: string;
  point: boolean;
}

/** What to mark for a step's focus (pure): nothing for the whole country or a bare centre. */
export function focusMarkFor(focus: TourFocus, data: MapData): FocusMark | undefined {
  if (focus === 'country' || 'center' in focus) return undefined;
  const entry = data.jurisdictions.byId.get(focus.jurisdiction);
  if (entry === undefined) return undefined;
  if (entry.level === 'place') {
    if (entry.point === undefined) return undefined;
    const point: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [entry.point[0], entry.point[1]] } };
    return { geometry: { type: 'FeatureCollection', features: [point] }, anchor: [entry.point[0], entry.point[1]], name: entry.name, point: true };
  }
  const collection = entry.level === 'state' ? data.geometry.states : data.geometry.counties;
  const feature = collection.features.find((f) => f.properties.fips === entry.id);
  if (feature === undefined) return undefined;
  let west = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const walk = (coords: unknown): void => {
    if (Array.isArray(coords) && typeof coords[0] === 'number') {
      const [x, y] = coords as [number, number];
      west = Math.min(west, x);
      east = Math.max(east, x);
      north = Math.max(north, y);
    } else if (Array.isArray(coords)) for (const c of coords) walk(c);
  };
  walk((feature.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates);
  return {
    geometry: { type: 'FeatureCollection', features: [feature as Feature] },
    anchor: [(west + east) / 2, north],
    name: entry.name,
    point: false,
  };
}

/** Draws the mark; returns the function that removes it. */
export function showFocusMark(map: MapInstance, mark: FocusMark): () => void {
  const ink = getComputedStyle(document.documentElement).getPropertyValue('--ink').trim() || '#1a1a1a';
  const paper = getComputedStyle(document.documentElement).getPropertyValue('--paper').trim() || '#ffffff';
  map.addSource(SOURCE, { type: 'geojson', data: mark.geometry });
  if (mark.point) {
    map.addLayer({ id: RING, type: 'circle', source: SOURCE, paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-width': 3, 'circle-stroke-color': ink } });
  } else {
    map.addLayer({ id: HALO, type: 'line', source: SOURCE, paint: { 'line-color': paper, 'line-width': 6, 'line-opacity': 0.9 } });
    map.addLayer({ id: LINE, type: 'line', source: SOURCE, paint: { 'line-color': ink, 'line-width': 3 } });
  }
  const label = document.createElement('div');
  label.className = 'tour-focus-label';
  label.setAttribute('aria-hidden', 'true');
  label.textContent = mark.name;
  map.getContainer().appendChild(label);
  const place = () => {
    const p = map.project(mark.anchor);
    label.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y - (mark.point ? 18 : 6))}px) translate(-50%, -100%)`;
  };
  place();
  map.on('move', place);
  return () => {
    map.off('move', place);
    label.remove();
    for (const id of [RING, HALO, LINE]) if (map.getLayer(id) !== undefined) map.removeLayer(id);
    if (map.getSource(SOURCE) !== undefined) map.removeSource(SOURCE);
  };
}
