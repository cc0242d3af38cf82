/**
 * Phones: the detail panel is a bottom sheet over the lower part of the screen (styles.css). When
 * one opens, bring the map (or the table) to the top of the screen so the place just chosen is
 * visible above the sheet, not hidden behind the page header.
 */
import { useEffect } from 'react';

const SHEET_QUERY = '(max-width: 640px)';

export function useBottomSheet(selectedId: string | null, open: boolean, target: () => Element | null): void {
  useEffect(() => {
    if (!open || selectedId === null || typeof window.matchMedia !== 'function') return;
    if (!window.matchMedia(SHEET_QUERY).matches) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target()?.scrollIntoView?.({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }, [selectedId, open, target]);
}
