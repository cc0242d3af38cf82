/**
 * The accessibility features working together in the whole page (maplibre mocked): search opens a
 * panel and moves the map, the table tab, focus coming back when a panel closes, the skip link,
 * the live region and the language switch.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LANG_STORAGE_KEY } from '../i18n/language';
import { stringsFor } from '../i18n/strings';
import { FOCUS_MAX_ZOOM } from '../map/focus';
import { REPORT_VIEW } from '../map/camera';
import { initialData, resetAppStore, useAppStore } from '../store/appStore';
import { resetTableStore } from '../table/tableStore';
import { FIXTURE_TODAY, fixtureFetcher } from '../testing/fixtures';
import { FakeMap } from '../testing/maplibreMock';
import type { UrlState } from '../url/params';

vi.mock('maplibre-gl', () => import('../testing/maplibreMock'));

const en = stringsFor('en');
const es = stringsFor('es');

async function start(url: Partial<UrlState> = {}) {
  vi.stubGlobal('fetch', fixtureFetcher().fetcher);
  resetAppStore(initialData(url, FIXTURE_TODAY));
  render(<App />);
  await screen.findByRole('combobox', { name: (url.lang === 'es' ? es : en).searchLabel });
  const map = FakeMap.instances.at(-1);
  if (map !== undefined) act(() => map.fire('load'));
  return map;
}

beforeEach(() => {
  FakeMap.instances = [];
  resetTableStore();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('search in the page', () => {
  it('finds a county, opens its panel with focus on its name, and fits the map to it', async () => {
    const map = await start({ date: '2020-01-31' });
    const input = screen.getByRole('combobox', { name: en.searchLabel });
    await userEvent.type(input, 'harris');
    await waitFor(() => expect(screen.getAllByRole('option')[0]?.textContent).toContain('Harris County'));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const panel = await screen.findByRole('region', { name: 'Harris County' });
    // Focus moves once the panel's lazily loaded text has rendered, which may be a tick after the region.
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 })));
    expect(useAppStore.getState().selectedId).toBe('48201');
    expect(map?.fitBounds).toHaveBeenCalledWith(expect.any(Array), expect.objectContaining({ maxZoom: FOCUS_MAX_ZOOM }), REPORT_VIEW);
    // Escape closes the panel and focus goes back to the search box.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Harris County' })).toBeNull();
    expect(document.activeElement).toBe(input);
  });

  it('flies to a city', async () => {
    const map = await start();
    await userEvent.type(screen.getByRole('combobox', { name: en.searchLabel }), 'CA-los');
    act(() => useAppStore.getState().focusOn('CA-los-angeles'));
    expect(map?.flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [-118, 32] }), REPORT_VIEW);
  });
});

describe('table view', () => {
  it('is a tab beside the map; a row opens the panel and focus returns to the row on Escape', async () => {
    await start({ date: '2020-01-31' });
    const tabs = screen.getByRole('tablist', { name: en.viewTabsLabel });
    const mapTab = within(tabs).getByRole('tab', { name: en.viewMap });
    expect(mapTab.getAttribute('aria-selected')).toBe('true');
    mapTab.focus();
    await userEvent.keyboard('{ArrowRight}');
    const tableTab = within(tabs).getByRole('tab', { name: en.viewTable });
    expect(tableTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tableTab);
    expect(useAppStore.getState().view).toBe('table');
    const panel = screen.getByRole('tabpanel', { name: en.viewTable });
    const table = await within(panel).findByRole('table');
    const row = within(table).getByRole('button', { name: 'San Francisco County' });
    row.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('region', { name: 'San Francisco County' })).toBeDefined();
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).toBe(row);
    // The map is kept while hidden, and comes back with the other tab.
    fireEvent.click(within(tabs).getByRole('tab', { name: en.viewMap }));
    expect(screen.getByRole('region', { name: /Map of US counties/ })).toBeDefined();
  });

  it('opens from the link (?view=table) without making a map', async () => {
    await start({ view: 'table' });
    expect(await screen.findByRole('table')).toBeDefined();
    expect(FakeMap.instances).toHaveLength(0);
  });
});

describe('keyboard and screen readers', () => {
  it('has a skip link first that moves focus to the main content', async () => {
    await start();
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: en.skipToMain });
    expect(document.activeElement).toBe(skip);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('describes the map in text and announces date and selection changes politely', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await start({ date: '2017-08-31' });
      const region = screen.getByRole('region', { name: /Map of US counties/ });
      const description = document.getElementById(region.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent).toContain('On August 31, 2017, of 3 counties: Limits cooperation 1');
      act(() => useAppStore.getState().setDate('2017-09-30'));
      expect(description?.textContent).toContain('Since August 31, 2017, 1 state changed: Texas from No known policy to Required to cooperate.');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(800);
      });
      const live = screen.getByTestId('live-region');
      expect(live.textContent).toContain('Showing September 30, 2017. 1 state changed: Texas');
      act(() => useAppStore.getState().select('06075'));
      expect(live.textContent).toContain('San Francisco County: Limits cooperation on September 30, 2017. Details opened.');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('language', () => {
  it('switches the whole interface to Spanish and back, sets <html lang>, the URL and remembers the choice', async () => {
    await start({ date: '2020-01-31' });
    expect(document.documentElement.lang).toBe('en');
    const group = screen.getByRole('group', { name: en.languageLabel });
    await userEvent.click(within(group).getByRole('button', { name: 'Español' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(es.appTitle);
    expect(within(group).getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(group).getByRole('button', { name: 'Español' }).getAttribute('lang')).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(screen.getByRole('combobox', { name: es.searchLabel })).toBeDefined();
    expect(screen.getByRole('slider', { name: es.timelineLabel }).getAttribute('aria-valuetext')).toBe('31 de enero de 2020');
    expect(screen.getByText('Número de condados el 31 de enero de 2020')).toBeDefined();
    expect(screen.getByRole('tab', { name: 'Tabla' })).toBeDefined();
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('es');
    await waitFor(() => expect(window.location.search).toContain('lang=es'));
    await userEvent.click(within(screen.getByRole('group', { name: es.languageLabel })).getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.appTitle);
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens in Spanish from ?lang=es and marks English-only record text as such', async () => {
    await start({ lang: 'es', jurisdiction: '06075', date: '2020-01-31' });
    const panel = await screen.findByRole('region', { name: 'San Francisco County' });
    await within(panel).findByText('City of Refuge Ordinance (1989)');
    const summary = within(panel).getByText('Summary of sf-city-of-refuge-1989.');
    expect(summary.getAttribute('lang')).toBe('en');
    expect(summary.parentElement?.textContent).toContain('(en inglés)');
    expect(within(panel).getByText('Situación el 31 de enero de 2020')).toBeDefined();
    expect(within(panel).getAllByText('Limita la cooperación').length).toBeGreaterThan(0);
  });
});
