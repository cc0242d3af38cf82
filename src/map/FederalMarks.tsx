/**
 * The federal-list marks (./useFederalMarks.ts) as a component that draws nothing, so MapView can
 * load them as a chunk the first time the marks are turned on, then keep it mounted.
 */
import type { IsoDay } from '../domain/dates';
import { useFederalMarks } from './useFederalMarks';
import type { MapSession } from './session';

export function FederalMarks({ session, date, showLists }: { session: MapSession | null; date: IsoDay; showLists: boolean }): null {
  useFederalMarks(session, date, showLists);
  return null;
}
