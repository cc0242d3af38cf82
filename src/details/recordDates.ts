/**
 * A record's dates as the sources give them: "2021", "May 2017" or "May 1, 2017", never a day the
 * data does not have, and "exact date not known" beside a partial date so no reader takes
 * "2021" for a known day. Used by the detail panel for every date it shows for a record.
 */
import type { PolicyRecord } from '../domain/dataset';
import type { DatePrecision, IsoDay } from '../domain/dates';
import { formatPartial } from '../i18n/format';

export interface DateWords {
  locale: string;
  /** "exact date not known" in the reader's language. */
  dayUnknown: string;
  labels: { voted: string; signed: string; effective: string; ended: string };
}

/** "May 2017 (exact date not known)", "2021 (exact date not known)", or "May 1, 2017". */
export function formatKnownDate(day: IsoDay, precision: DatePrecision | undefined, words: Pick<DateWords, 'locale' | 'dayUnknown'>): string {
  const p = precision ?? 'day';
  const text = formatPartial(day, p, words.locale);
  return p === 'day' ? text : `${text} (${words.dayUnknown})`;
}

/** [label, formatted date] for each date the record has, in order. */
export function recordDates(record: PolicyRecord, words: DateWords): [string, string][] {
  const dates: [string, string][] = [];
  if (record.voted) dates.push([words.labels.voted, formatKnownDate(record.voted, record.votedPrecision, words)]);
  if (record.signed) dates.push([words.labels.signed, formatKnownDate(record.signed, record.signedPrecision, words)]);
  dates.push([words.labels.effective, formatKnownDate(record.effective, record.effectivePrecision, words)]);
  if (record.end) dates.push([words.labels.ended, formatKnownDate(record.end, record.endPrecision, words)]);
  return dates;
}
