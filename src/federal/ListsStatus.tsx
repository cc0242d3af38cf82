/**
 * What the federal-list switch says while on: how many jurisdictions the lists in force name, and
 * the key to the marks. A chunk fetched when the switch is first turned on (./ListsToggle.tsx).
 */
import { useMemo } from 'react';
import type { FederalListEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatDay, formatList, formatPartial, precisionOf } from '../i18n/format';
import { useStrings } from '../i18n/useStrings';
import { listedOn, listsInForce } from './listed';

export function ListsStatus({ id, lists, date }: { id: string; lists: readonly FederalListEntry[]; date: IsoDay }) {
  const strings = useStrings();
  const { count, standing } = useMemo(() => ({ count: listedOn(lists, date).size, standing: listsInForce(lists, date) }), [lists, date]);
  const names = standing.map((list) => strings.federalListPublished(list.publisher, formatPartial(list.published, precisionOf(list.published), strings.locale)));
  return (
    <div id={id} className="lists-toggle__status">
      <p>{standing.length > 0 ? strings.listsCount(count, formatList(names, strings.locale)) : strings.listsNone(formatDay(date, strings.locale))}</p>
      <p className="lists-toggle__key">
        {strings.listsKey} {strings.listsNote}
      </p>
    </div>
  );
}
