/**
 * The tour's effect on the page: the date, layer and camera of the open step. Run by the panel
 * (./TourPanel.tsx), a chunk the page loads when the tour first opens and keeps from then on.
 */
import { useEffect } from 'react';
import type { MapData } from '../data/mapData';
import { useAppStore } from '../store/appStore';
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
    // The camera and the outlined place: a chunk loaded with the tour's first step (./stepOnMap.ts).
    let cancelled = false;
    let undo: (() => void) | undefined;
    void import('./stepOnMap').then((m) => {
      if (!cancelled) undo = m.showStepOnMap(step, data);
    });
    return () => {
      cancelled = true;
      undo?.();
    };
  }, [status, step, data]);
}
