import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_TODAY, fixtureFetcher } from '../testing/fixtures';
import { initialData, resetAppStore, urlStateOf, useAppStore } from './appStore';

beforeEach(() => resetAppStore(initialData({}, FIXTURE_TODAY)));

describe('app store', () => {
  it('starts from the URL state, clamping the date', () => {
    const data = initialData({ date: '2011-09-08', jurisdiction: '06037', layer: 'states', at: { zoom: 4, lat: 38, lon: -97 } }, FIXTURE_TODAY);
    expect(data).toMatchObject({ date: '2011-09-08', selectedId: '06037', layer: 'states', mapView: { zoom: 4, lat: 38, lon: -97 } });
    expect(initialData({ date: '2099-01-01' }, FIXTURE_TODAY).date).toBe(FIXTURE_TODAY);
    expect(initialData({}, FIXTURE_TODAY).date).toBe(FIXTURE_TODAY);
  });

  it('gives the shareable state to the URL codec', () => {
    const state = initialData({ date: '2011-09-08', jurisdiction: '06' }, FIXTURE_TODAY);
    expect(urlStateOf(state)).toEqual({
      date: '2011-09-08',
      jurisdiction: '06',
      lang: 'en',
      view: 'map',
      layer: 'counties',
      embed: false,
      present: false,
      lists: false,
      people: false,
    });
  });

  it('mirrors every URL parameter in a store field, both ways', () => {
    const url = {
      date: '2011-09-08',
      jurisdiction: '06',
      lang: 'es' as const,
      view: 'table' as const,
      layer: 'states' as const,
      embed: true,
      present: true,
      lists: true,
      compare: '2001-01-31',
      people: true,
      at: { zoom: 4, lat: 38, lon: -97 },
    };
    expect(urlStateOf(initialData(url, FIXTURE_TODAY))).toEqual(url);
    expect(initialData(url, FIXTURE_TODAY)).toMatchObject({ compare: '2001-01-31', showLists: true, mapView: url.at });
    expect(initialData({}, FIXTURE_TODAY).compare).toBeNull();
  });

  it('clamps dates it is given', () => {
    useAppStore.getState().setDate('1900-01-01');
    expect(useAppStore.getState().date).toBe('1979-01-01');
  });

  it('loads the map data and keeps a known selection', async () => {
    resetAppStore(initialData({ jurisdiction: '06037' }, FIXTURE_TODAY));
    const { fetcher } = fixtureFetcher();
    const pending = useAppStore.getState().loadMapData(fetcher);
    expect(useAppStore.getState().mapData.status).toBe('loading');
    await pending;
    const { mapData, selectedId } = useAppStore.getState();
    expect(mapData.status).toBe('ready');
    expect(selectedId).toBe('06037');
  });

  it('drops a selection the data does not know', async () => {
    resetAppStore(initialData({ jurisdiction: '99999' }, FIXTURE_TODAY));
    await useAppStore.getState().loadMapData(fixtureFetcher().fetcher);
    expect(useAppStore.getState().selectedId).toBeNull();
  });

  it('reports a failed load, and recovers on retry', async () => {
    await useAppStore.getState().loadMapData(fixtureFetcher({ 'data/status.json': 500 }).fetcher);
    expect(useAppStore.getState().mapData.status).toBe('error');
    await useAppStore.getState().loadMapData(fixtureFetcher().fetcher);
    expect(useAppStore.getState().mapData.status).toBe('ready');
  });

  it('loads records once, and again only after a failure', async () => {
    const failing = fixtureFetcher({ 'data/records.json': 503 });
    await useAppStore.getState().loadRecords(failing.fetcher);
    expect(useAppStore.getState().records.status).toBe('error');
    const ok = fixtureFetcher();
    await useAppStore.getState().loadRecords(ok.fetcher);
    await useAppStore.getState().loadRecords(ok.fetcher);
    expect(useAppStore.getState().records.status).toBe('ready');
    expect(ok.calls).toEqual(['data/records.json']);
  });
});
