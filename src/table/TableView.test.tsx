import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { panelStringsFor } from '../i18n/panelStrings';
import { useAppStore } from '../store/appStore';
import { fixtureMapData } from '../testing/fixtures';
import { resetTableStore } from './tableStore';
import { TableView, type TableViewProps } from './TableView';

const data = fixtureMapData();
const strings = panelStringsFor('en');

function setup(overrides: Partial<TableViewProps> = {}) {
  const onSelect = vi.fn();
  const props: TableViewProps = { jurisdictions: data.jurisdictions, date: '2020-01-31', selectedId: null, onSelect, ...overrides };
  const view = render(<TableView {...props} />);
  return { onSelect, view, props };
}

const table = () => screen.getByRole('table', { name: 'Status of every state, county and city on January 31, 2020' });
const rowNames = () => within(table()).getAllByRole('rowheader').map((th) => th.textContent);
const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });

beforeEach(() => resetTableStore());

describe('TableView', () => {
  it('is a captioned table with column and row headers and every status as text', () => {
    setup();
    expect(within(table()).getAllByRole('columnheader').map((th) => th.textContent?.replace(/[▲▼↕].*$/, ''))).toEqual([
      'Name',
      'Level',
      'State',
      'Status',
      'Since',
    ]);
    expect(rowNames()).toHaveLength(6);
    const harris = within(table()).getByRole('rowheader', { name: 'Harris County' }).closest('tr')!;
    expect(within(harris).getAllByRole('cell').map((td) => td.textContent)).toEqual(['County', 'Texas', 'Required to cooperate', 'Sep 1, 2017']);
    expect(harris.querySelector('[data-category="requires"][data-symbol="+"]')).not.toBeNull();
    expect(screen.getByText(/6 jurisdictions match/)).toBeDefined();
  });

  it('sorts by a column with its header button and says so with aria-sort', async () => {
    setup();
    expect(header('State').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Name').hasAttribute('aria-sort')).toBe(false);
    await userEvent.click(within(header('Name')).getByRole('button'));
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('State').hasAttribute('aria-sort')).toBe(false);
    expect(rowNames()[0]).toBe('California');
    await userEvent.click(within(header('Name')).getByRole('button'));
    expect(header('Name').getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()[0]).toBe('Texas');
    await userEvent.click(within(header('Status')).getByRole('button'));
    expect(rowNames().slice(0, 4).sort()).toEqual(['California', 'Los Angeles', 'Los Angeles County', 'San Francisco County']);
  });

  it('filters by level, state and status, and clears the filters', async () => {
    setup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: strings.filterLevel }), 'county');
    expect(rowNames()).toEqual(['Los Angeles County', 'San Francisco County', 'Harris County']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: strings.filterState }), '48');
    expect(rowNames()).toEqual(['Harris County']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: strings.filterCategory }), 'limits');
    expect(within(table()).queryAllByRole('rowheader')).toHaveLength(0);
    expect(screen.getByText(strings.tableEmpty)).toBeDefined();
    expect(screen.getByText('0 jurisdictions match')).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: strings.filterReset }));
    expect(rowNames()).toHaveLength(6);
  });

  it('opens a row’s details from its name button (keyboard) or anywhere on the row (mouse)', async () => {
    const { onSelect } = setup();
    const button = within(table()).getByRole('button', { name: 'San Francisco County' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('06075');
    fireEvent.click(within(table()).getByRole('rowheader', { name: 'Texas' }).closest('tr')!.querySelector('td')!);
    expect(onSelect).toHaveBeenLastCalledWith('48');
  });

  it('marks the selected row', () => {
    setup({ selectedId: '48201' });
    expect(within(table()).getByRole('button', { name: 'Harris County' }).getAttribute('aria-current')).toBe('true');
  });

  it('shows the reason when it stands in for the map', () => {
    setup({ notice: strings.mapUnavailableTable });
    expect(screen.getByRole('note').textContent).toBe(strings.mapUnavailableTable);
  });

  it('is in Spanish with the Spanish strings', () => {
    useAppStore.setState({ lang: 'es' });
    render(<TableView jurisdictions={data.jurisdictions} date="2020-01-31" selectedId={null} onSelect={vi.fn()} />);
    const t = screen.getByRole('table', { name: 'Situación de cada estado, condado y ciudad el 31 de enero de 2020' });
    expect(within(t).getByRole('columnheader', { name: /^Situación/ })).toBeDefined();
    expect(within(t).getAllByText('Obligado a cooperar').length).toBeGreaterThan(0);
    expect(screen.getByText(/6 jurisdicciones coinciden/)).toBeDefined();
  });
});
