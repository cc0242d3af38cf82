import { describe, expect, it } from 'vitest';
import { widestDay } from './readout';

describe('widestDay', () => {
  it('is the longest month name with a two-digit day, in the page language', () => {
    expect(widestDay(2026, 'en-US')).toBe('September 28, 2026');
    expect(widestDay(2026, 'es-US')).toBe('28 de septiembre de 2026');
  });
});
