/**
 * When a panel that took focus closes, give focus back to where the reader was before it opened
 * (the search box, the table row, the map), instead of dropping it on <body>: keyboard users keep
 * their place and nothing is trapped.
 */
import { type RefObject, useEffect, useRef } from 'react';

export function useReturnFocus(panel: RefObject<HTMLElement | null>, open: boolean, fallback?: () => HTMLElement | null): void {
  const lastOutside = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      if (panel.current?.contains(target)) return;
      lastOutside.current = target;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [panel]);

  const wasOpen = useRef(open);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return;
    const active = document.activeElement;
    // Only when focus was lost with the panel (it was inside, or is now nowhere).
    if (active !== null && active !== document.body && !(panel.current?.contains(active) ?? false)) return;
    const target = lastOutside.current?.isConnected ? lastOutside.current : (fallback?.() ?? null);
    target?.focus({ preventScroll: true });
  }, [open, panel, fallback]);
}
