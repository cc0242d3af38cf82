/**
 * The status categories, in their display order: a diverging scale from "limits cooperation"
 * through "no known policy" to "participates in enforcement". The build, the map, the legend,
 * the table and the exports all read this one list so they never disagree.
 */
export const CATEGORIES = ['limits', 'some_limits', 'none', 'requires', 'participates'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories a record may carry; "none" is the absence of any record, never a record itself. */
export const RECORD_CATEGORIES = ['limits', 'some_limits', 'requires', 'participates'] as const;
export type RecordCategory = (typeof RECORD_CATEGORIES)[number];

/**
 * ColorBrewer PuOr (5 classes), which ColorBrewer marks colour-blind safe; the middle class is
 * darkened from #f7f7f7 so "no known policy" still reads against a white page.
 */
export const CATEGORY_COLORS: Record<Category, string> = {
  limits: '#5e3c99',
  some_limits: '#b2abd2',
  none: '#e4e4e4',
  requires: '#fdb863',
  participates: '#e66101',
};

/** Rank on the diverging axis: negative limits cooperation, positive requires or does it. */
export const CATEGORY_RANK: Record<Category, number> = {
  limits: -2,
  some_limits: -1,
  none: 0,
  requires: 1,
  participates: 2,
};

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
