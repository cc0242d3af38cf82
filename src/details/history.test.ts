import { describe, expect, it } from 'vitest';
import { historySegments } from './history';

describe('historySegments', () => {
  it('covers the whole timeline, starting with "none" before the first interval', () => {
    const segments = historySegments([['2000-01-01', 'limits']], '1980-01-01', '2020-01-01');
    expect(segments.map((s) => [s.start, s.end, s.category])).toEqual([
      ['1980-01-01', '2000-01-01', 'none'],
      ['2000-01-01', undefined, 'limits'],
    ]);
    expect(segments[0]!.offset).toBe(0);
    expect(segments[0]!.width + segments[1]!.width).toBeCloseTo(1, 10);
    expect(segments[1]!.offset).toBeCloseTo(segments[0]!.width, 10);
  });

  it('clips intervals that start before the timeline and drops those after today', () => {
    const segments = historySegments(
      [
        ['1970-01-01', 'limits'],
        ['1990-01-01', 'requires'],
        ['2030-01-01', 'none'],
      ],
      '1980-01-01',
      '2020-01-01',
    );
    expect(segments.map((s) => [s.start, s.category])).toEqual([
      ['1980-01-01', 'limits'],
      ['1990-01-01', 'requires'],
    ]);
  });

  it('is one "none" segment for a jurisdiction without intervals', () => {
    expect(historySegments([], '1979-01-01', '2025-06-15')).toEqual([{ start: '1979-01-01', precision: 'day', category: 'none', offset: 0, width: 1 }]);
  });

  it("keeps each interval's precision, and a day for the segment clipped at the start of the data", () => {
    const segments = historySegments([['1970-01-01', 'limits', 'year'], ['1987-01-01', 'limits', 'year'], ['2014-07-01', 'participates', 'month']], '1979-01-01', '2025-06-15');
    expect(segments.map((s) => [s.start, s.precision])).toEqual([['1979-01-01', 'day'], ['2014-07-01', 'month']]);
  });
});
