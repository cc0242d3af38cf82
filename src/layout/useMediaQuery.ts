/** Whether a CSS media query matches now, following changes (false where matchMedia is missing). */
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones: the detail panel is a bottom sheet, search hides behind an icon (styles.css agrees). */
export const PHONE_QUERY = '(max-width: 640px)';
/** Where the toolbar's buttons do not fit beside the tabs and search: they go into a menu. */
export const TOOLBAR_MENU_QUERY = '(max-width: 1180px)';
/** The same with the detail panel open beside the map. */
export const TOOLBAR_MENU_WITH_PANEL_QUERY = '(max-width: 1580px)';
/** A short window (a phone held sideways, a small embed): the legend goes compact (styles.css agrees at 480px). */
export const SHORT_QUERY = '(max-height: 480px)';
