import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { JurisdictionEntry } from '../domain/dataset';
import type { StatusInterval } from '../domain/status';
import { CompareBar } from './CompareBar';
import { CompareLegend } from './CompareLegend';
import { CompareTable } from './CompareTable';
import { HistoryStrip } from './HistoryStrip';

const entry = (id: string, name: string, intervals: StatusInterval[]): JurisdictionEntry => ({ id, level: 'county', name, state: id.slice(0, 2), intervals, recordIds: [] });
const entries = [
  entry('06001', 'Alameda', [['2018-01-01', 'limits']]),
  entry('48201', 'Harris', [['2017-09-01', 'requires']]),
  entry('04017', 'Navajo', [['2019-01-01', 'participates']]),
  entry('01001', 'Autauga', []),
];

describe('compare legend', () => {
  it('counts each direction, with residents when the people switch is on', () => {
    const population = { version: 1, year: 2024, counties: { '06001': 1_600_000, '48201': 4_800_000, '04017': 100_000, '01001': 60_000 }, states: {}, statewide: {} };
    render(<CompareLegend entries={entries} date="2025-01-20" compare="2016-06-30" levelPlural="counties" lang="en" locale="en-US" population={population} />);
    const legend = screen.getByRole('region', { name: 'Change of counties from June 30, 2016 to January 20, 2025' });
    const item = (d: string) => legend.querySelector(`[data-direction="${d}"] .legend__count`)!.textContent;
    expect(item('limits')).toBe('1 · 1.6 million people');
    expect(item('cooperation')).toBe('2 · 4.9 million people');
    expect(item('unchanged')).toBe('1 · 60 thousand people');
  });
});

describe('compare table', () => {
  it('lists only the changed jurisdictions with both statuses, sortable', () => {
    const onSelect = vi.fn();
    render(<CompareTable entries={entries} date="2025-01-20" compare="2016-06-30" lang="en" onSelect={onSelect} />);
    const table = screen.getByRole('table', { name: '3 jurisdictions changed between June 30, 2016 and January 20, 2025' });
    const names = () => within(table).getAllByRole('rowheader').map((th) => th.textContent);
    expect(names()).toEqual(['Alameda', 'Harris', 'Navajo']);
    const harris = within(table).getByRole('rowheader', { name: 'Harris' }).closest('tr')!;
    expect(within(harris).getAllByRole('cell').map((c) => c.textContent)).toEqual(['County', 'No known policy', 'Required to cooperate', 'Toward more cooperation']);
    fireEvent.click(within(table).getByRole('button', { name: /^Name/ }));
    fireEvent.click(within(table).getByRole('button', { name: /^Name/ }));
    expect(names()).toEqual(['Navajo', 'Harris', 'Alameda']);
    expect(within(table).getByRole('columnheader', { name: /^Name/ }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: 'Navajo' }));
    expect(onSelect).toHaveBeenCalledWith('04017');
  });
});

describe('compare bar', () => {
  it('sets the common pairs in one click and announces the comparison and its end', async () => {
    const onChange = vi.fn();
    const props = { date: '2026-06-30', start: '1979-01-01', today: '2026-07-01', lang: 'en' as const, locale: 'en-US', entries, onChange };
    const view = render(<CompareBar compare={null} {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Since January 20, 2025' }));
    expect(onChange).toHaveBeenLastCalledWith('2025-01-20');
    fireEvent.click(screen.getByRole('button', { name: 'Since a year ago' }));
    expect(onChange).toHaveBeenLastCalledWith('2025-06-30');
    view.rerender(<CompareBar compare="2016-06-30" {...props} />);
    // Counted by compare mode's chunk, loaded on the first comparison.
    await waitFor(() =>
      expect(screen.getByTestId('compare-announce').textContent).toBe(
        'Comparing June 30, 2016 with June 30, 2026: 1 toward more limits, 2 toward more cooperation, 1 unchanged.',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stop comparing' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    view.rerender(<CompareBar compare={null} {...props} />);
    expect(screen.getByTestId('compare-announce').textContent).toMatch(/^Compare mode off/);
  });
});

describe('history strip', () => {
  it('draws each status period across the timeline and spells it out', () => {
    render(
      <HistoryStrip
        intervals={[['2017-09-01', 'requires'], ['2019-01-01', 'participates']]}
        start="1979-01-01"
        today="2026-07-01"
        marks={['2025-01-20']}
        label={(segments) => segments.map((s) => `${s.start} ${s.category}`).join('; ')}
      />,
    );
    const strip = screen.getByRole('img', { name: '1979-01-01 none; 2017-09-01 requires; 2019-01-01 participates' });
    expect([...strip.querySelectorAll('[data-category]')].map((s) => s.getAttribute('data-category'))).toEqual(['none', 'requires', 'participates']);
  });
});
