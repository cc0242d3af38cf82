/**
 * A jurisdiction's status intervals as segments of the timeline (start of data to today), for the
 * small history bar in the detail panel.
 */
import type { Category } from '../domain/categories';
import { type DatePrecision, dayNumber, type IsoDay } from '../domain/dates';
import { intervalPrecision, type StatusInterval } from '../domain/status';

export interface HistorySegment {
  start: IsoDay;
  /** How precisely `start` is known (a year-only record starts its segment on January 1). */
  precision: DatePrecision;
  /** First day of the next segment, or undefined for the segment running to today. */
  end?: IsoDay;
  category: Category;
  /** Share of the timeline, 0..1, and offset from its start. */
  offset: number;
  width: number;
}

export function historySegments(intervals: readonly StatusInterval[], start: IsoDay, today: IsoDay): HistorySegment[] {
  const t0 = dayNumber(start);
  const span = Math.max(1, dayNumber(today) - t0);
  const points: { start: IsoDay; precision: DatePrecision; category: Category }[] = [];
  let current: Category = 'none';
  for (const interval of intervals) {
    const [day, category] = interval;
    if (day <= start) {
      current = category;
      continue;
    }
    if (day > today) break;
    if (points.length === 0) points.push({ start, precision: 'day', category: current });
    points.push({ start: day, precision: intervalPrecision(interval), category });
  }
  if (points.length === 0) points.push({ start, precision: 'day', category: current });
  // Merge neighbours with the same category (intervals clipped at the start can repeat one).
  const merged = points.filter((p, i) => i === 0 || points[i - 1]!.category !== p.category);
  return merged.map((p, i) => {
    const next = merged[i + 1];
    const from = dayNumber(p.start) - t0;
    const to = (next ? dayNumber(next.start) : dayNumber(today)) - t0;
    return {
      start: p.start,
      precision: p.precision,
      ...(next ? { end: next.start } : {}),
      category: p.category,
      offset: from / span,
      width: Math.max(0, to - from) / span,
    };
  });
}
