/** In the detail panel, compare mode: the status on both dates and the record that changed it. */
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatDay } from '../i18n/format';
import { useStrings } from '../i18n/useStrings';
import { changeBetween, ordered } from './compare';
import { compareStringsFor } from './strings';
import { useChangingRecord } from './useChangingRecord';

export function CompareNote({ entry, date, compare, lang }: { entry: JurisdictionEntry; date: IsoDay; compare: IsoDay; lang: 'en' | 'es' }) {
  const strings = useStrings();
  const cs = compareStringsFor(lang);
  const change = changeBetween(entry.intervals, compare, date);
  const record = useChangingRecord(entry, compare, date);
  const [a, b] = ordered(compare, date);
  const locale = strings.locale;
  return (
    <section className="panel-section compare-note" data-direction={change.direction}>
      <h3>{cs.panelHeading}</h3>
      <p>
        <strong>{cs.direction[change.direction]}.</strong>{' '}
        {cs.panelLine(formatDay(a, locale), strings.category[change.from], formatDay(b, locale), strings.category[change.to])}
      </p>
      {record !== undefined && (
        <p className="compare-note__record">
          {cs.changedBy(record.citation)}
          {record.summary ? ` — ${record.summary}` : ''}
        </p>
      )}
    </section>
  );
}
