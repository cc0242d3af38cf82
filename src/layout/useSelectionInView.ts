/**
 * Keeps the selected place in the part of the map no panel covers (./selectionInView.ts, a chunk
 * fetched on the first selection: a page where nothing is selected has nothing to keep in view).
 */
import { useEffect, useRef } from 'react';
import { startLazily } from '../app/startLazily';
import type { MapData } from '../data/mapData';

export function useSelectionInView(selectedId: string | null, data: MapData | undefined, panel: () => HTMLElement | null): void {
  // Once something was selected, closing the panel still has padding to take back.
  const used = useRef(false);
  if (selectedId !== null) used.current = true;
  useEffect(() => {
    if (data === undefined || !used.current) return;
    return startLazily(() => import('./selectionInView'), (m) => m.keepSelectionInView(selectedId, data, panel));
  }, [selectedId, data, panel]);
}
