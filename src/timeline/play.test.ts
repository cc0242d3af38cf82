import { describe, expect, it } from 'vitest';
import { TimelineController } from './controller';
import { PLAY_DURATION_MS, PlaybackController, REDUCED_MOTION_MIN_STEP_MS } from './play';
import { Player, type PlayerDeps } from './player';

const timeline = new TimelineController('2025-06-15');

describe('PlaybackController', () => {
  it('plays the whole range in about 15 seconds at normal speed', () => {
    const play = new PlaybackController(timeline);
    const start = play.startDay('1979-01-31');
    expect(start).toBe('1979-01-31');
    expect(play.frame(start, 0)).toEqual({ day: '1979-01-31', done: false });
    const half = play.frame(start, PLAY_DURATION_MS.normal / 2);
    expect(half.done).toBe(false);
    expect(half.day.slice(0, 4)).toBe('2002');
    expect(play.frame(start, PLAY_DURATION_MS.normal - 1).done).toBe(false);
    expect(play.frame(start, PLAY_DURATION_MS.normal)).toEqual({ day: '2025-06-15', done: true });
    expect(play.frame(start, 10 * PLAY_DURATION_MS.normal)).toEqual({ day: '2025-06-15', done: true });
  });

  it('goes at the same pace from the middle, and stops at the end', () => {
    const play = new PlaybackController(timeline, { speed: 'fast' });
    const start = play.startDay('2020-05-31');
    expect(play.frame(start, play.msPerMonth * 3).day).toBe('2020-08-31');
    expect(play.frame(start, PLAY_DURATION_MS.fast).done).toBe(true);
  });

  it('starts again from the first month when played at the end', () => {
    const play = new PlaybackController(timeline);
    expect(play.startDay('2025-06-15')).toBe('1979-01-31');
    expect(play.startDay('2025-06-01')).toBe('1979-01-31');
    expect(play.startDay('2011-09-08')).toBe('2011-09-08');
  });

  it('slow is slower than normal, which is slower than fast', () => {
    const ms = (speed: 'slow' | 'normal' | 'fast') => new PlaybackController(timeline, { speed }).msPerMonth;
    expect(ms('slow')).toBeGreaterThan(ms('normal'));
    expect(ms('normal')).toBeGreaterThan(ms('fast'));
  });

  it('steps a year at a time, no faster than the minimum, under reduced motion', () => {
    const play = new PlaybackController(timeline, { reducedMotion: true });
    const start = play.startDay('1979-01-31');
    expect(play.msPerStep).toBeGreaterThanOrEqual(REDUCED_MOTION_MIN_STEP_MS);
    expect(play.frame(start, play.msPerStep - 1).day).toBe('1979-01-31');
    expect(play.frame(start, play.msPerStep).day).toBe('1980-01-31');
    expect(play.frame(start, play.msPerStep * 2 + 10).day).toBe('1981-01-31');
    expect(play.nextChangeIn(play.msPerStep + 10)).toBe(play.msPerStep - 10);
  });

  it('handles a one-month range', () => {
    const tiny = new PlaybackController(new TimelineController('1979-01-20'));
    expect(tiny.frame(tiny.startDay('1979-01-20'), 0).done).toBe(true);
  });
});

/** A fake browser: a clock the test moves and a scheduler it drains. */
function fakeDeps(date = '2020-01-31', reducedMotion = false) {
  let now = 0;
  const queue: { at: number; callback: () => void }[] = [];
  const state = { date };
  const deps: PlayerDeps = {
    now: () => now,
    schedule(callback, delayMs) {
      const item = { at: now + Math.max(16, delayMs), callback };
      queue.push(item);
      return () => queue.splice(queue.indexOf(item), 1);
    },
    today: () => '2025-06-15',
    start: () => '1979-01-01',
    getDate: () => state.date,
    setDate: (day) => {
      state.date = timeline.clampDay(day);
    },
    reducedMotion: () => reducedMotion,
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      queue.sort((a, b) => a.at - b.at);
      const next = queue[0];
      if (next === undefined || next.at > end) break;
      queue.shift();
      now = next.at;
      next.callback();
    }
    now = end;
  };
  return { deps, state, advance, pending: () => queue.length };
}

describe('Player', () => {
  it('advances the date, then stops at the end', () => {
    const { deps, state, advance, pending } = fakeDeps('1979-01-31');
    const changes: boolean[] = [];
    const player = new Player(deps, (s) => changes.push(s.playing));
    player.play();
    expect(player.playing).toBe(true);
    advance(1000);
    expect(state.date > '1979-01-31').toBe(true);
    expect(state.date < '1985-01-01').toBe(true);
    advance(PLAY_DURATION_MS.normal);
    expect(state.date).toBe('2025-06-15');
    expect(player.playing).toBe(false);
    expect(pending()).toBe(0);
    expect(changes).toEqual([true, false]);
  });

  it('pauses and resumes from where it was', () => {
    const { deps, state, advance } = fakeDeps('1979-01-31');
    const player = new Player(deps);
    player.play();
    advance(2000);
    player.pause();
    const paused = state.date;
    advance(5000);
    expect(state.date).toBe(paused);
    player.toggle();
    advance(500);
    expect(state.date > paused).toBe(true);
  });

  it('stops as soon as something else changes the date', () => {
    const { deps, state, advance } = fakeDeps('1990-01-31');
    const player = new Player(deps);
    player.play();
    advance(300);
    state.date = '2001-09-11';
    advance(300);
    expect(player.playing).toBe(false);
    expect(state.date).toBe('2001-09-11');
  });

  it('restarts from the beginning when started at the end', () => {
    const { deps, state } = fakeDeps('2025-06-15');
    new Player(deps).play();
    expect(state.date).toBe('1979-01-31');
  });

  it('steps yearly under reduced motion', () => {
    const { deps, state, advance } = fakeDeps('2000-01-31', true);
    const player = new Player(deps);
    player.play();
    advance(REDUCED_MOTION_MIN_STEP_MS - 20);
    expect(state.date).toBe('2000-01-31');
    advance(REDUCED_MOTION_MIN_STEP_MS * 3);
    expect(['2003-01-31', '2004-01-31']).toContain(state.date);
    player.pause();
  });

  it('changes speed without jumping', () => {
    const { deps, state, advance } = fakeDeps('1979-01-31');
    const player = new Player(deps);
    player.play();
    advance(1000);
    const before = state.date;
    player.setSpeed('slow');
    expect(state.date).toBe(before);
    expect(player.currentSpeed).toBe('slow');
    advance(1000);
    expect(state.date > before).toBe(true);
  });
});
