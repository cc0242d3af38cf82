/**
 * The classroom and newsroom features inside the whole app (jsdom, maplibre mocked): toolbar,
 * presentation mode and its keys, the tour from the keyboard, embed mode, share, play, downloads.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { getMapInstance } from '../export/mapHandle';
import { resetJurisdictionsCache } from '../export/statusExport';
import { initialData, resetAppStore, useAppStore } from '../store/appStore';
import { FIXTURE_TODAY, fixtureFetcher, fixtureStatusIndex } from '../testing/fixtures';
import { FakeMap } from '../testing/maplibreMock';
import { usePlayerState } from '../timeline/playback';
import { appPlayer } from '../timeline/player';
import { resetTourStore, useTourStore } from '../tour/tourStore';
import type { TourFile } from '../tour/types';
import type { UrlState } from '../url/params';

vi.mock('maplibre-gl', () => import('../testing/maplibreMock'));

const TOUR: TourFile = {
  version: 1,
  steps: [
    {
      id: 'one',
      date: '2008-07-31',
      focus: { jurisdiction: '48201' },
      layer: 'counties',
      lists: false,
      title: { en: 'Harris County joins 287(g)', es: 'Harris se suma' },
      caption: { en: 'First. Second.', es: 'Uno. Dos.' },
      sources: [{ id: 's', title: 'Source', publisher: 'P', url: 'https://example.org/s' }],
    },
    {
      id: 'two',
      date: '2018-01-31',
      focus: 'country',
      layer: 'states',
      lists: false,
      title: { en: 'California limits cooperation', es: 'California limita' },
      caption: { en: 'First. Second.', es: 'Uno. Dos.' },
      sources: [{ id: 's', title: 'Source', publisher: 'P', url: 'https://example.org/s' }],
    },
  ],
};

const GEOJSON = {
  type: 'FeatureCollection',
  features: fixtureStatusIndex().jurisdictions.map((j) => ({
    type: 'Feature',
    id: j.id,
    properties: {
      id: j.id,
      level: j.level,
      name: j.name,
      state_fips: j.state,
      ...(j.county ? { county_fips: j.county } : {}),
      status_intervals: j.intervals.map(([start, category]) => ({ start, category })),
      record_ids: j.recordIds,
      federal_lists: j.federalLists ?? [],
    },
    geometry: j.lonLat ? { type: 'Point', coordinates: j.lonLat } : null,
  })),
};

function start(url: Partial<UrlState> = {}) {
  const files = fixtureFetcher({ 'data/tour.json': TOUR, 'data/jurisdictions.geojson': GEOJSON });
  vi.stubGlobal('fetch', files.fetcher);
  resetAppStore(initialData(url, FIXTURE_TODAY));
  render(<App />);
  return files;
}

async function mapReady() {
  await screen.findByRole('region', { name: /Map of US/ });
  const map = FakeMap.last();
  act(() => map.fire('load'));
  return map;
}

const key = (k: string, init: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(document.body, { key: k, ...init });

beforeEach(() => {
  FakeMap.instances = [];
  resetTourStore();
  resetJurisdictionsCache();
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 0) as unknown as number);
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
});
afterEach(() => {
  appPlayer.pause();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete document.documentElement.dataset.present;
  delete document.documentElement.dataset.embed;
});

describe('toolbar', () => {
  it('offers About, tour, present, share, embed and download; About opens and closes', async () => {
    start({ date: '2010-01-31' });
    await mapReady();
    const bar = screen.getByRole('navigation', { name: 'Share, present and download' });
    for (const name of [/^About this map$/, /^Guided tour/, /^Present/, /^Share/, /^Embed/]) expect(within(bar).getByRole('button', { name })).toBeDefined();
    expect(within(bar).getByText('Download')).toBeDefined();
    fireEvent.click(within(bar).getByRole('button', { name: 'About this map' }));
    const dialog = await screen.findByRole('dialog', { name: 'About this map' });
    expect(within(dialog).getByRole('heading', { name: 'Detainers' })).toBeDefined();
    expect(within(dialog).getByText('Data as of May 1, 2025.')).toBeDefined();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(getMapInstance()).toBe(FakeMap.last());
  });

  it('copies a link to exactly this view and says so', async () => {
    const written: string[] = [];
    vi.stubGlobal('isSecureContext', true);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    start({ date: '2017-09-30', jurisdiction: '48201', layer: 'states' });
    await mapReady();
    fireEvent.click(screen.getByRole('button', { name: /^Share/ }));
    await screen.findByText(/Link copied/);
    expect(written).toEqual(['http://localhost:3000/?date=2017-09&j=48201&layer=states']);
  });

  it('embed dialog: iframe code for this view with title and height', async () => {
    start({ date: '2017-09-30', jurisdiction: '48201', lang: 'en' });
    await mapReady();
    fireEvent.click(screen.getByRole('button', { name: /^Embed/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this map' });
    const code = (within(dialog).getByLabelText('Code to paste') as HTMLTextAreaElement).value;
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('http://localhost:3000/?date=2017-09&j=48201&embed=1');
    expect(frame.getAttribute('title')).toBe('Interactive map: how US police and jails cooperate with ICE, on September 30, 2017');
    expect(Number(frame.getAttribute('height'))).toBeGreaterThan(500);
    expect(code).toContain('datawrapper-height');
    fireEvent.click(within(dialog).getByRole('checkbox'));
    expect((within(dialog).getByLabelText('Code to paste') as HTMLTextAreaElement).value).not.toContain('<script>');
  });

  it('downloads the statuses on the shown date as CSV, fetching the GeoJSON only then', async () => {
    const files = start({ date: '2017-09-30' });
    await mapReady();
    expect(files.calls).not.toContain('data/jurisdictions.geojson');
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'), revokeObjectURL: () => {} }));
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    fireEvent.click(screen.getByText('Download'));
    // The items load on the menu's first opening (export/DownloadItems.tsx).
    fireEvent.click(await screen.findByRole('button', { name: /status on September 30, 2017 \(CSV\)/ }));
    await screen.findByText('Downloaded ice-cooperation-status-2017-09-30.csv.');
    expect(files.calls).toContain('data/jurisdictions.geojson');
    expect(clicked).toEqual(['ice-cooperation-status-2017-09-30.csv']);
    const csv = await blobs[0]!.text();
    expect(csv).toContain('48201,county,Harris County,Texas,TX,48,48201,2017-09-30,requires,Required to cooperate,2017-09-01');
    const records = screen.getByRole('link', { name: 'All records with sources (CSV)' });
    expect(records.getAttribute('href')).toBe('data/records.csv');
    expect(records.getAttribute('download')).toBe('ice-cooperation-records.csv');
  });

  it('play starts and pauses on request, never by itself', async () => {
    start({ date: '1979-01-31', present: true });
    await mapReady();
    expect(usePlayerState.getState().playing).toBe(false);
    const play = screen.getByRole('button', { name: 'Play the timeline from this date' });
    fireEvent.click(play);
    // The player is a chunk fetched on the first play.
    await waitFor(() => expect(usePlayerState.getState().playing).toBe(true));
    await waitFor(() => expect(useAppStore.getState().date > '1979-01-31').toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Pause the timeline' }));
    await waitFor(() => expect(usePlayerState.getState().playing).toBe(false));
  });
});

describe('presentation mode', () => {
  it('opens from the link with a big date; keys step, play, tour and leave', async () => {
    start({ date: '2010-01-31', present: true });
    await mapReady();
    expect(document.documentElement.dataset.present).toBe('');
    const bar = screen.getByRole('region', { name: 'Presentation controls' });
    expect(within(bar).getByText('January 31, 2010')).toBeDefined();

    key('ArrowRight');
    expect(useAppStore.getState().date).toBe('2011-01-31');
    key('ArrowLeft', { shiftKey: true });
    expect(useAppStore.getState().date).toBe('2010-12-31');
    expect(within(bar).getByText('December 31, 2010')).toBeDefined();

    key(' ');
    expect(usePlayerState.getState().playing).toBe(true);
    key(' ');
    expect(usePlayerState.getState().playing).toBe(false);

    key('t');
    await screen.findByText('Harris County joins 287(g)');
    expect(useAppStore.getState().date).toBe('2008-07-31');
    await waitFor(() => expect(FakeMap.last().fitBounds).toHaveBeenCalled());
    key('ArrowRight');
    await screen.findByText('California limits cooperation');
    expect(useAppStore.getState()).toMatchObject({ date: '2018-01-31', layer: 'states' });
    key('ArrowLeft');
    await screen.findByText('Harris County joins 287(g)');
    // With the tour open, Space is the next step (the timeline does not play under the caption).
    key(' ');
    await screen.findByText('California limits cooperation');
    expect(usePlayerState.getState().playing).toBe(false);
    key('T');
    expect(useTourStore.getState().status).toBe('closed');
    // Esc with the tour open closes the tour and stays in presentation mode.
    key('t');
    await screen.findByText('Harris County joins 287(g)');
    key('Escape');
    expect(useTourStore.getState().status).toBe('closed');
    expect(useAppStore.getState().present).toBe(true);

    key('Escape');
    expect(useAppStore.getState().present).toBe(false);
    expect(screen.queryByRole('region', { name: 'Presentation controls' })).toBeNull();
    await waitFor(() => expect(window.location.search).not.toContain('mode=present'));
    key('ArrowRight');
    expect(useAppStore.getState().date).toBe('2008-07-31');
  });

  it('the Present button enters it (full viewport when the Fullscreen API is missing)', async () => {
    start({ date: '2010-01-31' });
    await mapReady();
    fireEvent.click(screen.getByRole('button', { name: /^Present/ }));
    await waitFor(() => expect(useAppStore.getState().present).toBe(true));
    expect(document.querySelector('.app')?.getAttribute('data-mode')).toBe('present');
    fireEvent.click(screen.getByRole('button', { name: /Exit presentation/ }));
    await waitFor(() => expect(useAppStore.getState().present).toBe(false));
  });
});

describe('embed mode', () => {
  it('shows map, timeline, legend and a credit line to the full view, nothing else', async () => {
    start({ date: '2017-09-30', embed: true, jurisdiction: '48201' });
    await mapReady();
    expect(screen.queryByRole('navigation', { name: 'Share, present and download' })).toBeNull();
    expect(screen.getByRole('slider')).toBeDefined();
    // The credit line is a chunk only embeds load.
    const credit = await screen.findByRole('link', { name: /Open the full map/ });
    expect(credit.getAttribute('href')).toBe('http://localhost:3000/?date=2017-09&j=48201');
    expect(credit.getAttribute('target')).toBe('_blank');
    expect(document.documentElement.dataset.embed).toBe('');
  });
});
