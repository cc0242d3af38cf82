/**
 * The page-wide parts of the classroom and newsroom features, set up once by App:
 * - embed: report the content height to the host page (src/embed/resize.ts);
 * - presentation mode: the keys (src/present/presentationKeys.ts, loaded then: ← → step, Space play/pause or next step,
 *   T tour, Esc close the tour or leave), leaving the mode
 *   when full screen ends, and a flag on <html> for the full-viewport layout;
 * - print: a still image of the map while printing.
 */
import { useEffect } from 'react';
import { installPrintSnapshot } from '../export/print';
import { watchFullscreen } from '../present/presentMode';
import { startLazily } from './startLazily';

export function useClassroom({ embed, present }: { embed: boolean; present: boolean }): void {
  // Only an embedded page reports its height, so that code is a chunk fetched then, not part of every first load.
  useEffect(() => (embed ? startLazily(() => import('../embed/resize'), (m) => m.startEmbedReporting(window)) : undefined), [embed]);
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
  useEffect(
    () => (present ? startLazily(() => import('../present/presentationKeys'), (m) => m.listenForPresentationKeys(window)) : undefined),
    [present],
  );
}
