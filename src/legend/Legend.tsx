/**
 * The colour key as real text: one swatch (with its symbol, see a11y/CategoryMark.tsx), label and
 * count per category, in the diverging order of src/domain/categories.ts, and what each colour
 * means in a disclosure below.
 */
import { useId, useState } from 'react';
import { CategoryMark } from '../a11y/CategoryMark';
import { CATEGORIES, type Category } from '../domain/categories';
import { useStrings } from '../i18n/useStrings';

export interface LegendProps {
  counts: Record<Category, number>;
  /** e.g. "Number of counties on September 30, 2017". */
  caption: string;
  /** With the people switch on: residents per category, formatted ("96.1 million people"). */
  people?: Record<Category, string> | undefined;
  /** Narrow frames (phones, small embeds) show swatches and counts only until this button opens the labels. */
  keyToggle?: { text: string; label: string };
}

export function Legend({ counts, caption, people, keyToggle }: LegendProps) {
  const strings = useStrings();
  const titleId = useId();
  const itemsId = useId();
  const [expanded, setExpanded] = useState(false);
  return (
    <section className="legend" aria-labelledby={titleId} data-expanded={expanded || undefined} data-compact={keyToggle !== undefined || undefined}>
      <h2 id={titleId} className="visually-hidden">
        {strings.legendTitle}
      </h2>
      <p className="legend__caption">{caption}</p>
      <ul className="legend__items" id={itemsId}>
        {CATEGORIES.map((category) => (
          <li key={category} className="legend__item" data-category={category}>
            <CategoryMark category={category} className="category-mark--legend" />
            <span className="legend__label">{strings.category[category]}</span>
            <span className="legend__count">
              {strings.legendCount(counts[category])}
              {people && <span className="legend__people"> · {people[category]}</span>}
            </span>
          </li>
        ))}
      </ul>
      {keyToggle !== undefined && (
        <button
          type="button"
          className="legend__more"
          aria-expanded={expanded}
          aria-controls={itemsId}
          aria-label={keyToggle.label}
          onClick={() => setExpanded((e) => !e)}
        >
          <span className="legend__more-text">{keyToggle.text}</span> <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
        </button>
      )}
      <details className="legend__help">
        <summary>{strings.legendHelpSummary}</summary>
        <dl>
          {CATEGORIES.map((category) => (
            <div key={category}>
              <dt>
                <CategoryMark category={category} />
                {strings.category[category]}
              </dt>
              <dd>{strings.categoryHelp[category]}</dd>
            </div>
          ))}
        </dl>
        <p className="legend__places">{strings.legendSymbols}</p>
        <p className="legend__places">{strings.legendPlaces}</p>
      </details>
    </section>
  );
}
