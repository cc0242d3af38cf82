/**
 * The tour's effect on the page, apart from its panel: the page runs it always (src/app/useClassroom.ts)
 * while the panel (./TourPanel.tsx) is a chunk loaded when the tour first opens.
 */
import { useEffect } from 'react';
import type { MapData } from '../data/mapData';
import { watchMapInstance } from '../export/mapHandle';
import { useAppStore } from '../store/appStore';
import { cameraFor } from './camera';
import { focusMarkFor, showFocusMark } from './focusMark';
import { useTourStore } from './tourStore';

/** Applies the open step to the page: its date now, its camera through a store request the map applies. */
export function useTourEffects(data: MapData | undefined): void {
  const status = useTourStore((t) => t.status);
  const step = useTourStore((t) => (t.status === 'open' ? t.steps[t.index] : undefined));
  useEffect(() => {
    if (status !== 'open' || step === undefined) return;
    const app = useAppStore.getState();
    app.setDate(step.date);
    app.setLayer(step.layer ?? 'counties');
    app.setShowLists(step.lists ?? false);
    if (data === undefined) return;
    const camera = cameraFor(step.focus, data);
    // The step's place, outlined and labelled on the map as soon as the map exists.
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
  }, [status, step, data]);
}
