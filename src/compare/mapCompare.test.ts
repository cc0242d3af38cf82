import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../domain/categories';
import { directionOf } from './compare';
import type { JurisdictionEntry } from '../domain/dataset';
import { CHANGE_COLORS, changeColor, comparedChanges, comparePaint, COMPARED_STATE } from './mapCompare';

// The style spec's own entry for fill-color (its JSON type is wider than the parameter's).
const spec = latest.paint_fill['fill-color'] as unknown as Parameters<typeof expression.createExpression>[1];

function colourOf(expr: unknown, state: Record<string, string>): string {
  const parsed = expression.createExpression(expr, spec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  // Only feature-state is read: an empty feature stands in.
  return JSON.stringify(parsed.value.evaluate({ zoom: 4 }, { type: 'Polygon', properties: {} } as never, state));
}

describe('the compare paint', () => {
  const direction = (earlier: Category, later: Category) => JSON.stringify(CHANGE_COLORS[directionOf(earlier, later)]);

  it('colours every pair of categories as directionOf does, whichever day is earlier', () => {
    for (const compared of CATEGORIES) {
      for (const shown of CATEGORIES) {
        const state = { [COMPARED_STATE]: compared, category: shown };
        expect(colourOf(changeColor(true), state)).toBe(direction(compared, shown));
        expect(colourOf(changeColor(false), state)).toBe(direction(shown, compared));
      }
    }
  });

  it('reads a missing compare-day state as the shown category (unchanged), a missing category as no known policy', () => {
    expect(colourOf(changeColor(true), { category: 'limits' })).toBe(direction('limits', 'limits'));
    expect(colourOf(changeColor(true), { [COMPARED_STATE]: 'limits' })).toBe(direction('limits', 'none'));
    expect(colourOf(changeColor(false), { [COMPARED_STATE]: 'limits' })).toBe(direction('none', 'limits'));
    expect(colourOf(changeColor(true), {})).toBe(direction('none', 'none'));
  });

  it('sets the three fill layers, and puts the category colours back when off', () => {
    const on = comparePaint('compareFirst');
    expect(on.map(([, property]) => property)).toEqual(['fill-color', 'fill-color', 'circle-color']);
    expect(on[0]![2]).toEqual(changeColor(true));
    expect(comparePaint('compareLast')[1]![2]).toEqual(changeColor(false));
    expect(JSON.stringify(comparePaint('off')[0]![2])).toContain('"category"');
  });
});

describe('the compare day’s states', () => {
  const entries = ['a', 'b', 'c', 'd'].map((id) => ({ id, level: 'county' }) as JurisdictionEntry);
  type Days = readonly Category[];

  /** The category the paint reads for the compare day: the state, or else the shown category. */
  const comparedOf = (set: Map<string, Category>, shown: Days, i: number) => set.get(entries[i]!.id) ?? shown[i]!;

  it('sets only where the days differ, then on a step only changed features not yet set', () => {
    const compareDay: Days = ['limits', 'none', 'requires', 'none'];
    const day1: Days = ['limits', 'participates', 'requires', 'none'];
    const set = new Map<string, Category>();
    expect(comparedChanges(entries, compareDay, day1, set).map((c) => [c.id, c.category])).toEqual([['b', 'none']]);

    const day2: Days = ['limits', 'participates', 'none', 'none'];
    expect(comparedChanges(entries, compareDay, day2, set, day1).map((c) => [c.id, c.category])).toEqual([['c', 'requires']]);
    // Back again: already set, nothing to do.
    expect(comparedChanges(entries, compareDay, day1, set, day2)).toEqual([]);
    expect(comparedChanges(entries, compareDay, day1, set, day1)).toEqual([]);
  });

  it('keeps the paint’s compare-day category right through any walk of dates and compare days', () => {
    const days: Days[] = [
      ['none', 'none', 'none', 'none'],
      ['limits', 'none', 'requires', 'none'],
      ['limits', 'participates', 'requires', 'some_limits'],
      ['some_limits', 'participates', 'none', 'some_limits'],
    ];
    const set = new Map<string, Category>();
    const walk: [compare: number, shown: number][] = [[1, 0], [1, 2], [1, 3], [1, 1], [3, 1], [3, 0], [0, 2], [0, 3]];
    let previous: { compare: number; shown: number } | undefined;
    for (const [compare, shown] of walk) {
      const full = previous === undefined || previous.compare !== compare;
      comparedChanges(entries, days[compare]!, days[shown]!, set, full ? undefined : days[previous!.shown]);
      for (let i = 0; i < entries.length; i++) expect(comparedOf(set, days[shown]!, i)).toBe(days[compare]![i]);
      previous = { compare, shown };
    }
  });
});
