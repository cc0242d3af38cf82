/**
 * Issue 7, part 6: a render error deep inside the page (here: the detail panel, thrown only when
 * a jurisdiction is selected, i.e. on an update, not the first render) is caught by the App's
 * error boundary: a message with a reload button, the masthead and credits still there, never a
 * blank page. ErrorBoundary.test.tsx covers the boundary on its own.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { stringsFor } from '../i18n/strings';
import { initialData, resetAppStore, useAppStore } from '../store/appStore';
import { FIXTURE_TODAY, fixtureFetcher } from '../testing/fixtures';
import { FakeMap } from '../testing/maplibreMock';

vi.mock('maplibre-gl', () => import('../testing/maplibreMock'));
vi.mock('../details/DetailPanel', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../details/DetailPanel')>()),
  DetailPanel: () => {
    throw new Error('render failed inside the detail panel');
  },
}));

const strings = stringsFor('en');

beforeEach(() => {
  FakeMap.instances = [];
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('fetch', fixtureFetcher().fetcher);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the App error boundary', () => {
  it('catches a render error thrown inside a child on an update and shows a message, not a blank page', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    resetAppStore(initialData({}, FIXTURE_TODAY));
    render(<App />);
    await screen.findByRole('region', { name: /Map of US counties/ });
    act(() => FakeMap.last().fire('load'));
    expect(screen.queryByText(strings.crashTitle)).toBeNull();

    // Selecting a jurisdiction renders the panel, which throws.
    act(() => useAppStore.getState().select('06037'));

    const alert = (await screen.findAllByRole('alert')).find((el) => el.textContent?.includes(strings.crashTitle));
    expect(alert).toBeDefined();
    expect(alert!.textContent).toContain(strings.crashBody);
    const reload = within(alert!).getByRole('button', { name: strings.reload });
    // The page around the boundary is still there.
    expect(screen.getByRole('heading', { level: 1, name: strings.appTitle })).toBeDefined();
    expect(screen.getByText(strings.credit)).toBeDefined();
    // The error was reported (for the console / a bug report), not swallowed.
    expect(consoleError.mock.calls.flat().some((arg) => arg instanceof Error && arg.message.includes('render failed'))).toBe(true);

    // Reload reloads the page (the address keeps the date and selection).
    const reloadSpy = vi.fn();
    const original = window.location;
    Object.defineProperty(window, 'location', { configurable: true, value: { ...original, reload: reloadSpy } });
    try {
      fireEvent.click(reload);
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: original });
    }
    expect(reloadSpy).toHaveBeenCalledTimes(1);
  });
});
