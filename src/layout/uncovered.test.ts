import { describe, expect, it } from 'vitest';
import { inUncovered, NO_PADDING, paddingFor } from './uncovered';

const map = { left: 0, top: 100, right: 390, bottom: 600 };

describe('the part of the map a panel leaves uncovered', () => {
  it('a bottom sheet over the map pads the bottom by what it covers', () => {
    expect(paddingFor(map, { left: 0, top: 422, right: 390, bottom: 844 })).toEqual({ top: 0, right: 0, bottom: 178, left: 0 });
  });
  it('a side panel over the right pads the right', () => {
    const wide = { left: 0, top: 0, right: 1920, bottom: 900 };
    expect(paddingFor(wide, { left: 1400, top: 100, right: 1900, bottom: 800 })).toEqual({ top: 0, right: 520, bottom: 0, left: 0 });
  });
  it('a panel beside the map, or none, needs no padding', () => {
    expect(paddingFor({ left: 0, top: 0, right: 800, bottom: 600 }, { left: 824, top: 0, right: 1224, bottom: 600 })).toEqual(NO_PADDING);
    expect(paddingFor(map, undefined)).toEqual(NO_PADDING);
  });
  it('tells whether a point is in the uncovered part', () => {
    const padding = { ...NO_PADDING, bottom: 200 };
    expect(inUncovered([195, 100], 390, 500, padding)).toBe(true);
    expect(inUncovered([195, 400], 390, 500, padding)).toBe(false);
    expect(inUncovered([5, 100], 390, 500, padding)).toBe(false);
  });
});
