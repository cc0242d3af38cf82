/** The coloured spans of a jurisdiction's history (details/history.ts), for the panel's bar and the tooltip's strip. */
import type { ReactNode } from 'react';
import { CATEGORY_COLORS } from '../domain/categories';
import type { HistorySegment } from './history';

export function HistorySegments({ segments, className }: { segments: readonly HistorySegment[]; className: string }): ReactNode {
  return segments.map((s) => (
    <span
      key={s.start}
      className={className}
      data-category={s.category}
      style={{ left: `${s.offset * 100}%`, width: `${s.width * 100}%`, background: CATEGORY_COLORS[s.category] }}
    />
  ));
}
