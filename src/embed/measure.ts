/**
 * Measuring how tall the embed's content is at a given width, in this browser, so the code's
 * static height fits without the resize script: the dialog loads the embed address (same origin)
 * in an off-screen frame of that width and reads its content height the way the embedded page
 * reports it to hosts (resize.ts `contentHeight`). Polling, not the frame's own messages: browsers
 * throttle animation frames in off-screen frames, and the reporter waits for one.
 */
import { useEffect, useState } from 'react';
import { contentHeight } from './resize';

export type Measurement = { kind: 'measuring' } | { kind: 'measured'; height: number } | { kind: 'failed' };

/** How often the frame is read, and how long its height must hold still to count. */
export const POLL_MS = 200;
export const SETTLE_MS = 1000;
/** Give up after this long (a blocked frame, a failed load): the estimate stays. */
export const MEASURE_TIMEOUT_MS = 20_000;
/** The embedded app has drawn its controls (before that, the loading screen is shorter). */
export const READY_SELECTOR = '.timeline';

export interface HeightSample {
  at: number;
  height: number | undefined;
}

/**
 * A settled height from successive samples (oldest first): the last height once it has held for
 * `settleMs`, undefined while it still moves or the content is not ready.
 */
export function settledHeight(samples: readonly HeightSample[], settleMs = SETTLE_MS): number | undefined {
  const last = samples.at(-1);
  if (last?.height === undefined) return undefined;
  let since = last.at;
  for (let i = samples.length - 1; i >= 0 && samples[i]!.height === last.height; i--) since = samples[i]!.at;
  return last.at - since >= settleMs ? Math.ceil(last.height) : undefined;
}

function readHeight(frame: HTMLIFrameElement): number | undefined {
  try {
    const doc = frame.contentDocument;
    if (doc === null || doc.body === null || doc.querySelector(READY_SELECTOR) === null) return undefined;
    return contentHeight(doc);
  } catch {
    // Another origin (should not happen: the address is this page's own) cannot be read.
    return undefined;
  }
}

/** Follows the off-screen frame's content height; a new `key` (address or width) measures again. */
export function useMeasuredHeight(frame: HTMLIFrameElement | null, key: string): Measurement {
  const [measurement, setMeasurement] = useState<Measurement>({ kind: 'measuring' });
  useEffect(() => {
    if (frame === null) return;
    setMeasurement({ kind: 'measuring' });
    const started = performance.now();
    const samples: HeightSample[] = [];
    const timer = setInterval(() => {
      const now = performance.now();
      samples.push({ at: now, height: readHeight(frame) });
      const height = settledHeight(samples);
      if (height !== undefined) {
        clearInterval(timer);
        setMeasurement({ kind: 'measured', height });
      } else if (now - started > MEASURE_TIMEOUT_MS) {
        clearInterval(timer);
        setMeasurement({ kind: 'failed' });
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [frame, key]);
  return measurement;
}
