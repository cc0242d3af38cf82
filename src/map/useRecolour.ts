/**
 * Colours for the date: only the features whose category changed since the last date this map
 * showed (recolour.ts), through feature-state. The first colouring lets the first draw show.
 */
import { useEffect, useMemo } from 'react';
import { noteRecolour } from '../app/benchHook';
import type { IsoDay } from '../domain/dates';
import { featureTarget, sourceForLevel } from './layers';
import { listChanges, type ShownCategories } from './recolour';
import { type MapSession, revealWhenReady } from './session';

export function useRecolour(session: MapSession | null, date: IsoDay): void {
  // What this map shows now, per level list; a new map starts from nothing.
  const shown = useMemo<ShownCategories>(() => new WeakMap(), [session]);
  useEffect(() => {
    if (session === null) return;
    const started = performance.now();
    const { byLevel } = session.data.jurisdictions;
    let changed = 0;
    // Per level list (stable arrays), so each day's categories are computed once and shared.
    for (const entries of [byLevel.state, byLevel.county, byLevel.place]) {
      for (const change of listChanges(entries, date, shown)) {
        session.map.setFeatureState(featureTarget({ source: sourceForLevel(change.level), id: change.id }), { category: change.category });
        changed++;
      }
    }
    noteRecolour(performance.now() - started, changed);
    session.firstDraw.coloured = true;
    revealWhenReady(session);
  }, [session, shown, date]);
}
