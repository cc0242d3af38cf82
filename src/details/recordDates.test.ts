import { describe, expect, it } from 'vitest';
import type { PolicyRecord } from '../domain/dataset';
import { formatKnownDate, recordDates } from './recordDates';

const words = { locale: 'en-US', dayUnknown: 'exact date not known', labels: { voted: 'Voted', signed: 'Signed', effective: 'Effective', ended: 'Ended' } };
const es = { ...words, locale: 'es-US', dayUnknown: 'fecha exacta no conocida' };

const record: PolicyRecord = {
  id: 'r', level: 'state', fips: '48', jurisdiction: 'Texas', kind: 'statute', category: 'requires',
  voted: '2017-05-01', votedPrecision: 'month', signed: '2017-05-07',
  effective: '2017-09-01', effectivePrecision: 'day', end: '2021-01-01', endPrecision: 'year',
  citation: 'x', summary: 'x', sourceIds: ['s'], confidence: 'high', origin: 'x',
};

describe('record dates', () => {
  it('shows partial dates as partial, with "exact date not known"', () => {
    expect(recordDates(record, words)).toEqual([
      ['Voted', 'May 2017 (exact date not known)'],
      ['Signed', 'May 7, 2017'],
      ['Effective', 'September 1, 2017'],
      ['Ended', '2021 (exact date not known)'],
    ]);
  });
  it('in Spanish too', () => {
    expect(formatKnownDate('2017-05-01', 'month', es)).toBe('mayo de 2017 (fecha exacta no conocida)');
    expect(formatKnownDate('2017-05-07', undefined, es)).toBe('7 de mayo de 2017');
  });
});
