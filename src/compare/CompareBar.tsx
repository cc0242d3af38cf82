/**
 * Compare mode's controls: a second date, the one-click pairs ("Since January 20, 2025", "Since a
 * year ago") and "Stop comparing". Turning compare on, changing it or leaving it is announced
 * (polite live region) with the counts of each direction, counted by compare mode's chunk (loaded
 * on the first comparison: the bar itself is part of the first load).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import type { Lang } from '../i18n/strings';
import { compareBarStringsFor } from './barStrings';
import { loadCompareViews } from './lazyViews';
import { INAUGURATION_2025, yearBefore } from './pairs';
import './compare.css';

export interface CompareBarProps {
  compare: IsoDay | null;
  date: IsoDay;
  start: IsoDay;
  today: IsoDay;
  lang: Lang;
  locale: string;
  /** The jurisdictions of the shown layer, for the announcement's counts. */
  entries: readonly JurisdictionEntry[];
  onChange(day: IsoDay | null): void;
}

export function CompareBar({ compare, date, start, today, lang, locale, entries, onChange }: CompareBarProps) {
  const cs = compareBarStringsFor(lang);
  const inputId = useId();
  const [message, setMessage] = useState('');
  const previous = useRef(compare);

  useEffect(() => {
    if (compare === previous.current) return;
    const was = previous.current;
    previous.current = compare;
    if (compare === null) {
      if (was !== null) setMessage(cs.announceLeft);
      return;
    }
    void loadCompareViews().then((m) => setMessage(m.comparisonAnnouncement(entries, compare, date, lang, locale)));
    // Announced when the comparison itself changes, not on every timeline step.
  }, [compare]);

  return (
    <div className="compare-bar" role="group" aria-label={cs.barLabel} data-active={compare !== null || undefined}>
      <label htmlFor={inputId} className="compare-bar__label">{cs.compareWith}</label>
      <input
        id={inputId}
        type="date"
        className="compare-bar__date"
        min={start}
        max={today}
        value={compare ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      />
      <button type="button" className="button button--small" aria-pressed={compare === INAUGURATION_2025} onClick={() => onChange(INAUGURATION_2025)}>
        {cs.sinceInauguration}
      </button>
      <button type="button" className="button button--small" aria-pressed={compare !== null && compare === yearBefore(date)} onClick={() => onChange(yearBefore(date))}>
        {cs.sinceYearAgo}
      </button>
      {compare !== null && (
        <button type="button" className="button button--small" onClick={() => onChange(null)}>
          {cs.leave}
        </button>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="compare-announce">
        {message}
      </p>
    </div>
  );
}
