/**
 * Presentation mode's keys (./keys.ts maps a key to an action; this performs it): ← → step,
 * Space play/pause or next step, T tour, Esc close the tour or leave. Loaded when the mode starts
 * (app/useClassroom.ts), not on every first load.
 */
import { useAppStore } from '../store/appStore';
import { TimelineController } from '../timeline/controller';
import { appPlayer } from '../timeline/player';
import { useTourStore } from '../tour/tourStore';
import { keyBelongsToTarget, type PresentAction, presentAction } from './keys';
import { exitPresentation } from './presentMode';

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

/** Listens for the keys on `target` until the returned function is called. */
export function listenForPresentationKeys(target: Window): () => void {
  target.addEventListener('keydown', onPresentationKey);
  return () => target.removeEventListener('keydown', onPresentationKey);
}
