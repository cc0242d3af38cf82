/**
 * What the reader set in the table (filters, sort, page), kept while the map is shown instead,
 * so switching back and forth does not lose it. Not part of the URL.
 */
import { create } from 'zustand';
import { DEFAULT_SORT, NO_FILTERS, type SortKey, type SortState, type TableFilters } from './rows';

export interface TableState {
  filters: TableFilters;
  sort: SortState;
  page: number;
  setFilter<K extends keyof TableFilters>(key: K, value: TableFilters[K]): void;
  resetFilters(): void;
  /** Sort by `key`; the same key again flips the direction. */
  sortBy(key: SortKey): void;
  setPage(page: number): void;
}

export const useTableStore = create<TableState>()((set, get) => ({
  filters: NO_FILTERS,
  sort: DEFAULT_SORT,
  page: 0,
  setFilter(key, value) {
    set({ filters: { ...get().filters, [key]: value }, page: 0 });
  },
  resetFilters() {
    set({ filters: NO_FILTERS, page: 0 });
  },
  sortBy(key) {
    const { sort } = get();
    set({ sort: sort.key === key ? { key, ascending: !sort.ascending } : { key, ascending: true }, page: 0 });
  },
  setPage(page) {
    set({ page: Math.max(0, page) });
  },
}));

export function resetTableStore(): void {
  useTableStore.setState({ filters: NO_FILTERS, sort: DEFAULT_SORT, page: 0 });
}
