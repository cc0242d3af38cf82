/**
 * What presentation mode adds: the date in large type, and controls a projector needs (tour,
 * full screen, exit) with the keys spelled out. The rest of the page's chrome is hidden by CSS.
 */
import { useSyncExternalStore } from 'react';
import { formatDay } from '../i18n/format';
import { useClassroomStrings } from '../i18n/classroomStrings';
import { useAppStore } from '../store/appStore';
import { useTourStore } from '../tour/tourStore';
import { canFullscreen, exitPresentation, isFullscreen, leaveFullscreen, requestFullscreen } from './presentMode';

function subscribeFullscreen(callback: () => void): () => void {
  document.addEventListener('fullscreenchange', callback);
  return () => document.removeEventListener('fullscreenchange', callback);
}

export function PresentationBar() {
  const { classroom: s, locale } = useClassroomStrings();
  const date = useAppStore((st) => st.date);
  const tourStatus = useTourStore((t) => t.status);
  const toggleTour = useTourStore((t) => t.toggle);
  const fullscreen = useSyncExternalStore(subscribeFullscreen, () => isFullscreen(), () => false);
  const tourOpen = tourStatus === 'open';

  return (
    <div className="present-bar" role="region" aria-label={s.presentRegion}>
      <p className="present-bar__date">
        <span className="visually-hidden">{s.presentDate}: </span>
        {formatDay(date, locale)}
      </p>
      <div className="present-bar__controls">
        <button type="button" className="button button--small" onClick={() => void toggleTour()} aria-pressed={tourOpen}>
          {s.tour} <kbd>T</kbd>
        </button>
        {canFullscreen() && (
          <button type="button" className="button button--small" onClick={() => void (fullscreen ? leaveFullscreen() : requestFullscreen())}>
            {fullscreen ? s.exitFullScreen : s.fullScreen}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => void exitPresentation()}>
          {s.exitPresent} <kbd>Esc</kbd>
        </button>
      </div>
      <p className="present-bar__keys">{tourOpen ? s.presentKeysTour : s.presentKeys}</p>
    </div>
  );
}
