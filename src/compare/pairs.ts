/** The compare bar's one-click pairs: "since January 20, 2025" and "since a year ago", relative to `date`. */
import type { IsoDay } from '../domain/dates';

export const INAUGURATION_2025: IsoDay = '2025-01-20';

export function yearBefore(day: IsoDay): IsoDay {
  const year = Number(day.slice(0, 4)) - 1;
  const rest = day.slice(4);
  // February 29 a year earlier is February 28.
  return rest === '-02-29' ? `${year}-02-28` : `${year}${rest}`;
}
