/**
 * What the map's tooltip adds for this feature: the history strip, and in compare mode the change
 * from one date to the other (with the record behind it once records.json is loaded).
 */
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatDayShort, formatPartialShort } from '../i18n/format';
import type { DatePrecision } from '../domain/dates';
import type { Strings } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';
import { useAppStore } from '../store/appStore';
import { changeBetween, ordered } from './compare';
import { HistoryStrip } from './HistoryStrip';
import { useChangingRecord } from './useChangingRecord';
import { compareStringsFor } from './strings';

export interface TooltipExtrasProps {
  entry: JurisdictionEntry;
  date: IsoDay;
  compare: IsoDay | null;
  start: IsoDay;
}

export function TooltipExtras({ entry, date, compare, start }: TooltipExtrasProps) {
  const strings = useStrings();
  const lang = useAppStore((s) => s.lang);
  const today = useAppStore((s) => s.today);
  const cs = compareStringsFor(lang);
  const locale = strings.locale;
  const change = compare !== null ? changeBetween(entry.intervals, compare, date) : undefined;
  const record = useChangingRecord(entry, compare, date);
  const [earlier, later] = compare !== null ? ordered(compare, date) : [date, date];
  const label = (segments: { start: IsoDay; precision: DatePrecision; category: keyof Strings['category'] }[]) =>
    `${cs.historyLabel}: ${segments.map((s) => `${strings.historySince(formatPartialShort(s.start, s.precision, locale))} ${strings.category[s.category]}`).join('; ')}`;
  return (
    <>
      {change !== undefined && (
        <span className="map-tooltip__change" data-direction={change.direction}>
          <span>{cs.direction[change.direction]}</span>{' '}
          <span>
            {formatDayShort(earlier, locale)}: {strings.category[change.from]} → {formatDayShort(later, locale)}: {strings.category[change.to]}
          </span>
          {record !== undefined && <span className="map-tooltip__record">{cs.changedBy(record.citation)}</span>}
        </span>
      )}
      <HistoryStrip intervals={entry.intervals} start={start} today={today} marks={compare !== null ? [compare, date] : [date]} label={label} />
    </>
  );
}
