/**
 * Drives a play of the timeline: asks PlaybackController (play.ts) which day to show as time
 * passes and writes it through `setDate`. Everything it touches is injected, so it is tested with
 * a fake clock and scheduler; `appPlayer` below wires it to the app store and the browser.
 *
 * It never starts on its own (no autoplay). It stops at the end, on pause, and as soon as anything
 * else changes the date (the reader drags the slider, a tour step, a link).
 */
import { TIMELINE_START } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { useAppStore } from '../store/appStore';
import { prefersReducedMotion } from '../a11y/motion';
import { TimelineController } from './controller';
import { PlaybackController, type PlaySpeed } from './play';
import { usePlayerState } from './playback';

export interface PlayerDeps {
  now(): number;
  /** Run `callback` after `delayMs` (0: on the next animation frame); returns a cancel function. */
  schedule(callback: () => void, delayMs: number): () => void;
  today(): IsoDay;
  start(): IsoDay;
  getDate(): IsoDay;
  setDate(day: IsoDay): void;
  reducedMotion(): boolean;
}

export class Player {
  private cancel: (() => void) | undefined;
  private controller: PlaybackController | undefined;
  private startDay: IsoDay = TIMELINE_START;
  private startedAt = 0;
  private lastShown: IsoDay | undefined;
  private speed: PlaySpeed = 'normal';

  constructor(
    private readonly deps: PlayerDeps,
    private readonly onChange: (state: { playing: boolean; speed: PlaySpeed }) => void = () => {},
  ) {}

  get playing(): boolean {
    return this.controller !== undefined;
  }

  get currentSpeed(): PlaySpeed {
    return this.speed;
  }

  play(): void {
    this.stopTimer();
    const { deps } = this;
    this.controller = new PlaybackController(new TimelineController(deps.today(), deps.start()), {
      speed: this.speed,
      reducedMotion: deps.reducedMotion(),
    });
    const current = deps.getDate();
    this.startDay = this.controller.startDay(current);
    if (this.startDay !== current) deps.setDate(this.startDay);
    this.lastShown = deps.getDate();
    this.startedAt = deps.now();
    this.emit();
    this.scheduleNext(0);
  }

  pause(): void {
    if (this.controller === undefined) return;
    this.stopTimer();
    this.controller = undefined;
    this.emit();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** A new speed applies from the current day on, without a jump. */
  setSpeed(speed: PlaySpeed): void {
    if (speed === this.speed) return;
    this.speed = speed;
    if (this.playing) this.play();
    else this.emit();
  }

  private emit(): void {
    this.onChange({ playing: this.playing, speed: this.speed });
  }

  private stopTimer(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private scheduleNext(elapsed: number): void {
    const controller = this.controller;
    if (controller === undefined) return;
    // Continuous play renders on every animation frame; stepping waits for the next step.
    const delay = controller.reducedMotion ? controller.nextChangeIn(elapsed) : 0;
    this.cancel = this.deps.schedule(this.tick, delay);
  }

  private readonly tick = (): void => {
    this.cancel = undefined;
    const { deps, controller } = this;
    if (controller === undefined) return;
    if (deps.getDate() !== this.lastShown) {
      // Someone else moved the timeline: they win.
      this.pause();
      return;
    }
    const elapsed = deps.now() - this.startedAt;
    const frame = controller.frame(this.startDay, elapsed);
    if (frame.day !== this.lastShown) {
      deps.setDate(frame.day);
      this.lastShown = deps.getDate();
    }
    if (frame.done) {
      this.pause();
      return;
    }
    this.scheduleNext(elapsed);
  };
}

function browserSchedule(callback: () => void, delayMs: number): () => void {
  if (delayMs <= 0 && typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(() => callback());
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, Math.max(0, delayMs));
  return () => clearTimeout(id);
}

/** The one player of the page, writing to the app store (the controls reach it through ./playback.ts). */
export const appPlayer = new Player(
  {
    now: () => performance.now(),
    schedule: browserSchedule,
    today: () => useAppStore.getState().today,
    start: () => {
      const mapData = useAppStore.getState().mapData;
      return mapData.status === 'ready' ? mapData.data.index.timelineStart : TIMELINE_START;
    },
    getDate: () => useAppStore.getState().date,
    setDate: (day) => useAppStore.getState().setDate(day),
    reducedMotion: prefersReducedMotion,
  },
  (state) => usePlayerState.setState(state),
);
