import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialData, resetAppStore, useAppStore } from '../store/appStore';
import { FIXTURE_TODAY, fixtureMapData } from '../testing/fixtures';
import { cameraFor } from './camera';
import { TourPanel } from './TourPanel';
import { asTourFile } from './tourFile';
import { resetTourStore, useTourStore } from './tourStore';
import type { TourFile, TourStep } from './types';

const data = fixtureMapData();

const step = (id: string, date: string, focus: TourStep['focus'], layer: TourStep['layer'] = 'counties', lists = false): TourStep => ({
  id,
  date,
  focus,
  layer,
  lists,
  title: { en: `Title ${id}`, es: `Título ${id}` },
  caption: { en: `Caption ${id}. Second sentence.`, es: `Texto ${id}. Segunda oración.` },
  sources: [{ id: 's-a', title: 'A source', publisher: 'Publisher', url: 'https://example.org/a' }],
});

export const FIXTURE_TOUR: TourFile = {
  version: 1,
  steps: [step('harris', '2008-07-31', { jurisdiction: '48201' }), step('country', '2017-09-30', 'country', 'states', true), step('la', '2018-01-31', { jurisdiction: 'CA-los-angeles', maxZoom: 7 })],
};

function tourFetcher(body: unknown = FIXTURE_TOUR, status = 200) {
  const calls: string[] = [];
  const fetcher = async (url: string) => {
    calls.push(url);
    return new Response(JSON.stringify(body), { status });
  };
  return { fetcher, calls };
}

beforeEach(() => {
  resetTourStore();
  resetAppStore(initialData({}, FIXTURE_TODAY));
  useAppStore.setState({ mapData: { status: 'ready', data } });
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    cb(0);
    return 1;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const cameraTarget = () => useAppStore.getState().camera?.target;

describe('tour camera', () => {
  it('fits the whole map, a county or state, or centres on a city', () => {
    expect(cameraFor('country', data)).toEqual({ kind: 'fit', bounds: data.geometry.bounds, maxZoom: 11 });
    const harris = cameraFor({ jurisdiction: '48201' }, data);
    expect(harris).toMatchObject({ kind: 'fit', maxZoom: 6 });
    expect(harris?.kind === 'fit' && harris.bounds).toEqual([-100, 26, -96, 30]);
    expect(cameraFor({ jurisdiction: 'CA-los-angeles', maxZoom: 7 }, data)).toEqual({ kind: 'center', center: [-118, 32], zoom: 7 });
    expect(cameraFor({ center: [-100, 40], zoom: 3 }, data)).toEqual({ kind: 'center', center: [-100, 40], zoom: 3 });
    expect(cameraFor({ jurisdiction: '99999' }, data)).toBeUndefined();
  });
});

describe('tour store', () => {
  it('loads tour.json once, then moves between steps within bounds', async () => {
    const { fetcher, calls } = tourFetcher();
    await useTourStore.getState().open(0, fetcher);
    expect(useTourStore.getState()).toMatchObject({ status: 'open', index: 0 });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/data\/tour\.json$/);
    const t = () => useTourStore.getState();
    t().previous();
    expect(t().index).toBe(0);
    t().next();
    t().next();
    t().next();
    expect(t().index).toBe(2);
    t().close();
    expect(t().status).toBe('closed');
    await t().toggle(fetcher);
    expect(t()).toMatchObject({ status: 'open', index: 0 });
    expect(calls).toHaveLength(1);
  });

  it('reports a tour that cannot be loaded or is malformed', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await useTourStore.getState().open(0, tourFetcher({}, 404).fetcher);
    expect(useTourStore.getState().status).toBe('error');
    expect(() => asTourFile({ steps: [{ id: 'x' }] })).toThrow(/structure/);
    expect(() => asTourFile({ steps: [] })).toThrow(/no steps/);
    spy.mockRestore();
  });
});

/** The panel runs the tour's effects on the page (useTourEffects) with the store's map data. */
function Harness() {
  return <TourPanel />;
}

describe('TourPanel', () => {
  beforeEach(() => useAppStore.setState({ mapData: { status: 'ready', data } }));

  it('shows the step with counter, caption and sources; next/previous change date, layer and map', async () => {
    render(<Harness />);
    await act(() => useTourStore.getState().open(0, tourFetcher().fetcher));
    const panel = screen.getByRole('region', { name: 'Title harris' });
    expect(within(panel).getByText('Step 1 of 3')).toBeDefined();
    expect(within(panel).getByText('Caption harris. Second sentence.')).toBeDefined();
    expect(within(panel).getByRole('link', { name: 'A source' }).getAttribute('href')).toBe('https://example.org/a');
    expect(useAppStore.getState().date).toBe('2008-07-31');
    // The camera part of a step loads with the first step (stepOnMap.ts).
    await vi.waitFor(() => expect(cameraTarget()).toEqual(cameraFor({ jurisdiction: '48201' }, data)));
    expect(document.activeElement?.textContent).toBe('Title harris');

    fireEvent.click(within(panel).getByRole('button', { name: /Next/ }));
    expect(screen.getByText('Step 2 of 3')).toBeDefined();
    expect(useAppStore.getState()).toMatchObject({ date: '2017-09-30', layer: 'states', showLists: true });
    await vi.waitFor(() => expect(cameraTarget()).toEqual({ kind: 'fit', bounds: data.geometry.bounds, maxZoom: 11 }));

    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await vi.waitFor(() => expect(cameraTarget()).toEqual({ kind: 'center', center: [-118, 32], zoom: 7 }));
    expect(useAppStore.getState()).toMatchObject({ layer: 'counties', showLists: false });
    expect(screen.queryByRole('button', { name: /Next/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(useTourStore.getState().status).toBe('closed');
    expect(screen.queryByRole('region')).toBeNull();
    // A step closed before a map applied it moves no later map.
    expect(useAppStore.getState().camera).toBeNull();
  });

  it('speaks Spanish and asks for the step’s camera', async () => {
    useAppStore.setState({ lang: 'es' });
    render(<Harness />);
    await act(() => useTourStore.getState().open(0, tourFetcher().fetcher));
    expect(screen.getByText('Paso 1 de 3')).toBeDefined();
    expect(screen.getByText('Texto harris. Segunda oración.')).toBeDefined();
    await vi.waitFor(() => expect(cameraTarget()).toMatchObject({ kind: 'fit', maxZoom: 6 }));
  });

  it('offers a retry when the tour fails to load', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Harness />);
    await act(() => useTourStore.getState().open(0, tourFetcher({}, 500).fetcher));
    expect(screen.getByRole('alert').textContent).toBe('The tour could not be loaded.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDefined();
    spy.mockRestore();
  });
});
