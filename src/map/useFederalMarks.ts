/**
 * What the layer choice and the federal-list switch show: layer visibility (sources and
 * feature-state stay), and the federal-list marks for the date, new data only when the standing
 * lists change.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import type { IsoDay } from '../domain/dates';
import type { LayerChoice } from '../domain/view';
import { listedKey, listedOn } from '../federal/listed';
import { listedData } from './federalMarks';
import { layerVisibility, SOURCE } from './layers';
import type { MapSession } from './session';

export function useLayerVisibility(session: MapSession | null, layer: LayerChoice, showLists: boolean, onChange: () => void): void {
  useEffect(() => {
    if (session === null) return;
    const { map } = session;
    for (const [id, visibility] of Object.entries(layerVisibility(layer, showLists))) {
      if (map.getLayer(id) !== undefined) map.setLayoutProperty(id, 'visibility', visibility);
    }
    onChange();
  }, [session, layer, showLists, onChange]);
}

export function useFederalMarks(session: MapSession | null, date: IsoDay, showLists: boolean): void {
  // Which lists the `listed` source of this map holds now (listedKey); null: not filled yet.
  const filled = useMemo<{ key: string | null }>(() => ({ key: null }), [session]);
  useEffect(() => {
    if (session === null || !showLists) return;
    const { map, data } = session;
    const lists = data.index.federalLists;
    const key = listedKey(lists, date);
    if (key === filled.key) return;
    filled.key = key;
    const ids = new Set(listedOn(lists, date).keys());
    (map.getSource(SOURCE.listed) as GeoJSONSource | undefined)?.setData(listedData(data.geometry, ids));
  }, [session, filled, date, showLists]);
}
