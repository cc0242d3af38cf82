/**
 * The page-wide parts of the classroom and newsroom features, set up once by App:
 * - embed: report the content height to the host page (src/embed/resize.ts);
 * - presentation mode: the keys (src/present/presentationKeys.ts, loaded then: ← → step, Space play/pause or next step,
 *   T tour, Esc close the tour or leave), leaving the mode
 *   when full screen ends, and a flag on <html> for the full-viewport layout;
 * - the guided tour's effect on the date and the map;
 * - print: a still image of the map while printing.
 */
import { useEffect } from 'react';
import { installPrintSnapshot } from '../export/print';
import type { MapData } from '../data/mapData';
import { useTourEffects } from '../tour/useTourEffects';
import { watchFullscreen } from '../present/presentMode';

export function useClassroom({ embed, present, data }: { embed: boolean; present: boolean; data: MapData | undefined }): void {
  // Only an embedded page reports its height, so that code is a chunk fetched then, not part of every first load.
  useEffect(() => {
    if (!embed) return undefined;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('../embed/resize').then((m) => {
      if (!cancelled) stop = m.startEmbedReporting(window);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [embed]);
  useEffect(() => installPrintSnapshot(window), []);
  useEffect(() => watchFullscreen(document), []);

  useEffect(() => {
    const root = document.documentElement;
    if (present) root.dataset.present = '';
    else delete root.dataset.present;
    if (embed) root.dataset.embed = '';
    else delete root.dataset.embed;
  }, [present, embed]);

  // The keys only matter in presentation mode: their code is a chunk fetched then (present/presentationKeys.ts).
  useEffect(() => {
    if (!present) return undefined;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('../present/presentationKeys').then((m) => {
      if (!cancelled) stop = m.listenForPresentationKeys(window);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [present]);

  useTourEffects(data);
}
