/**
 * The guided tour's state: closed, loading, open at a step, or failed to load. A store of its own
 * (not the app store: the step is not part of the shareable URL), so the toolbar button, the tour
 * panel and the presentation keys all drive the same tour. tour.json is fetched the first time
 * the tour opens.
 */
import { create } from 'zustand';
import { type Fetcher, fetchJson } from '../data/load';
import { TOUR_FILE, type TourFile, type TourStep } from './types';

export type TourStatus = 'closed' | 'loading' | 'open' | 'error';

export interface TourState {
  status: TourStatus;
  steps: readonly TourStep[];
  index: number;
  /** Open at `index` (default: the first step), loading the tour first if needed. */
  open(index?: number, fetcher?: Fetcher): Promise<void>;
  close(): void;
  toggle(fetcher?: Fetcher): Promise<void>;
  next(): void;
  previous(): void;
  goTo(index: number): void;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isText(value: unknown): boolean {
  return isObject(value) && typeof value.en === 'string' && typeof value.es === 'string';
}

/** Just enough checking to fail clearly instead of drawing a broken step (the build validated it). */
export function asTourFile(value: unknown): TourFile {
  if (!isObject(value) || !Array.isArray(value.steps) || value.steps.length === 0) throw new Error(`${TOUR_FILE}: no steps`);
  for (const step of value.steps as unknown[]) {
    if (
      !isObject(step) ||
      typeof step.id !== 'string' ||
      typeof step.date !== 'string' ||
      step.focus === undefined ||
      !isText(step.title) ||
      !isText(step.caption) ||
      !Array.isArray(step.sources)
    ) {
      throw new Error(`${TOUR_FILE}: a step does not have the expected structure`);
    }
  }
  // Checked field by field above; the rest is the build's contract (scripts/build/tour.ts).
  return value as unknown as TourFile;
}

const clamp = (index: number, length: number) => Math.min(Math.max(0, Math.round(index)), Math.max(0, length - 1));

export const useTourStore = create<TourState>()((set, get) => ({
  status: 'closed',
  steps: [],
  index: 0,

  async open(index = 0, fetcher) {
    const { steps, status } = get();
    if (steps.length > 0) {
      set({ status: 'open', index: clamp(index, steps.length) });
      return;
    }
    if (status === 'loading') return;
    set({ status: 'loading' });
    try {
      const tour = asTourFile(await fetchJson(TOUR_FILE, fetcher));
      if (get().status !== 'loading') return; // closed while loading
      set({ status: 'open', steps: tour.steps, index: clamp(index, tour.steps.length) });
    } catch (error) {
      console.error(error);
      if (get().status === 'loading') set({ status: 'error' });
    }
  },
  close() {
    if (get().status !== 'closed') set({ status: 'closed' });
  },
  async toggle(fetcher) {
    if (get().status === 'closed' || get().status === 'error') await get().open(0, fetcher);
    else get().close();
  },
  next() {
    const { index, steps } = get();
    if (index < steps.length - 1) set({ index: index + 1 });
  },
  previous() {
    const { index } = get();
    if (index > 0) set({ index: index - 1 });
  },
  goTo(index) {
    set({ index: clamp(index, get().steps.length) });
  },
}));

/** Back to closed with nothing loaded (tests). */
export function resetTourStore(): void {
  useTourStore.setState({ status: 'closed', steps: [], index: 0 });
}
