/** Applies compare mode to the map's session (see mapCompare.ts); MapView calls it beside useRecolour. */
import { useEffect, useMemo } from 'react';
import { noteRecolour } from '../app/benchHook';
import type { Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { categoriesOn } from '../domain/snapshot';
import { statusOn } from '../domain/status';
import { featureTarget, sourceForLevel } from '../map/layers';
import { applyPaint, type MapSession } from '../map/session';
import { type ComparePaint, comparePaint, COMPARED_STATE, comparedChanges } from './mapCompare';

/** Per list, the compare day's categories and the shown date's at the last pass. */
type Lists = WeakMap<readonly JurisdictionEntry[], { onCompareDay: readonly Category[]; shown: readonly Category[] }>;

export function useCompareMap(session: MapSession | null, date: IsoDay, compare: IsoDay | null): void {
  // What this map shows now; a new map (new session) starts with no `compared` state and the category paint.
  const state = useMemo(
    () => ({ paint: 'off' as ComparePaint, day: null as IsoDay | null, set: new Map<string, Category>(), lists: new WeakMap() as Lists }),
    [session],
  );
  useEffect(() => {
    if (session === null) return;
    const started = performance.now();
    let changed = 0;
    const paint: ComparePaint = compare === null ? 'off' : compare <= date ? 'compareFirst' : 'compareLast';
    if (paint !== state.paint) {
      // Validated once by mapCompare.test.ts (the style spec's createExpression), not on every switch.
      applyPaint(session.map, comparePaint(paint), { validate: false });
      state.paint = paint;
    }
    if (compare === null) {
      // The shown date is no longer followed: the next compare starts with a full pass.
      state.day = null;
    } else {
      const full = compare !== state.day;
      const { byLevel } = session.data.jurisdictions;
      for (const entries of [byLevel.state, byLevel.county, byLevel.place]) {
        // The shown date's categories were just computed by the map's recolour (shared, domain/snapshot.ts).
        const shown = categoriesOn(entries, date);
        const last = state.lists.get(entries);
        const onCompareDay =
          !full && last !== undefined
            ? last.onCompareDay
            : // Not through the shared snapshot: its first diff would build its index of every record's start.
              entries.map((entry) => statusOn(entry.intervals, compare));
        for (const change of comparedChanges(entries, onCompareDay, shown, state.set, full ? undefined : last?.shown)) {
          session.map.setFeatureState(featureTarget({ source: sourceForLevel(change.level), id: change.id }), { [COMPARED_STATE]: change.category });
          changed++;
        }
        state.lists.set(entries, { onCompareDay, shown });
      }
      state.day = compare;
    }
    if (compare !== null) noteRecolour(performance.now() - started, changed);
  }, [session, state, date, compare]);
}
