/** The selected jurisdiction's outline: feature-state on its shape or point, and the highlight source. */
import { useEffect } from 'react';
import { featureTarget, sourceForLevel } from './layers';
import { type FeatureRef, type MapSession, sameFeature, showHighlight } from './session';

export function useSelectionOutline(session: MapSession | null, selectedId: string | null): void {
  useEffect(() => {
    if (session === null) return;
    const { map, data, highlight } = session;
    const previous = highlight.selected;
    const entry = selectedId !== null ? data.jurisdictions.byId.get(selectedId) : undefined;
    const next: FeatureRef | null = entry !== undefined ? { source: sourceForLevel(entry.level), id: entry.id } : null;
    if (previous !== null && !sameFeature(previous, next)) map.setFeatureState(featureTarget(previous), { selected: false });
    if (next !== null) map.setFeatureState(featureTarget(next), { selected: true });
    highlight.selected = next;
    if (!sameFeature(previous, next)) showHighlight(session);
  }, [session, selectedId]);
}
