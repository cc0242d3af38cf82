// The static pages' history and source dates as the source gives them: a year-only or month-only
// start is "1987" / "July 2014", never a made-up "January 1, 1987" (issue 15).
import { describe, expect, it } from 'vitest';
import type { JurisdictionEntry } from '../../../src/domain/dataset';
import { historyInWords } from './pages';
import { WORDS } from './words';

const entry = (intervals: JurisdictionEntry['intervals']): JurisdictionEntry => ({
  id: '41', level: 'state', name: 'Oregon', state: '41', intervals, recordIds: [],
} as unknown as JurisdictionEntry); // only the fields historyInWords reads

describe('historyInWords', () => {
  const e = entry([['1987-01-01', 'limits', 'year'], ['2014-07-01', 'limits', 'month'], ['2017-09-01', 'limits']]);

  it('English: year and month starts partial, a day start in full', () => {
    const s = historyInWords(e, WORDS.en, '1979-01-01', '2026-01-01');
    expect(s[0]).toBe('Until 1987: ' + WORDS.en.category.none + '.');
    expect(s[1]).toBe('From 1987: ' + WORDS.en.category.limits + '.');
    expect(s[2]).toContain('From July 2014:');
    expect(s[3]).toContain('From September 1, 2017:');
    expect(s.join(' ')).not.toContain('January 1');
  });

  it('Spanish: "Desde 1987", "Desde julio de 2014", "Desde el 1 de septiembre de 2017"', () => {
    const s = historyInWords(e, WORDS.es, '1979-01-01', '2026-01-01');
    expect(s[0]).toMatch(/^Hasta 1987:/);
    expect(s[1]).toMatch(/^Desde 1987:/);
    expect(s[2]).toMatch(/^Desde julio de 2014:/);
    expect(s[3]).toMatch(/^Desde el 1 de septiembre de 2017:/);
  });

  it('a source published in a month reads "publicado en mayo de 2017"', () => {
    expect(WORDS.es.published('mayo de 2017', 'month')).toBe('publicado en mayo de 2017');
    expect(WORDS.es.published('3 de mayo de 2017', 'day')).toBe('publicado el 3 de mayo de 2017');
  });
});
