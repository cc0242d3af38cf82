import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RecordIndex } from '../domain/dataset';
import { stringsFor } from '../i18n/strings';
import type { LoadState } from '../data/mapData';
import { fixtureMapData, fixtureRecordIndex } from '../testing/fixtures';
import { SearchBox } from './SearchBox';

const data = fixtureMapData();
const strings = stringsFor('en');

function setup(records: LoadState<RecordIndex> = { status: 'ready', data: fixtureRecordIndex() }) {
  const onPick = vi.fn();
  const onActivate = vi.fn();
  const view = render(
    <SearchBox jurisdictions={data.jurisdictions} records={records} onActivate={onActivate} onPick={onPick} />,
  );
  const input = screen.getByRole('combobox', { name: strings.searchLabel });
  return { input, onPick, onActivate, view };
}

const options = () => screen.getAllByRole('option');

describe('SearchBox', () => {
  it('is an ARIA 1.2 combobox: labelled, controls a listbox, collapsed until there are results', async () => {
    const { input, onActivate } = setup();
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(listbox?.getAttribute('role')).toBe('listbox');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    await userEvent.click(input);
    expect(onActivate).toHaveBeenCalledTimes(1);
    await userEvent.type(input, 'harris');
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    expect(options()[0]?.textContent).toContain('Harris County');
    expect(options()[0]?.textContent).toContain('County in Texas');
  });

  it('moves through the results with the arrows (aria-activedescendant) and opens one with Enter', async () => {
    const { input, onPick } = setup();
    await userEvent.type(input, 'los angeles');
    await waitFor(() => expect(options().length).toBeGreaterThanOrEqual(2));
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    const second = options()[1]!.textContent ?? '';
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledTimes(1);
    const picked = onPick.mock.calls[0]![0] as string;
    expect(data.jurisdictions.byId.get(picked)?.name).toBe(second.startsWith('Los Angeles County') ? 'Los Angeles County' : 'Los Angeles');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(input);
  });

  it('opens the first result with Enter when none is highlighted, and wraps with Up', async () => {
    const { input, onPick } = setup();
    await userEvent.type(input, 'San Fransisco');
    await waitFor(() => expect(options().length).toBeGreaterThan(0));
    await userEvent.keyboard('{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options().at(-1)!.id);
    await userEvent.keyboard('{Escape}{ArrowDown}');
    await userEvent.keyboard('{Escape}');
    await userEvent.type(input, 'o');
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith('06075');
  });

  it('finds by FIPS code and by agency name, which opens the agency’s jurisdiction', async () => {
    const { input, onPick } = setup();
    await userEvent.type(input, '48201');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]!.textContent).toContain('FIPS 48201');
    await userEvent.clear(input);
    await userEvent.type(input, 'sheriff');
    await waitFor(() => expect(options()[0]?.textContent).toContain("Harris County Sheriff's Office"));
    expect(options()[0]!.textContent).toContain('Agency in Harris County, TX');
    fireEvent.click(options()[0]!);
    expect(onPick).toHaveBeenCalledWith('48201');
  });

  it('Escape closes the list (and keeps the page from seeing it), then clears the text, then lets it through', async () => {
    const { input } = setup();
    const pageEscapes = vi.fn();
    const listener = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) pageEscapes();
    };
    document.addEventListener('keydown', listener);
    await userEvent.type(input, 'texas');
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('texas');
    await userEvent.keyboard('{Escape}');
    expect((input as HTMLInputElement).value).toBe('');
    expect(pageEscapes).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(pageEscapes).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', listener);
  });

  it('says how many results there are, and that agencies are still loading', async () => {
    const { input } = setup({ status: 'loading' });
    await userEvent.type(input, 'harris');
    await waitFor(() => expect(screen.getByText(/^1 result\. Agency names are still loading\./)).toBeDefined());
  });

  it('says when nothing matches, and Tab leaves the box without a trap', async () => {
    const { input } = setup();
    await userEvent.type(input, 'zzzzqqq');
    await waitFor(() => expect(screen.getByText('No matches for “zzzzqqq”.')).toBeDefined());
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await act(async () => {
      await userEvent.tab();
    });
    expect(document.activeElement).not.toBe(input);
  });
});
