/** Whether a CSS media query matches now, following changes (false where matchMedia is missing). */
import { useSyncExternalStore } from 'react';

// One MediaQueryList per query: React reads the snapshot on every render of every user (each
// timeline step), and a fresh matchMedia() each time showed in the bench's step profile.
const lists = new Map<string, MediaQueryList>();
function listFor(query: string): MediaQueryList | undefined {
  if (typeof window.matchMedia !== 'function') return undefined;
  let list = lists.get(query);
  if (list === undefined) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = listFor(query);
      if (list === undefined) return () => {};
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => listFor(query)?.matches ?? false,
    () => false,
  );
}

/** Phones: the detail panel is a bottom sheet, search hides behind an icon (src/a11y/touch.css and src/layout/rows.css agree). */
export const PHONE_QUERY = '(max-width: 640px)';
/** Where the toolbar's buttons do not fit beside the tabs and search: they go into a menu. */
export const TOOLBAR_MENU_QUERY = '(max-width: 1180px)';
/** The same with the detail panel open beside the map. */
export const TOOLBAR_MENU_WITH_PANEL_QUERY = '(max-width: 1580px)';
/** A short window (a phone held sideways, a small embed): the legend goes compact (src/layout/rows.css agrees at 480px). */
export const SHORT_QUERY = '(max-height: 480px)';
