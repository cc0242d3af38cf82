/** Applies compare mode to the maplibre map (see mapCompare.ts); MapView calls it with its map. */
import { type RefObject, useEffect, useRef } from 'react';
import { noteRecolour } from '../app/benchHook';
import type { IsoDay } from '../domain/dates';
import type { MapData } from '../data/mapData';
import { sourceForLevel } from '../map/layers';
import type { maplibregl } from '../map/maplibre';
import type { Direction } from './compare';
import { comparePaint, directionChanges } from './mapCompare';

export function useCompareMap(mapRef: RefObject<maplibregl.Map | null>, ready: boolean, data: MapData, date: IsoDay, compare: IsoDay | null): void {
  const shown = useRef(new Map<string, Direction>());
  const paintOn = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || map === null) return;
    const wanted = compare !== null;
    if (wanted !== paintOn.current) {
      for (const [layer, property, value] of comparePaint(wanted)) {
        // Values come paired with their property from mapCompare.ts.
        if (map.getLayer(layer) !== undefined) map.setPaintProperty(layer, property as never, value as never);
      }
      paintOn.current = wanted;
    }
    if (compare === null) return;
    const started = performance.now();
    let changed = 0;
    const { byLevel } = data.jurisdictions;
    for (const entries of [byLevel.state, byLevel.county, byLevel.place]) {
      for (const change of directionChanges(entries, compare, date, shown.current)) {
        map.setFeatureState({ source: sourceForLevel(change.level), id: change.id }, { change: change.direction });
        changed++;
      }
    }
    noteRecolour(performance.now() - started, changed);
  }, [mapRef, ready, data, date, compare]);

  // A new map (new data) starts with no feature-state and the category paint.
  useEffect(() => {
    shown.current = new Map();
    paintOn.current = false;
  }, [data]);
}
