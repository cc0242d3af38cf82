/**
 * Compare mode on the map, with almost no per-step work of its own: the fill colour switches
 * (setPaintProperty) to an expression that reads the direction from the ranks of two feature-states,
 * the `category` of the shown date, which the map's recolour keeps up to date anyway, and the
 * `compared` category of the compare day. A feature without `compared` has the same category on
 * both days (the expression reads the missing state as its `category`), so turning compare on sets
 * it only where the two days differ, and a date step only where a feature's category changed and
 * it has none yet (comparedChanges). No source is touched: geometry is never uploaded again, and
 * leaving compare mode puts the category expression back.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { CATEGORIES, CATEGORY_RANK, type Category } from '../domain/categories';
import type { JurisdictionEntry } from '../domain/dataset';
import { categoryColor, LAYER } from '../map/layers';
import type { Direction } from './compare';

/** The diverging palette's ends for the two directions; unchanged recedes in light grey. */
export const CHANGE_COLORS: Record<Direction, string> = {
  limits: '#5e3c99',
  unchanged: '#ececec',
  cooperation: '#e66101',
};

/** The feature-state holding each feature's category on the compare day. */
export const COMPARED_STATE = 'compared';

function rank(category: ExpressionSpecification): ExpressionSpecification {
  const pairs = CATEGORIES.flatMap((c) => [c, CATEGORY_RANK[c]]);
  // The tuple type of 'match' cannot follow a spread built at run time; the shape is tested.
  return ['match', category, ...pairs, 0] as unknown as ExpressionSpecification;
}

/**
 * The change colour, as compare.ts's directionOf: the rank going down from the earlier day to the
 * later is toward more limits, up toward more cooperation. `compareFirst`: the compare day is the
 * earlier of the two (the usual "since" comparison).
 */
export function changeColor(compareFirst = true): ExpressionSpecification {
  const shown = rank(['coalesce', ['feature-state', 'category'], 'none']);
  const compared = rank(['coalesce', ['feature-state', COMPARED_STATE], ['feature-state', 'category'], 'none']);
  const [earlier, later]: ExpressionSpecification[] = compareFirst ? [['var', 'compared'], ['var', 'shown']] : [['var', 'shown'], ['var', 'compared']];
  // Each rank is computed once per feature ('let'): half the expression to parse and evaluate.
  return [
    'let', 'shown', shown, 'compared', compared,
    ['case', ['<', later, earlier], CHANGE_COLORS.limits, ['>', later, earlier], CHANGE_COLORS.cooperation, CHANGE_COLORS.unchanged],
  ] as unknown as ExpressionSpecification;
}

export type PaintSetting = readonly [layer: string, property: string, value: unknown];

/** The fill colours: categories (compare off), or changes with the compare day first or last. */
export type ComparePaint = 'off' | 'compareFirst' | 'compareLast';

export function comparePaint(paint: ComparePaint): PaintSetting[] {
  const color = paint === 'off' ? categoryColor() : changeColor(paint === 'compareFirst');
  return [
    [LAYER.countyFill, 'fill-color', color],
    [LAYER.stateFill, 'fill-color', color],
    [LAYER.placeCircle, 'circle-color', color],
  ];
}

export interface ComparedChange {
  id: string;
  level: JurisdictionEntry['level'];
  category: Category;
}

/**
 * The `compared` states to set for one list so that every feature either has the compare day's
 * category or has the same category on both days: those whose compare-day category (`onCompareDay`)
 * differs from the shown one (`shown`) or whose state is already set (`set`: id → category).
 * With `before` (the shown categories at the last pass, same compare day), only the features whose
 * shown category changed since are looked at. Updates `set`.
 */
export function comparedChanges(
  entries: readonly JurisdictionEntry[],
  onCompareDay: readonly Category[],
  shown: readonly Category[],
  set: Map<string, Category>,
  before?: readonly Category[],
): ComparedChange[] {
  const out: ComparedChange[] = [];
  if (before === shown) return out;
  for (let i = 0; i < entries.length; i++) {
    if (before !== undefined && before[i] === shown[i]) continue;
    const entry = entries[i]!;
    const wanted = onCompareDay[i]!;
    const current = set.get(entry.id);
    if (current === wanted || (current === undefined && wanted === shown[i])) continue;
    set.set(entry.id, wanted);
    out.push({ id: entry.id, level: entry.level, category: wanted });
  }
  return out;
}
