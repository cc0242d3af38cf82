import { describe, expect, it } from 'vitest';
import { asWritten } from '../domain/dates';
import { formatPartial, formatPartialShort } from './format';

describe('partial dates', () => {
  it('shows a year-only or month-only date as partial, in English and Spanish', () => {
    expect(formatPartial('1987-01-01', 'year', 'en-US')).toBe('1987');
    expect(formatPartial('2014-07-01', 'month', 'en-US')).toBe('July 2014');
    expect(formatPartial('2014-07-01', 'month', 'es-US')).toBe('julio de 2014');
    expect(formatPartialShort('2014-07-01', 'month', 'en-US')).toBe('July 2014');
    expect(formatPartialShort('2014-07-09', 'day', 'en-US')).toBe('Jul 9, 2014');
  });
  it('writes a date as its source gives it', () => {
    expect(asWritten('1987-01-01', 'year')).toBe('1987');
    expect(asWritten('2017-05-01', 'month')).toBe('2017-05');
    expect(asWritten('2017-05-03', 'day')).toBe('2017-05-03');
  });
});
