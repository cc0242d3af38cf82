/**
 * The federal-list marks for the date, new data only when the standing lists change (layer
 * visibility is ./useLayerVisibility.ts), and the hatch image they paint with. Part of a chunk
 * fetched when the marks are first turned on (./FederalMarks.tsx).
 */
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import type { IsoDay } from '../domain/dates';
import { listedKey, listedOn } from '../federal/listed';
import { hatchImage, listedData } from './federalMarks';
import { HATCH_IMAGE, SOURCE } from './layers';
import type { MapSession } from './session';

export function useFederalMarks(session: MapSession | null, date: IsoDay, showLists: boolean): void {
  // Which lists the `listed` source of this map holds now (listedKey); null: not filled yet.
  const filled = useMemo<{ key: string | null }>(() => ({ key: null }), [session]);
  useEffect(() => {
    if (session === null || !showLists) return;
    const { map, data } = session;
    // Added with the marks' first data: nothing draws the hatch before (the lists start empty).
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
    const lists = data.index.federalLists;
    const key = listedKey(lists, date);
    if (key === filled.key) return;
    filled.key = key;
    const ids = new Set(listedOn(lists, date).keys());
    (map.getSource(SOURCE.listed) as GeoJSONSource | undefined)?.setData(listedData(data.geometry, ids));
  }, [session, filled, date, showLists]);
}
