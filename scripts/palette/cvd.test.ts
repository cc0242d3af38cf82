import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_COLORS } from '../../src/domain/categories';
import { MIN_DELTA_E } from '../check-palette';
import { DEFICIENCIES, deltaE2000, hexOf, labOf, linearRgb, pairDifferences, simulate } from './cvd';

describe('deltaE2000', () => {
  // Sharma, Wu & Dalal (2005), test data pairs 1, 7, 17 and 25.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ] as const)('%j vs %j = %d', (a, b, expected) => {
    expect(deltaE2000([...a], [...b])).toBeCloseTo(expected, 3);
  });
});

describe('CVD simulation', () => {
  it('leaves greys as they are and round-trips sRGB', () => {
    for (const d of DEFICIENCIES) {
      expect(hexOf(simulate('#808080', d, 'machado2009'))).toBe('#808080');
      expect(hexOf(simulate('#e4e4e4', d, 'brettel1997'))).toBe('#e4e4e4');
    }
    expect(hexOf(linearRgb('#5e3c99'))).toBe('#5e3c99');
    expect(labOf(linearRgb('#ffffff'))[0]).toBeCloseTo(100, 3);
  });

  it('makes red and green hard to tell apart for protanopes and deuteranopes', () => {
    const red = '#d62728';
    const green = '#2ca02c';
    const normal = pairDifferences({ red, green }, undefined)[0]!.deltaE;
    for (const deficiency of ['protanopia', 'deuteranopia'] as const) {
      const seen = pairDifferences({ red, green }, { deficiency, method: 'machado2009' })[0]!.deltaE;
      expect(seen).toBeLessThan(normal / 2);
    }
  });

  it('keeps every pair of categories at least MIN_DELTA_E apart under every simulation', () => {
    const colors = Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_COLORS[c]]));
    for (const deficiency of DEFICIENCIES) {
      for (const method of ['machado2009', 'brettel1997'] as const) {
        expect(pairDifferences(colors, { deficiency, method })[0]!.deltaE).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
    }
  });
});
