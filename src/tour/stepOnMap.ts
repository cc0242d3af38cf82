/**
 * A tour step's effect on the map: its camera (a store request the map applies) and its place,
 * outlined and labelled. Loaded with the tour's first step (./useTourEffects.ts), not on every first load.
 */
import type { MapData } from '../data/mapData';
import { watchMapInstance } from '../export/mapHandle';
import { useAppStore } from '../store/appStore';
import { cameraFor } from './camera';
import { focusMarkFor, showFocusMark } from './focusMark';
import type { TourStep } from './types';

/** Shows `step` on the map (now, or as soon as the map exists); the returned function undoes it. */
export function showStepOnMap(step: TourStep, data: MapData): () => void {
  const app = useAppStore.getState();
  const camera = cameraFor(step.focus, data);
  const mark = focusMarkFor(step.focus, data);
  let unmark: (() => void) | undefined;
  const stopWatching =
    mark === undefined
      ? undefined
      : watchMapInstance((map) => {
          if (map === null || unmark !== undefined) return;
          unmark = showFocusMark(map, mark);
        });
  if (camera !== undefined) app.moveCamera(camera);
  const seq = camera !== undefined ? useAppStore.getState().camera?.seq : undefined;
  // A step left before the map could apply it (no map yet) must not move a later map.
  return () => {
    stopWatching?.();
    unmark?.();
    if (seq !== undefined) useAppStore.getState().cancelCamera(seq);
  };
}
