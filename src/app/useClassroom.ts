/**
 * The page-wide parts of the classroom and newsroom features, set up once by App:
 * - embed: report the content height to the host page (src/embed/resize.ts);
 * - presentation mode: the keys (src/present/keys.ts: ← → step, Space play/pause or next step,
 *   T tour, Esc close the tour or leave), leaving the mode
 *   when full screen ends, and a flag on <html> for the full-viewport layout;
 * - the guided tour's effect on the date and the map;
 * - print: a still image of the map while printing.
 */
import { useEffect } from 'react';
import { installPrintSnapshot } from '../export/print';
import { useAppStore } from '../store/appStore';
import type { MapData } from '../data/mapData';
import { TimelineController } from '../timeline/controller';
import { appPlayer } from '../timeline/player';
import { useTourEffects } from '../tour/useTourEffects';
import { useTourStore } from '../tour/tourStore';
import { keyBelongsToTarget, type PresentAction, presentAction } from '../present/keys';
import { exitPresentation, watchFullscreen } from '../present/presentMode';

function performPresentAction(action: PresentAction): void {
  const tour = useTourStore.getState();
  const app = useAppStore.getState();
  const months: Partial<Record<PresentAction, number>> = { 'back-year': -12, 'forward-year': 12, 'back-month': -1, 'forward-month': 1 };
  switch (action) {
    case 'previous-step':
      tour.previous();
      return;
    case 'next-step':
      tour.next();
      return;
    case 'toggle-play':
      appPlayer.toggle();
      return;
    case 'toggle-tour':
      void tour.toggle();
      return;
    case 'close-tour':
      tour.close();
      return;
    case 'exit':
      void exitPresentation();
      return;
    default: {
      const step = months[action];
      if (step === undefined) return;
      appPlayer.pause();
      const start = app.mapData.status === 'ready' ? app.mapData.data.index.timelineStart : undefined;
      app.setDate(new TimelineController(app.today, start).step(app.date, step));
    }
  }
}

function onPresentationKey(event: KeyboardEvent): void {
  if (event.defaultPrevented) return;
  const target = event.target instanceof Element ? event.target : null;
  if (keyBelongsToTarget(target, event.key)) return;
  const action = presentAction(event, useTourStore.getState().status === 'open');
  if (action === undefined) return;
  event.preventDefault();
  performPresentAction(action);
}

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

  useEffect(() => {
    if (!present) return;
    window.addEventListener('keydown', onPresentationKey);
    return () => window.removeEventListener('keydown', onPresentationKey);
  }, [present]);

  useTourEffects(data);
}
