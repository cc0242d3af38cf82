/**
 * A jurisdiction's status over the whole timeline as a thin strip (for the map's tooltip), with a
 * tick at the shown date (and at the compared date). Its accessible name spells the history out.
 */
import { CATEGORY_COLORS } from '../domain/categories';
import type { IsoDay } from '../domain/dates';
import type { StatusInterval } from '../domain/status';
import { historySegments } from '../details/history';

export interface HistoryStripProps {
  intervals: readonly StatusInterval[];
  start: IsoDay;
  today: IsoDay;
  marks: readonly IsoDay[];
  /** e.g. "Status from 1979 to today: since 1979, No known policy; since 2017, …". */
  label(segments: { start: IsoDay; category: keyof typeof CATEGORY_COLORS }[]): string;
}

function position(day: IsoDay, start: IsoDay, today: IsoDay): number {
  const t = (d: IsoDay) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  const span = Math.max(1, t(today) - t(start));
  return Math.min(1, Math.max(0, (t(day) - t(start)) / span));
}

export function HistoryStrip({ intervals, start, today, marks, label }: HistoryStripProps) {
  const segments = historySegments(intervals, start, today);
  return (
    <span className="history-strip" role="img" aria-label={label(segments)} data-testid="history-strip">
      {segments.map((s) => (
        <span
          key={s.start}
          className="history-strip__segment"
          data-category={s.category}
          style={{ left: `${s.offset * 100}%`, width: `${s.width * 100}%`, background: CATEGORY_COLORS[s.category] }}
        />
      ))}
      {marks.map((m) => (
        <span key={m} className="history-strip__mark" style={{ left: `${position(m, start, today) * 100}%` }} />
      ))}
    </span>
  );
}
