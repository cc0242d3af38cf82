/** What the browser bench measures (browser.ts, paired.ts) and the report prints (report.ts). */
import type { Transfer } from './server';

export interface Bytes {
  js: number;
  css: number;
  data: number;
  html: number;
  other: number;
  total: number;
}

export interface FirstMapRun {
  /** ms from navigation start to the map-complete mark. */
  completeMs: number;
  /** ms from navigation start to when the last data file and the map worker arrived. */
  dataLoadedMs: number;
  workerLoadedMs: number;
  domContentLoadedMs: number;
  bytes: Bytes;
  /** Data files requested before the map was complete, bytes as sent. */
  firstMapData: Record<string, number>;
  transfers: Transfer[];
}

export interface StepSample {
  month: string;
  mainMs: number;
  /**
   * Time from the date change until the frame with the new colours is done: maplibre's next
   * `render` event and then the next animation frame (with software WebGL the canvas is read back
   * for compositing after maplibre's draw calls, on the main thread). Null when nothing on the map
   * changed (maplibre schedules no frame).
   */
  frameMs: number | null;
  /** Of mainMs, the map's own recolour (diff + setFeatureState), and how many features changed. */
  recolourMs: number | null;
  changes: number | null;
}

export interface LongTask {
  start: number;
  duration: number;
}

export interface PairedSample {
  month: string;
  /** Our step: main-thread time, then time to the finished frame (as StepSample.frameMs) and to idle. */
  stepMainMs: number;
  /** Of stepMainMs, the map's own recolour (diff + setFeatureState): what the naive way replaces. */
  stepRecolourMs: number;
  stepFrameMs: number;
  stepIdleMs: number;
  /** A plain triggerRepaint measured the same way. */
  repaintMs: number;
  /** Long tasks (ms) that started while our step's frame / the plain repaint was in progress. */
  stepLongTasks: number[];
  repaintLongTasks: number[];
  /** The naive step: main-thread time of rebuilding the features and setData, and time to idle. */
  naiveMainMs: number;
  naiveIdleMs: number;
}

export interface BrowserResults {
  chromium: string;
  canvas: { width: number; height: number; dpr: number };
  firstMap: FirstMapRun[];
  /** Every month, one store step per animation frame, measured. */
  steps: { samples: StepSample[]; longTasks: LongTask[]; durationMs: number };
  /** The whole range played as a reader plays it, long tasks observed. */
  play: { mode: string; longTasks: LongTask[]; durationMs: number; datesShown: number };
  paired: { samples: PairedSample[] };
  /**
   * CPU time per frame (ms, Linux /proc) of Chromium's GPU process (where software WebGL draws) and
   * renderer, for a step that changes colours and for a plain repaint: unlike wall time, it does
   * not grow when other programs keep the cores busy.
   */
  frameCpu: { step: { gpu: number; renderer: number }; repaint: { gpu: number; renderer: number }; frames: number } | null;
}
