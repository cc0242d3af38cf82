/**
 * The switch for the federal-list marks, with what they show on the date: how many jurisdictions
 * the standing lists name and which lists those are, or that none stood then.
 */
import { useId } from 'react';
import { lazyComponent } from '../app/lazy';
import type { FederalListEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import './federal.css';
import { useStrings } from '../i18n/useStrings';

// What the switch says while on (its counts and the marks' key) loads the first time it is turned on.
const ListsStatus = lazyComponent(() => import('./ListsStatus').then((m) => m.ListsStatus));

export interface ListsToggleProps {
  lists: readonly FederalListEntry[];
  date: IsoDay;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function ListsToggle({ lists, date, checked, onChange }: ListsToggleProps) {
  const strings = useStrings();
  const statusId = useId();
  return (
    <div className="lists-toggle">
      <label className="lists-toggle__label check">
        <input type="checkbox" checked={checked} aria-describedby={checked ? statusId : undefined} onChange={(e) => onChange(e.target.checked)} />
        <span className="check__box" aria-hidden="true" />
        <span className="lists-toggle__swatch" aria-hidden="true" />
        <span>{strings.listsToggle}</span>
      </label>
      {/* Counted only while the marks are on: the switch sits on the page at every timeline step. */}
      {checked && <ListsStatus id={statusId} lists={lists} date={date} />}
    </div>
  );
}
