/**
 * What the play controls read and do. The player (./player.ts, with ./play.ts) is a chunk fetched
 * on the first play or speed change, not part of the first load; the state it reports lives here
 * so the controls render before it has loaded.
 */
import { create } from 'zustand';
import type { PlaySpeed } from './playSpeeds';

export interface PlayerState {
  playing: boolean;
  speed: PlaySpeed;
}

/** What the play button and the presentation keys read (./player.ts writes it). */
export const usePlayerState = create<PlayerState>()(() => ({ playing: false, speed: 'normal' }));

const player = () => import('./player').then((m) => m.appPlayer);

/** The page's player, through its chunk; calls run in order once it has loaded. */
export const playback = {
  toggle(): void {
    void player().then((p) => p.toggle());
  },
  pause(): void {
    // Nothing plays before the player has loaded: no need to fetch it to pause.
    if (usePlayerState.getState().playing) void player().then((p) => p.pause());
  },
  setSpeed(speed: PlaySpeed): void {
    // Shown at once (the menu is a controlled <select>); the player takes it when it has loaded.
    usePlayerState.setState({ speed });
    void player().then((p) => p.setSpeed(speed));
  },
};
