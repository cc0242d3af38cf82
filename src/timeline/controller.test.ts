import { describe, expect, it } from 'vitest';
import { localToday } from '../domain/dates';
import { TimelineController } from './controller';

const t = new TimelineController('2025-06-15');

describe('TimelineController', () => {
  it('spans every month from 1979-01 to the current month', () => {
    expect(t.firstMonth).toBe(1979 * 12);
    expect(t.lastMonth).toBe(2025 * 12 + 5);
    expect(t.maxValue).toBe((2025 - 1979) * 12 + 5);
    expect(t.dayForSliderValue(0)).toBe('1979-01-31');
    expect(t.dayForSliderValue(t.maxValue)).toBe('2025-06-15');
  });

  it('shows the last day of a month, and today for the current month', () => {
    expect(t.snap('2011-09-08')).toBe('2011-09-30');
    expect(t.snap('2012-02-01')).toBe('2012-02-29');
    expect(t.snap('2025-06-01')).toBe('2025-06-15');
    expect(t.isSnapped('2011-09-30')).toBe(true);
    expect(t.isSnapped('2011-09-08')).toBe(false);
  });

  it('steps by months and clamps at the ends', () => {
    expect(t.step('2011-09-08', 1)).toBe('2011-10-31');
    expect(t.step('2011-09-08', -1)).toBe('2011-08-31');
    expect(t.step('2011-09-30', 12)).toBe('2012-09-30');
    expect(t.step('1979-03-31', -12)).toBe('1979-01-31');
    expect(t.step('2025-01-31', 12)).toBe('2025-06-15');
  });

  it('clamps days and months', () => {
    expect(t.clampDay('1970-01-01')).toBe('1979-01-01');
    expect(t.clampDay('2099-01-01')).toBe('2025-06-15');
    expect(t.clampMonth(0)).toBe(t.firstMonth);
    expect(t.clampMonth(1e9)).toBe(t.lastMonth);
    expect(t.sliderValue('1960-01-01')).toBe(0);
    expect(t.sliderValue('2099-01-01')).toBe(t.maxValue);
  });

  it('maps keys to dates', () => {
    expect(t.dayForKey('ArrowRight', '2011-09-08')).toBe('2011-10-31');
    expect(t.dayForKey('ArrowUp', '2011-09-30')).toBe('2011-10-31');
    expect(t.dayForKey('ArrowLeft', '2011-09-30')).toBe('2011-08-31');
    expect(t.dayForKey('ArrowDown', '2011-09-30')).toBe('2011-08-31');
    expect(t.dayForKey('PageUp', '2011-09-30')).toBe('2012-09-30');
    expect(t.dayForKey('PageDown', '2011-09-30')).toBe('2010-09-30');
    expect(t.dayForKey('Home', '2011-09-30')).toBe('1979-01-31');
    expect(t.dayForKey('End', '2011-09-30')).toBe('2025-06-15');
    expect(t.dayForKey('a', '2011-09-30')).toBeUndefined();
  });

  it('puts ticks on the months with changes, once each, within the timeline', () => {
    expect(t.tickValues(['1979-01-05', '1979-01-20', '1980-02-01', '1970-01-01', '2030-01-01'])).toEqual([0, 13]);
    expect(t.position('1979-01-31')).toBe(0);
    expect(t.position('2025-06-15')).toBe(1);
  });

  it('reads today in local time', () => {
    expect(localToday(new Date(2024, 1, 29, 23, 30))).toBe('2024-02-29');
  });
});
