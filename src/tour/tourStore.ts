/**
 * The guided tour's state: closed, loading, open at a step, or failed to load. A store of its own
 * (not the app store: the step is not part of the shareable URL), so the toolbar button, the tour
 * panel and the presentation keys all drive the same tour. tour.json is fetched the first time
 * the tour opens, with its check (./tourFile.ts).
 */
import { create } from 'zustand';
import { type Fetcher, fetchJson } from '../data/load';
import { TOUR_FILE, type TourStep } from './types';

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
      const [{ asTourFile }, raw] = await Promise.all([import('./tourFile'), fetchJson(TOUR_FILE, fetcher)]);
      const tour = asTourFile(raw);
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
