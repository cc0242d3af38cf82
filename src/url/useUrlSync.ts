/**
 * Keeps the address bar in step with the store: every change to the shareable state is written
 * with history.replaceState (no new history entries), at most every `delayMs`, so dragging the
 * slider or the map does not flood the browser (which throttles replaceState).
 */
import { useEffect } from 'react';
import { type AppData, URL_BACKED_FIELDS, urlStateOf, useAppStore } from '../store/appStore';
import { mergeSearch, parseUrlState } from './codec';
import type { UrlState } from './params';

function shareableChanged(a: AppData, b: AppData): boolean {
  return URL_BACKED_FIELDS.some((key) => a[key] !== b[key]);
}

/** The state a page load starts from: the URL, read once. */
export function readUrlState(search: string, today: string): UrlState {
  return parseUrlState(search, { today });
}

function writeUrl(state: AppData): void {
  const { location, history } = window;
  const search = mergeSearch(location.search, urlStateOf(state), { today: state.today });
  if (search === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

export function useUrlSync(delayMs = 250): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      writeUrl(useAppStore.getState());
    };
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (!shareableChanged(state, previous)) return;
      if (timer === undefined) timer = setTimeout(flush, delayMs);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) {
        clearTimeout(timer);
        flush();
      }
    };
  }, [delayMs]);
}
