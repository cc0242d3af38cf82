import { describe, expect, it } from 'vitest';
import { addDays, clean, daysApart, dedupeStrings, groupBy, modelFrom, normalizeDay, yearTypo } from './util';

describe('import helpers', () => {
  it('cleans text and reads ICE model names', () => {
    expect(clean('  Cobb  County \n')).toBe('Cobb County');
    expect(modelFrom('Jail Enforcement Model')).toBe('jail_enforcement');
    expect(modelFrom('Task Force Model')).toBe('task_force');
    expect(modelFrom('Warrant Service Officer')).toBe('warrant_service_officer');
    expect(modelFrom('Other')).toBeUndefined();
  });

  it('does day arithmetic on ISO dates and partial dates', () => {
    expect(addDays('2013-09-30', 1)).toBe('2013-10-01');
    expect(daysApart('2025-01-01', '2025-01-15')).toBe(14);
    expect(yearTypo('2025-01-07', '2026-01-07')).toBe(true);
    expect(normalizeDay('2019')).toBe('2019-01-01');
    expect(normalizeDay('2019-12')).toBe('2019-12-01');
  });

  it('groups and dedupes', () => {
    expect([...groupBy(['a1', 'b1', 'a2'], (s) => s[0]!).entries()]).toEqual([['a', ['a1', 'a2']], ['b', ['b1']]]);
    expect(dedupeStrings(['x', ' ', 'x', 'y'])).toEqual(['x', 'y']);
  });
});
