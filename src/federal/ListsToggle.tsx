/**
 * The switch for the federal-list marks, with what they show on the date: how many jurisdictions
 * the standing lists name and which lists those are, or that none stood then.
 */
import { useId, useMemo } from 'react';
import type { FederalListEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatDay, formatList, formatPartial, precisionOf } from '../i18n/format';
import { listedOn, listsInForce } from './listed';
import './federal.css';
import { useStrings } from '../i18n/useStrings';

export interface ListsToggleProps {
  lists: readonly FederalListEntry[];
  date: IsoDay;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function ListsToggle({ lists, date, checked, onChange }: ListsToggleProps) {
  const strings = useStrings();
  const statusId = useId();
  // Counted only while the marks are on: the switch sits on the page at every timeline step.
  const { count, standing } = useMemo(
    () => (checked ? { count: listedOn(lists, date).size, standing: listsInForce(lists, date) } : { count: 0, standing: [] }),
    [checked, lists, date],
  );
  const names = standing.map((list) => strings.federalListPublished(list.publisher, formatPartial(list.published, precisionOf(list.published), strings.locale)));
  return (
    <div className="lists-toggle">
      <label className="lists-toggle__label check">
        <input type="checkbox" checked={checked} aria-describedby={checked ? statusId : undefined} onChange={(e) => onChange(e.target.checked)} />
        <span className="check__box" aria-hidden="true" />
        <span className="lists-toggle__swatch" aria-hidden="true" />
        <span>{strings.listsToggle}</span>
      </label>
      {checked && (
        <div id={statusId} className="lists-toggle__status">
          <p>{standing.length > 0 ? strings.listsCount(count, formatList(names, strings.locale)) : strings.listsNone(formatDay(date, strings.locale))}</p>
          <p className="lists-toggle__key">
            {strings.listsKey} {strings.listsNote}
          </p>
        </div>
      )}
    </div>
  );
}
