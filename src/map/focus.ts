/**
 * Where the map goes to show one jurisdiction (a search result): the bounds of a state's or
 * county's shape, or a city's point. Pure, so it is tested without WebGL; MapView only applies it.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { MapData } from '../data/mapData';
import { boundsOf, type FeatureProps } from '../data/geometry';
import type { Bounds } from '../domain/view';

export type FocusTarget = { kind: 'bounds'; bounds: Bounds } | { kind: 'point'; center: [number, number] };

const featureIndex = new WeakMap<FeatureCollection<Geometry, FeatureProps>, Map<string, FeatureCollection>>();

function featureOf(collection: FeatureCollection<Geometry, FeatureProps>, id: string): FeatureCollection | undefined {
  let index = featureIndex.get(collection);
  if (index === undefined) {
    index = new Map();
    for (const f of collection.features) index.set(f.properties.fips, { type: 'FeatureCollection', features: [f] });
    featureIndex.set(collection, index);
  }
  return index.get(id);
}

export function focusTarget(data: MapData, id: string): FocusTarget | undefined {
  const entry = data.jurisdictions.byId.get(id);
  if (entry === undefined) return undefined;
  if (entry.level === 'place') return entry.point !== undefined ? { kind: 'point', center: [entry.point[0], entry.point[1]] } : undefined;
  const feature = featureOf(entry.level === 'state' ? data.geometry.states : data.geometry.counties, id);
  const bounds = feature !== undefined ? boundsOf([feature]) : undefined;
  return bounds !== undefined ? { kind: 'bounds', bounds } : undefined;
}

/** Zoom a city is shown at; counties and states fit their bounds up to FOCUS_MAX_ZOOM. */
export const PLACE_FOCUS_ZOOM = 7;
export const FOCUS_MAX_ZOOM = 7;
