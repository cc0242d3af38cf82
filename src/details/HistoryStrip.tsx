/** The jurisdiction's whole history as a strip of coloured spans, with the changes listed in words. */
import { useId } from 'react';
import { CategoryMark } from '../a11y/CategoryMark';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatPartial } from '../i18n/format';
import { historySegments } from './history';
import { HistorySegments } from './HistorySegments';
import { usePanelStrings } from '../i18n/panelStrings';

export function HistoryStrip({ entry, today, start }: { entry: JurisdictionEntry; today: IsoDay; start: IsoDay }) {
  const strings = usePanelStrings();
  const segments = historySegments(entry.intervals, start, today);
  const headingId = useId();
  const locale = strings.locale;
  return (
    <section className="panel-section history" aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.history}</h3>
      <div className="history__bar" aria-hidden="true">
        <HistorySegments segments={segments} className="history__segment" />
      </div>
      <div className="history__axis" aria-hidden="true">
        <span>{start.slice(0, 4)}</span>
        <span>{today.slice(0, 4)}</span>
      </div>
      <ol className="history__list" aria-label={strings.historyAria(entry.name)}>
        {segments.map((s) => (
          <li key={s.start}>
            <CategoryMark category={s.category} />
            <span className="history__when">{strings.historySince(formatPartial(s.start, s.precision, locale))}</span>{' '}
            <span className="history__what">{strings.category[s.category]}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
