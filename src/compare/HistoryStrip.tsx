/**
 * A jurisdiction's status over the whole timeline as a thin strip (for the map's tooltip), with a
 * tick at the shown date (and at the compared date). Its accessible name spells the history out.
 */
import { dayNumber, type IsoDay } from '../domain/dates';
import type { StatusInterval } from '../domain/status';
import { type HistorySegment, historySegments } from '../details/history';
import { HistorySegments } from '../details/HistorySegments';

export interface HistoryStripProps {
  intervals: readonly StatusInterval[];
  start: IsoDay;
  today: IsoDay;
  marks: readonly IsoDay[];
  /** e.g. "Status from 1979 to today: since 1979, No known policy; since 2017, …". */
  label(segments: HistorySegment[]): string;
}

function position(day: IsoDay, start: IsoDay, today: IsoDay): number {
  const span = Math.max(1, dayNumber(today) - dayNumber(start));
  return Math.min(1, Math.max(0, (dayNumber(day) - dayNumber(start)) / span));
}

export function HistoryStrip({ intervals, start, today, marks, label }: HistoryStripProps) {
  const segments = historySegments(intervals, start, today);
  return (
    <span className="history-strip" role="img" aria-label={label(segments)} data-testid="history-strip">
      <HistorySegments segments={segments} className="history-strip__segment" />
      {marks.map((m) => (
        <span key={m} className="history-strip__mark" style={{ left: `${position(m, start, today) * 100}%` }} />
      ))}
    </span>
  );
}
