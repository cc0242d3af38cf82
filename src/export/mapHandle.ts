/**
 * The live maplibre map, for the features that read its pixels: the PNG export and the print
 * snapshot. (Nothing moves the map through this handle: camera moves are store requests.) MapView hands it over through
 * its `onMapReady` prop once sources and layers are in place (and null when it is removed); it
 * never lives in React state or the store.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export type MapInstance = MaplibreMap;

let current: MapInstance | null = null;
const listeners = new Set<(map: MapInstance | null) => void>();

export function setMapInstance(map: MapInstance | null): void {
  if (map === current) return;
  current = map;
  for (const listener of listeners) listener(map);
}

export function getMapInstance(): MapInstance | null {
  return current;
}

/** Calls `listener` now and whenever the map changes; returns the unsubscribe function. */
export function watchMapInstance(listener: (map: MapInstance | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
