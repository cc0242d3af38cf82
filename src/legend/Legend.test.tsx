import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../domain/categories';
import { stringsFor } from '../i18n/strings';
import { fixtureMapData } from '../testing/fixtures';
import { countByCategory } from './counts';
import { Legend } from './Legend';

const strings = stringsFor('en');

describe('countByCategory', () => {
  it('counts every jurisdiction once, by its status on the day', () => {
    const { jurisdictions } = fixtureMapData();
    expect(countByCategory(jurisdictions.byLevel.county, '2010-01-01')).toEqual({
      limits: 1,
      some_limits: 0,
      none: 1,
      requires: 0,
      participates: 1,
    });
    expect(countByCategory(jurisdictions.byLevel.county, '2020-01-01')).toEqual({
      limits: 2,
      some_limits: 0,
      none: 0,
      requires: 1,
      participates: 0,
    });
  });
});

describe('Legend', () => {
  it('lists every category in order with its label and count as text', () => {
    const counts = { limits: 1200, some_limits: 3, none: 1000, requires: 254, participates: 7 };
    render(<Legend counts={counts} caption="Number of counties on January 1, 2020" />);
    const legend = screen.getByRole('region', { name: strings.legendTitle });
    expect(within(legend).getByText('Number of counties on January 1, 2020')).toBeDefined();
    const items = within(legend).getAllByRole('listitem').filter((li) => li.classList.contains('legend__item'));
    expect(items.map((li) => li.getAttribute('data-category'))).toEqual([...CATEGORIES]);
    expect(items.map((li) => li.textContent)).toEqual([
      'Limits cooperation1,200',
      'Some limits3',
      'No known policy1,000',
      'Required to cooperate254',
      'Takes part in enforcement7',
    ]);
  });

  it('explains each colour', () => {
    const counts = { limits: 0, some_limits: 0, none: 0, requires: 0, participates: 0 };
    render(<Legend counts={counts} caption="" />);
    expect(screen.getByText(strings.legendHelpSummary)).toBeDefined();
    for (const c of CATEGORIES) expect(screen.getByText(strings.categoryHelp[c])).toBeDefined();
  });
});
