/**
 * Play/pause for the timeline and the speed choice. The logic is headless (play.ts, player.ts: a chunk fetched on the first play, see playback.ts);
 * this only renders the state and forwards clicks. Never starts by itself.
 */
import { useEffect, useId } from 'react';
import { useStrings } from '../i18n/useStrings';
import { useAppStore } from '../store/appStore';
import { TimelineController } from './controller';
import { isPlaySpeed, PLAY_SPEEDS } from './playSpeeds';
import { prefersReducedMotion } from '../a11y/motion';
import { playback, usePlayerState } from './playback';

export function PlayControls() {
  const s = useStrings().classroom;
  const { playing, speed } = usePlayerState();
  const date = useAppStore((st) => st.date);
  const today = useAppStore((st) => st.today);
  const speedId = useId();
  const timeline = new TimelineController(today);
  const atEnd = timeline.monthOf(date) >= timeline.lastMonth;

  // Stop when the controls go away (another view, a language switch re-rendering the tree is fine).
  useEffect(() => () => playback.pause(), []);

  return (
    <div className="play-controls" data-playing={playing || undefined}>
      <button
        type="button"
        className="button button--small play-controls__toggle"
        onClick={() => playback.toggle()}
        aria-label={playing ? s.pauseLabel : atEnd ? s.playFromStartLabel : s.playLabel}
        title={playing ? s.pauseLabel : atEnd ? s.playFromStartLabel : s.playLabel}
      >
        <span aria-hidden="true" className="play-controls__icon">
          {playing ? '❚❚' : '▶'}
        </span>
        <span className="play-controls__text">{playing ? s.pause : s.play}</span>
      </button>
      <label htmlFor={speedId} className="visually-hidden">
        {s.speed}
      </label>
      <select
        id={speedId}
        className="play-controls__speed"
        value={speed}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isPlaySpeed(value)) playback.setSpeed(value);
        }}
        title={prefersReducedMotion() ? s.reducedMotionNote : s.speed}
      >
        {PLAY_SPEEDS.map((value) => (
          <option key={value} value={value}>
            {s.speeds[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
