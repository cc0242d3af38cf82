/** Light or dark page: the map's background, borders and outlines follow prefers-color-scheme. */
import { useEffect } from 'react';
import { type MapSession, applyTheme } from './session';
import { DARK_QUERY } from './theme';

export function useMapTheme(session: MapSession | null): void {
  useEffect(() => {
    if (session === null || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => applyTheme(session.map, query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [session]);
}
