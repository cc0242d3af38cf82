import { describe, expect, it } from 'vitest';
import { dayNumber, monthIndex, monthStart, parsePartialDate, utcDateOf } from './dates';

describe('parsePartialDate', () => {
  it('reads day, month and year precision as the first day of the period', () => {
    expect(parsePartialDate('2017-09-01')).toEqual({ day: '2017-09-01', precision: 'day' });
    expect(parsePartialDate('2018-01')).toEqual({ day: '2018-01-01', precision: 'month' });
    expect(parsePartialDate('1987')).toEqual({ day: '1987-01-01', precision: 'year' });
  });

  it('rejects impossible and malformed dates with a reason', () => {
    for (const bad of ['2019-02-30', '2019-13-01', '2019-00-10', '2020-02-30', '19-01-01', '2019/01/01', '', ' 2019-01-01x', '0999-01-01']) {
      expect(typeof parsePartialDate(bad)).toBe('string');
    }
    expect(parsePartialDate('2020-02-29')).toEqual({ day: '2020-02-29', precision: 'day' });
    expect(parsePartialDate('2019-02-30')).toContain('not a real day');
  });

  it('round-trips month indexes', () => {
    expect(monthStart(monthIndex('1979-01-15'))).toBe('1979-01-01');
    expect(monthStart(monthIndex('2026-11-27') + 1)).toBe('2026-12-01');
  });
});

describe('day arithmetic', () => {
  it('counts days through UTC, partial dates from their first day', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2020-03-01') - dayNumber('2020-02-28')).toBe(2);
    expect(dayNumber('2017-09')).toBe(dayNumber('2017-09-01'));
    expect(dayNumber('1987')).toBe(dayNumber('1987-01-01'));
    expect(utcDateOf('2011-09-08').toISOString()).toBe('2011-09-08T00:00:00.000Z');
  });
});
