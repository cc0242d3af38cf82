import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { panelStringsFor } from './i18n/panelStrings';
import { SOURCE } from './map/layers';
import { initialData, resetAppStore, useAppStore } from './store/appStore';
import { FIXTURE_TODAY, fixtureFetcher } from './testing/fixtures';
import { FakeMap } from './testing/maplibreMock';
import type { UrlState } from './url/params';

vi.mock('maplibre-gl', () => import('./testing/maplibreMock'));

const strings = panelStringsFor('en');

function start(url: Partial<UrlState> = {}, overrides: Record<string, unknown> = {}) {
  const files = fixtureFetcher(overrides);
  vi.stubGlobal('fetch', files.fetcher);
  resetAppStore(initialData(url, FIXTURE_TODAY));
  render(<App />);
  return files;
}

async function mapReady() {
  await screen.findByRole('region', { name: /Map of US counties/ });
  const map = FakeMap.last();
  act(() => map.fire('load'));
  return map;
}

beforeEach(() => {
  FakeMap.instances = [];
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows a loading state, then the legend, map, timeline and "data as of"', async () => {
    start({ date: '2010-01-01' });
    // The page has other polite status regions too (live announcements, share messages).
    expect(screen.getAllByRole('status').some((s) => s.textContent === strings.loading)).toBe(true);
    await mapReady();
    expect(screen.getByRole('heading', { level: 1, name: strings.appTitle })).toBeDefined();
    expect(screen.getByText('Number of counties on January 1, 2010')).toBeDefined();
    expect(screen.getByRole('slider', { name: strings.timelineLabel })).toBeDefined();
    expect(screen.getByText('Data as of May 1, 2025.')).toBeDefined();
    expect(screen.getByRole('radio', { name: strings.layerCounties })).toHaveProperty('checked', true);
  });

  it('shows a clear message with Retry when a data file fails, and recovers', async () => {
    start({}, { 'data/map.topo.json': 404 });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(strings.loadErrorTitle)).toBeDefined();
    expect(alert.textContent).toContain('data/map.topo.json answered HTTP 404');
    vi.stubGlobal('fetch', fixtureFetcher().fetcher);
    fireEvent.click(within(alert).getByRole('button', { name: strings.retry }));
    await mapReady();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('recolours the map when the slider moves', async () => {
    start({ date: '2010-01-31' });
    const map = await mapReady();
    expect(map.stateOf(SOURCE.counties, '48201').category).toBe('participates');
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'End' });
    expect(useAppStore.getState().date).toBe(FIXTURE_TODAY);
    expect(map.stateOf(SOURCE.counties, '48201').category).toBe('requires');
    expect(screen.getByText(`Number of counties on June 15, 2025`)).toBeDefined();
  });

  it('opens the panel on a map click, loads records only then, and closes with Escape', async () => {
    const files = start({ date: '2010-01-31' });
    const map = await mapReady();
    expect(files.calls).not.toContain('data/records.json');
    map.featuresUnderPointer = [{ id: '48201', source: SOURCE.counties, properties: {} }];
    act(() => map.fire('click', { point: { x: 1, y: 1 } }));
    const panel = await screen.findByRole('region', { name: 'Harris County' });
    await within(panel).findByRole('region', { name: strings.sectionAgreements });
    expect(files.calls.filter((c) => c === 'data/records.json')).toHaveLength(1);
    expect(document.title).toBe(`Harris County · ${strings.appTitle}`);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Harris County' })).toBeNull();
    expect(useAppStore.getState().selectedId).toBeNull();
  });

  it('opens the jurisdiction named in the link without taking focus, then focuses on later selections', async () => {
    start({ jurisdiction: 'CA-los-angeles' });
    await mapReady();
    expect(await screen.findByRole('region', { name: 'Los Angeles' })).toBeDefined();
    expect(document.activeElement).toBe(document.body);
    act(() => useAppStore.getState().select('06037'));
    const panel = await screen.findByRole('region', { name: 'Los Angeles County' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
  });

  it('switches to states', async () => {
    start();
    await mapReady();
    fireEvent.click(screen.getByRole('radio', { name: strings.layerStates }));
    expect(useAppStore.getState().layer).toBe('states');
    expect(screen.getByText(/Number of states on/)).toBeDefined();
    await waitFor(() => expect(screen.getByRole('region', { name: /Map of US states/ })).toBeDefined());
  });
});
