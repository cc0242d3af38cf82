/**
 * Dates as people read them. IsoDay strings are calendar days with no time zone: they are turned
 * into UTC midnights and formatted in UTC, so a reader west of Greenwich never sees the day before.
 */
import { type DatePrecision, type IsoDay, utcDateOf } from '../domain/dates';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** "September 8, 2011" */
export function formatDay(day: IsoDay, locale: string): string {
  return formatter(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(utcDateOf(day));
}

/** "Sep 8, 2011" */
export function formatDayShort(day: IsoDay, locale: string): string {
  return formatter(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(utcDateOf(day));
}

/** "September 2011" */
export function formatMonth(day: IsoDay, locale: string): string {
  return formatter(locale, { year: 'numeric', month: 'long' }).format(utcDateOf(day));
}

/** A date shown with the precision the source gives it: "2011", "September 2011" or "September 8, 2011". */
export function formatPartial(day: IsoDay, precision: DatePrecision, locale: string): string {
  if (precision === 'year') return day.slice(0, 4);
  if (precision === 'month') return formatMonth(day, locale);
  return formatDay(day, locale);
}

/** As formatPartial, with a day abbreviated ("Sep 8, 2011"); a month or year is already short. */
export function formatPartialShort(day: IsoDay, precision: DatePrecision, locale: string): string {
  return precision === 'day' ? formatDayShort(day, locale) : formatPartial(day, precision, locale);
}

/**
 * Precision of a date field that carries none of its own: a "YYYY" or "YYYY-MM" string is partial;
 * a full day whose precision is unknown is shown as a day.
 */
export function precisionOf(day: IsoDay): DatePrecision {
  if (day.length === 4) return 'year';
  if (day.length === 7) return 'month';
  return 'day';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "1,234" (en-US, es-US) — grouping and digits per locale. */
export function formatNumber(value: number, locale: string): string {
  let f = numberFormats.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale);
    numberFormats.set(locale, f);
  }
  return f.format(value);
}

/** "Texas, California and Ohio" / "Texas, California y Ohio" (Intl.ListFormat). */
const listFormats = new Map<string, Intl.ListFormat>();

export function formatList(items: readonly string[], locale: string): string {
  // Made once per locale: constructing an Intl formatter costs far more than formatting.
  let f = listFormats.get(locale);
  if (f === undefined) {
    f = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, f);
  }
  return f.format(items);
}
