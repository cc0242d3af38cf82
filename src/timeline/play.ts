/**
 * Playing the timeline, without a DOM: where a play starts, and which day to show a given time
 * after it started. Time-based, not frame-based, so a slow renderer (software WebGL draws a
 * frame in ~0.2 s) skips months instead of stretching the whole play.
 *
 * - Continuous play (the default) moves through the slider's months so that the WHOLE range takes
 *   `durationMs` (about 15 s at normal speed), whatever day it starts from.
 * - Under prefers-reduced-motion it steps instead: one year at a time, no faster than one step
 *   every `REDUCED_MOTION_MIN_STEP_MS`, and nothing is animated between steps.
 * - It stops at the end (today). Starting at the end starts again from the first month.
 */
import type { IsoDay } from '../domain/dates';
import type { TimelineController } from './controller';
import type { PlaySpeed } from './playSpeeds';

export { isPlaySpeed, PLAY_SPEEDS, type PlaySpeed } from './playSpeeds';

/** How long a play over the whole range lasts at each speed. */
export const PLAY_DURATION_MS: Record<PlaySpeed, number> = {
  slow: 30_000,
  normal: 15_000,
  fast: 8_000,
};

/** Reduced motion: months per step, and the shortest time between two steps. */
const REDUCED_MOTION_STEP_MONTHS = 12;
export const REDUCED_MOTION_MIN_STEP_MS = 800;

export interface PlayFrame {
  day: IsoDay;
  /** True on the frame that reaches the end: the player stops. */
  done: boolean;
}

export interface PlaybackOptions {
  speed?: PlaySpeed;
  reducedMotion?: boolean;
}

/** Whole `unit`s in `ms`, forgiving floating-point error (3 × (x / 3) is 3 units, not 2.999…). */
function units(ms: number, unit: number): number {
  return Math.floor(ms / unit + 1e-9);
}

export class PlaybackController {
  readonly speed: PlaySpeed;
  readonly reducedMotion: boolean;

  constructor(
    readonly timeline: TimelineController,
    options: PlaybackOptions = {},
  ) {
    this.speed = options.speed ?? 'normal';
    this.reducedMotion = options.reducedMotion ?? false;
  }

  /** Months on the slider after the first one (0 when the range is a single month). */
  private get span(): number {
    return this.timeline.maxValue;
  }

  /** Milliseconds per slider month in continuous play. */
  get msPerMonth(): number {
    return PLAY_DURATION_MS[this.speed] / Math.max(1, this.span);
  }

  /** Milliseconds between steps under reduced motion. */
  get msPerStep(): number {
    const steps = Math.max(1, Math.ceil(this.span / REDUCED_MOTION_STEP_MONTHS));
    return Math.max(REDUCED_MOTION_MIN_STEP_MS, PLAY_DURATION_MS[this.speed] / steps);
  }

  /** Where a play from `day` begins: the day itself, or the first month when already at the end. */
  startDay(day: IsoDay): IsoDay {
    const t = this.timeline;
    return t.monthOf(day) >= t.lastMonth ? t.dayForMonth(t.firstMonth) : day;
  }

  /** The day to show `elapsedMs` after a play began on `startDay` (as returned by startDay). */
  frame(startDay: IsoDay, elapsedMs: number): PlayFrame {
    const t = this.timeline;
    const startMonth = t.monthOf(startDay);
    const elapsed = Math.max(0, elapsedMs);
    const months = this.reducedMotion
      ? units(elapsed, this.msPerStep) * REDUCED_MOTION_STEP_MONTHS
      : units(elapsed, this.msPerMonth);
    if (months === 0) return { day: startDay, done: startMonth >= t.lastMonth };
    const month = startMonth + months;
    if (month >= t.lastMonth) return { day: t.dayForMonth(t.lastMonth), done: true };
    return { day: t.dayForMonth(month), done: false };
  }

  /** How long after the start the next change of day happens (for a timer-driven player). */
  nextChangeIn(elapsedMs: number): number {
    const unit = this.reducedMotion ? this.msPerStep : this.msPerMonth;
    const next = (units(Math.max(0, elapsedMs), unit) + 1) * unit;
    return Math.max(1, Math.ceil(next - elapsedMs));
  }
}
