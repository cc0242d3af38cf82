/**
 * Dates in the data are ISO strings of day, month or year precision ("2017-09-01", "2017-09",
 * "1987"). A partial date stands for the first day of its period; ISO day strings compare
 * correctly as plain strings, so intervals are kept as strings end to end.
 */
export type IsoDay = string;
export type DatePrecision = 'day' | 'month' | 'year';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedDate {
  day: IsoDay;
  precision: DatePrecision;
}

/** Parses a day/month/year ISO date; returns a reason string when it is not a real date. */
export function parsePartialDate(text: string): ParsedDate | string {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return `"${text}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const dayOfMonth = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1776 || year > 2100) return `"${text}" has an implausible year`;
  if (month < 1 || month > 12) return `"${text}" has no month ${month}`;
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    return `"${text}" is not a real day (${year}-${pad2(month)} has ${daysInMonth(year, month)} days)`;
  }
  return {
    day: `${m[1]}-${pad2(month)}-${pad2(dayOfMonth)}`,
    precision: m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year',
  };
}

/** A day written with the precision its source gives it ("2017-05", "2021"): the data files' form. */
export function asWritten(day: IsoDay, precision: DatePrecision): string {
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
}

export function isIsoDay(text: string): boolean {
  const parsed = parsePartialDate(text);
  return typeof parsed !== 'string' && parsed.precision === 'day';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Month index since year 0, so month arithmetic is integer arithmetic. */
export function monthIndex(day: IsoDay): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

export function monthStart(index: number): IsoDay {
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}-01`;
}

/** Today in UTC (build scripts: the same day wherever the build runs). */
export function todayIso(now: Date = new Date()): IsoDay {
  return now.toISOString().slice(0, 10);
}

/** Today in the reader's own time zone (a US evening is already tomorrow in UTC). */
export function localToday(now: Date = new Date()): IsoDay {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/**
 * The UTC midnight a day, month or year string starts on. Calendar days have no time zone, so
 * all day arithmetic and formatting goes through UTC: a reader west of Greenwich never sees the
 * day before.
 */
export function utcDateOf(day: IsoDay): Date {
  const year = Number(day.slice(0, 4));
  const month = day.length >= 7 ? Number(day.slice(5, 7)) : 1;
  const dayOfMonth = day.length >= 10 ? Number(day.slice(8, 10)) : 1;
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01, so spans between days are subtractions. */
export function dayNumber(day: IsoDay): number {
  return utcDateOf(day).getTime() / DAY_MS;
}
