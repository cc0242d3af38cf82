/** The play speeds the speed menu offers (the play logic itself is ./play.ts, loaded on the first play). */
export const PLAY_SPEEDS = ['slow', 'normal', 'fast'] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

export function isPlaySpeed(value: string): value is PlaySpeed {
  return (PLAY_SPEEDS as readonly string[]).includes(value);
}
