/** Applies compare mode to the map's session (see mapCompare.ts); MapView calls it beside useRecolour. */
import { useEffect, useMemo } from 'react';
import { noteRecolour } from '../app/benchHook';
import type { IsoDay } from '../domain/dates';
import { sourceForLevel } from '../map/layers';
import { applyPaint, type MapSession } from '../map/session';
import type { Direction } from './compare';
import { comparePaint, directionChanges } from './mapCompare';

export function useCompareMap(session: MapSession | null, date: IsoDay, compare: IsoDay | null): void {
  // What this map shows now; a new map (new session) starts with no `change` state and the category paint.
  const state = useMemo(() => ({ shown: new Map<string, Direction>(), paintOn: false }), [session]);
  useEffect(() => {
    if (session === null) return;
    const wanted = compare !== null;
    if (wanted !== state.paintOn) {
      applyPaint(session.map, comparePaint(wanted));
      state.paintOn = wanted;
    }
    if (compare === null) return;
    const started = performance.now();
    let changed = 0;
    const { byLevel } = session.data.jurisdictions;
    for (const entries of [byLevel.state, byLevel.county, byLevel.place]) {
      for (const change of directionChanges(entries, compare, date, state.shown)) {
        session.map.setFeatureState({ source: sourceForLevel(change.level), id: change.id }, { change: change.direction });
        changed++;
      }
    }
    noteRecolour(performance.now() - started, changed);
  }, [session, state, date, compare]);
}
