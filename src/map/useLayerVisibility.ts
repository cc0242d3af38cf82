/** What the layer choice and the federal-list switch show: layer visibility (sources and feature-state stay). */
import { useEffect } from 'react';
import type { LayerChoice } from '../domain/view';
import { layerVisibility } from './layers';
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
