/**
 * The date readout keeps one width whatever the date: it reserves the longest date of the year in
 * the page's language. Without that, "September 30" wrapped the timeline's head onto a second line
 * where "March 31" did not, the map above changed height twice a year while playing, and every
 * such step resized maplibre's canvas (tests/browser/layout.test.ts checks the height stays).
 */
import { pad2 } from '../domain/dates';
import { formatDay } from '../i18n/format';

/** The longest formatted month-end day of `year` (two-digit day, every month name tried). */
export function widestDay(year: number, locale: string): string {
  let widest = '';
  for (let m = 1; m <= 12; m++) {
    const label = formatDay(`${year}-${pad2(m)}-28`, locale);
    if (label.length > widest.length) widest = label;
  }
  return widest;
}
