/**
 * Which jurisdictions a federal "sanctuary jurisdiction" list names on a given day. A list counts
 * from the day it was published until the day it was withdrawn (the DHS list of 2025-05-29 was
 * taken down in June 2025; the DOJ list of 2025-08-05 still stands). The lists are their own layer:
 * they never change a jurisdiction's status, only mark it.
 */
import type { FederalListEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';

export function listInForce(list: FederalListEntry, day: IsoDay): boolean {
  return list.published <= day && (list.withdrawn === undefined || day < list.withdrawn);
}

/** The lists standing on `day`, oldest first. */
export function listsInForce(lists: readonly FederalListEntry[], day: IsoDay): FederalListEntry[] {
  return lists.filter((list) => listInForce(list, day)).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
}

/** Whether the list still named `id` on `day` (the publisher may have taken an entry off later). */
export function stillNamed(list: FederalListEntry, id: string, day: IsoDay): boolean {
  const removed = list.removed?.[id];
  return list.entries[id] !== undefined && (removed === undefined || day < removed.date);
}

/** Whether any list standing on `day` names `id` then (one jurisdiction: no map of them all). */
export function namedOn(lists: readonly FederalListEntry[], id: string, day: IsoDay): boolean {
  return lists.some((list) => listInForce(list, day) && stillNamed(list, id, day));
}

/** Jurisdiction id → the lists standing on `day` that name it then. */
export function listedOn(lists: readonly FederalListEntry[], day: IsoDay): Map<string, FederalListEntry[]> {
  const named = new Map<string, FederalListEntry[]>();
  for (const list of listsInForce(lists, day)) {
    for (const id of Object.keys(list.entries)) {
      if (!stillNamed(list, id, day)) continue;
      const found = named.get(id);
      if (found === undefined) named.set(id, [list]);
      else found.push(list);
    }
  }
  return named;
}

/**
 * A key that changes only when the set of named jurisdictions does, so the map redraws its marks
 * a few times across the whole timeline, not on every day.
 */
export function listedKey(lists: readonly FederalListEntry[], day: IsoDay): string {
  return listsInForce(lists, day)
    .map((list) => {
      const gone = Object.entries(list.removed ?? {})
        .filter(([, r]) => r.date <= day)
        .map(([id]) => id);
      return gone.length > 0 ? `${list.id}-${gone.join(',')}` : list.id;
    })
    .join('+');
}
