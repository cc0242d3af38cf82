/** Without WebGL the map cannot be made: the page shows the table instead, and says why. */
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { stringsFor } from '../i18n/strings';
import { initialData, resetAppStore, useAppStore } from '../store/appStore';
import { FIXTURE_TODAY, fixtureFetcher } from '../testing/fixtures';

vi.mock('maplibre-gl', async () => {
  const mock = await import('../testing/maplibreMock');
  class NoWebGlMap {
    constructor() {
      throw new Error('Failed to initialize WebGL');
    }
  }
  return { ...mock, Map: NoWebGlMap };
});

const en = stringsFor('en');

afterEach(() => vi.unstubAllGlobals());

describe('no WebGL', () => {
  it('switches to the table with an explanation, leaving the link’s view alone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', fixtureFetcher().fetcher);
    resetAppStore(initialData({ date: '2020-01-31' }, FIXTURE_TODAY));
    render(<App />);
    const note = await screen.findByRole('note');
    expect(note.textContent).toBe(en.mapUnavailableTable);
    expect(screen.getByRole('table')).toBeDefined();
    const tabs = screen.getByRole('tablist');
    expect(within(tabs).getByRole('tab', { name: en.viewTable }).getAttribute('aria-selected')).toBe('true');
    expect(within(tabs).getByRole('tab', { name: en.viewMap }).getAttribute('aria-disabled')).toBe('true');
    expect(useAppStore.getState()).toMatchObject({ mapUnavailable: true, view: 'map' });
    act(() => within(tabs).getByRole('tab', { name: en.viewMap }).click());
    expect(screen.getByRole('table')).toBeDefined();
  });
});
