/**
 * Compare mode on the map: each feature's direction of change as a `change` feature-state, and
 * the fill colours switched from the category palette to the change palette with
 * setPaintProperty. No source is touched: geometry is never uploaded again, and leaving compare
 * mode puts the category expression back (the `category` feature-state was kept up to date all
 * along, so the normal map returns as it was).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { JurisdictionEntry } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { statusOn } from '../domain/status';
import { categoryColor, LAYER } from '../map/layers';
import { directionOf, type Direction, ordered } from './compare';

/** The diverging palette's ends for the two directions; unchanged recedes in light grey. */
export const CHANGE_COLORS: Record<Direction, string> = {
  limits: '#5e3c99',
  unchanged: '#ececec',
  cooperation: '#e66101',
};

export function changeColor(): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['feature-state', 'change'], 'unchanged'],
    'limits',
    CHANGE_COLORS.limits,
    'cooperation',
    CHANGE_COLORS.cooperation,
    CHANGE_COLORS.unchanged,
  ];
}

export type PaintSetting = readonly [layer: string, property: string, value: unknown];

export function comparePaint(on: boolean): PaintSetting[] {
  const color = on ? changeColor() : categoryColor();
  return [
    [LAYER.countyFill, 'fill-color', color],
    [LAYER.stateFill, 'fill-color', color],
    [LAYER.placeCircle, 'circle-color', color],
  ];
}

export interface DirectionChange {
  id: string;
  level: JurisdictionEntry['level'];
  direction: Direction;
}

/** The features whose direction differs from what `shown` holds (missing: unchanged); updates `shown`. */
export function directionChanges(entries: readonly JurisdictionEntry[], a: IsoDay, b: IsoDay, shown: Map<string, Direction>): DirectionChange[] {
  const [earlier, later] = ordered(a, b);
  const out: DirectionChange[] = [];
  for (const entry of entries) {
    const direction = directionOf(statusOn(entry.intervals, earlier), statusOn(entry.intervals, later));
    if (direction === (shown.get(entry.id) ?? 'unchanged')) continue;
    out.push({ id: entry.id, level: entry.level, direction });
    if (direction === 'unchanged') shown.delete(entry.id);
    else shown.set(entry.id, direction);
  }
  return out;
}
