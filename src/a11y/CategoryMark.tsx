/**
 * A category's colour swatch with a symbol on it, so the five statuses can be told apart
 * without colour (legend, table, tooltip, detail panel). The symbols follow the diverging axis of
 * src/domain/categories.ts: two minus signs for "limits", one for "some limits", a dot for "no
 * known policy", one plus for "required to cooperate", two for "takes part in enforcement". The
 * symbol is decoration (aria-hidden, drawn as CSS generated content from data-symbol so it stays
 * out of the text): the category's name is always written next to it.
 */
import { CATEGORY_COLORS, type Category } from '../domain/categories';
import './a11y.css';

/** Each category's symbol (also usable as plain text). */
export const CATEGORY_SYMBOLS: Record<Category, string> = {
  limits: '−−',
  some_limits: '−',
  none: '·',
  requires: '+',
  participates: '++',
};

/**
 * The ink (black or white) that reads better on each swatch: contrast.ts's inkOn of the category's
 * colour, written out so the contrast maths stays out of the first load (src/a11y/theme.test.ts
 * checks each against inkOn).
 */
export const CATEGORY_INK: Record<Category, string> = {
  limits: '#ffffff',
  some_limits: '#000000',
  none: '#000000',
  requires: '#000000',
  participates: '#000000',
};

export interface CategoryMarkProps {
  category: Category;
  /** Extra class, e.g. "category-mark--legend" for the larger legend size. */
  className?: string;
}

export function CategoryMark({ category, className }: CategoryMarkProps) {
  // A span, not SVG: the symbol is type in the swatch's ink, so it scales with the text around it.
  return (
    <span
      className={`category-mark${className !== undefined ? ` ${className}` : ''}`}
      data-category={category}
      data-symbol={CATEGORY_SYMBOLS[category]}
      style={{ background: CATEGORY_COLORS[category], color: CATEGORY_INK[category] }}
      aria-hidden="true"
    />
  );
}
