/** Applies compare mode to the map's session (see mapCompare.ts); MapView calls it beside useRecolour. */
import { useEffect, useMemo } from 'react';
import { noteRecolour } from '../app/benchHook';
import type { Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { categoriesOn } from '../domain/snapshot';
import { statusOn } from '../domain/status';
import { sourceForLevel } from '../map/layers';
import { applyPaint, type MapSession } from '../map/session';
import { changedIndexes, type ComparePaint, comparePaint, COMPARED_STATE, comparedChanges } from './mapCompare';

interface Lists {
  /** Per list, the compare day's categories and the shown date's at the last pass. */
  onCompareDay: WeakMap<readonly JurisdictionEntry[], readonly Category[]>;
  shown: WeakMap<readonly JurisdictionEntry[], readonly Category[]>;
}

export function useCompareMap(session: MapSession | null, date: IsoDay, compare: IsoDay | null): void {
  // What this map shows now; a new map (new session) starts with no `compared` state and the category paint.
  const state = useMemo(
    () => ({ paint: 'off' as ComparePaint, day: null as IsoDay | null, set: new Map<string, Category>(), lists: { onCompareDay: new WeakMap(), shown: new WeakMap() } as Lists }),
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
        const before = state.lists.shown.get(entries);
        let onCompareDay = state.lists.onCompareDay.get(entries);
        if (full || onCompareDay === undefined) {
          // Not through the shared snapshot: its first diff would build its index of every record's start.
          onCompareDay = entries.map((entry) => statusOn(entry.intervals, compare));
          state.lists.onCompareDay.set(entries, onCompareDay);
        }
        const which = full || before === undefined ? undefined : changedIndexes(before, shown);
        for (const change of comparedChanges(entries, onCompareDay, shown, state.set, which)) {
          session.map.setFeatureState({ source: sourceForLevel(change.level), id: change.id }, { [COMPARED_STATE]: change.category });
          changed++;
        }
        state.lists.shown.set(entries, shown);
      }
      state.day = compare;
    }
    if (compare !== null) noteRecolour(performance.now() - started, changed);
  }, [session, state, date, compare]);
}
