/**
 * Compare mode on the map (./useCompareMap.ts) as a component that draws nothing, so MapView can
 * load it with compare mode's chunk the first time compare is turned on, then keep it mounted
 * (turning compare off puts the category paint back through the same hook).
 */
import type { IsoDay } from '../domain/dates';
import type { MapSession } from '../map/session';
import { useCompareMap } from './useCompareMap';

export function CompareMap({ session, date, compare }: { session: MapSession | null; date: IsoDay; compare: IsoDay | null }): null {
  useCompareMap(session, date, compare);
  return null;
}
