import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAP_COMPLETE_MARK } from '../app/benchHook';
import { stringsFor } from '../i18n/strings';
import { fixtureMapData } from '../testing/fixtures';
import { FakeMap } from '../testing/maplibreMock';
import { LAYER, PROMOTE_ID, SOURCE } from './layers';
import { MapView, type MapViewProps } from './MapView';

vi.mock('maplibre-gl', () => import('../testing/maplibreMock'));

const strings = stringsFor('en');
const data = fixtureMapData();

function setup(overrides: Partial<MapViewProps> = {}) {
  const props: MapViewProps = {
    data,
    date: '2010-01-01',
    layer: 'counties',
    selectedId: null,
    initialView: null,
    onSelect: vi.fn(),
    onHover: vi.fn(),
    onViewChange: vi.fn(),
    ...overrides,
  };
  const view = render(<MapView {...props} />);
  const map = FakeMap.last();
  act(() => map.fire('load'));
  const rerender = (next: Partial<MapViewProps>) => view.rerender(<MapView {...props} {...next} />);
  return { props, map, rerender, view };
}

beforeEach(() => {
  FakeMap.instances = [];
});

/** What the `listed` source was last given (the highlight source's features carry no `id`). */
function listedIds(map: FakeMap): string[][] {
  return map.setData.mock.calls
    .map(([fc]) => fc as { features: { properties: Record<string, unknown> }[] })
    .filter((fc) => fc.features.every((f) => 'id' in f.properties) && !fc.features.some((f) => 'selected' in f.properties))
    .map((fc) => fc.features.map((f) => String(f.properties.id)));
}

describe('MapView', () => {
  it('draws once, complete: no frames and a hidden canvas until the shown layers have their first tiles', async () => {
    const { map } = setup();
    const tiles = (sourceId: string) => act(() => map.fire('sourcedata', { sourceId, tile: {} }));
    expect(map.getCanvas().style.opacity).toBe('0');
    // Held: the colours and a loaded source ask for frames; only the source's own request goes through.
    const before = map.repaints;
    map.triggerRepaint();
    expect(map.repaints).toBe(before);
    act(() => map.fire('sourcedata', { sourceId: SOURCE.counties, sourceDataType: 'metadata' }));
    expect(map.repaints).toBe(before + 1);
    tiles(SOURCE.counties);
    tiles(SOURCE.stateBorders);
    // The states' layer is hidden (counties shown): the map does not wait for its tiles.
    expect(map.repaints).toBe(before + 1);
    tiles(SOURCE.places);
    expect(map.repaints).toBeGreaterThan(before + 1);
    // Released: frames go through again, and later tiles change nothing.
    const after = map.repaints;
    map.triggerRepaint();
    expect(map.repaints).toBe(after + 1);
    // The frame is drawn transparent and shown once the GPU has finished it (whenGpuDone.ts).
    map.gl.done = false;
    act(() => map.fire('render'));
    await waitFor(() => expect(map.gl.fenceSync).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(map.getCanvas().style.opacity).toBe('0');
    map.gl.done = true;
    await waitFor(() => expect(map.getCanvas().style.opacity).toBe(''));
    expect(map.gl.deleteSync).toHaveBeenCalledTimes(1);
    tiles(SOURCE.counties);
    act(() => map.fire('render'));
    expect(map.gl.fenceSync).toHaveBeenCalledTimes(1);
  });

  it('marks the complete map at the paint after it is both shown and idle', async () => {
    const { map } = setup();
    const marked = () => performance.getEntriesByName(MAP_COMPLETE_MARK).length > 0;
    act(() => map.fire('error', { error: new Error('tile failed') }));
    act(() => map.fire('render'));
    await waitFor(() => expect(map.getCanvas().style.opacity).toBe(''));
    await new Promise((r) => setTimeout(r, 50));
    expect(marked()).toBe(false);
    act(() => map.fire('idle'));
    await waitFor(() => expect(marked()).toBe(true));
  });

  it('draws what has loaded when a source fails, rather than nothing', async () => {
    const { map } = setup();
    act(() => map.fire('error', { error: new Error('tile failed') }));
    act(() => map.fire('render'));
    await waitFor(() => expect(map.getCanvas().style.opacity).toBe(''));
  });

  it('marks the jurisdictions on a standing federal list only when asked, and redraws only when the lists change', async () => {
    const { map, rerender } = setup({ date: '2017-05-31' });
    // The hatch comes with the marks' chunk, the first time they are on.
    expect(map.addImage).not.toHaveBeenCalled();
    expect(map.getLayer(LAYER.listedCountyHatch)?.layout).toMatchObject({ visibility: 'none' });
    expect(listedIds(map)).toEqual([]);

    act(() => rerender({ date: '2017-05-31', showLists: true }));
    expect(map.getLayer(LAYER.listedCountyHatch)?.layout).toMatchObject({ visibility: 'visible' });
    expect(map.getLayer(LAYER.listedRing)?.layout).toMatchObject({ visibility: 'visible' });
    // The marks' code is a chunk loaded the first time they are on (MapView.tsx).
    await waitFor(() => expect(listedIds(map)).toEqual([['06075']]));
    expect(map.addImage).toHaveBeenCalledTimes(1);
    expect(map.addImage).toHaveBeenCalledWith('federal-list-hatch', expect.objectContaining({ width: 8, height: 8 }));

    // Another day under the same list: nothing new to draw.
    act(() => rerender({ date: '2018-01-31', showLists: true }));
    expect(listedIds(map)).toHaveLength(1);
    // Before the list: no marks.
    act(() => rerender({ date: '2016-01-31', showLists: true }));
    expect(listedIds(map)).toEqual([['06075'], []]);

    act(() => rerender({ date: '2016-01-31', showLists: false }));
    expect(map.getLayer(LAYER.listedCountyHatch)?.layout).toMatchObject({ visibility: 'none' });
  });

  it('says in the tooltip when a list standing on the date names the jurisdiction', async () => {
    const { map } = setup({ date: '2018-01-31' });
    map.featuresUnderPointer = [{ id: '06075', source: SOURCE.counties, properties: { fips: '06075' } }];
    act(() => map.fire('mousemove', { point: { x: 10, y: 10 } }));
    // The hover card loads on the first hover (MapView.tsx).
    expect((await screen.findByRole('tooltip')).textContent).toContain('Named on a federal “sanctuary jurisdiction” list');
  });

  it('creates an offline map limited to the US layout', () => {
    const { map } = setup();
    const options = map.options;
    expect(options.renderWorldCopies).toBe(false);
    expect(options.attributionControl).toBe(false);
    expect(options.style).toMatchObject({ version: 8, sources: {}, layers: [{ type: 'background' }] });
    expect(options.style).not.toHaveProperty('glyphs');
    expect(options.maxBounds).toBeDefined();
    expect(options.bounds).toEqual(data.geometry.bounds);
    expect(map.container()).toBe(screen.getByTestId('map-canvas'));
  });

  it('opens at the position from the link when there is one', () => {
    const { map } = setup({ initialView: { zoom: 5, lat: 35, lon: -100 } });
    expect(map.options).toMatchObject({ center: [-100, 35], zoom: 5 });
    expect(map.options).not.toHaveProperty('bounds');
  });

  it('adds one vector tile source per level, at absolute URLs, with the FIPS promoted to the id', () => {
    const { map } = setup();
    for (const id of [SOURCE.counties, SOURCE.states, SOURCE.places]) {
      expect(map.sources.get(id)).toMatchObject({ type: 'vector', promoteId: { [id]: PROMOTE_ID } });
      // maplibre's worker cannot resolve a relative URL; the template's braces stay as they are.
      expect((map.sources.get(id)!.tiles as string[])[0]).toBe(new URL(`data/tiles/${id}/`, document.baseURI).href + '{z}/{x}/{y}.pbf');
    }
    expect(map.layers.map((l) => l.id)).toContain(LAYER.countyFill);
  });

  it('colours features for the date through feature-state', () => {
    const { map } = setup();
    expect(map.stateOf(SOURCE.counties, '48201')).toMatchObject({ category: 'participates' });
    expect(map.stateOf(SOURCE.counties, '06075')).toMatchObject({ category: 'limits' });
    expect(map.stateOf(SOURCE.places, 'CA-los-angeles')).toMatchObject({ category: 'some_limits' });
    expect(map.stateOf(SOURCE.counties, '06037').category).toBeUndefined();
  });

  it('recolours only changed features on a date change, never through setData', () => {
    const { map, rerender } = setup();
    map.setFeatureStateCalls.length = 0;
    rerender({ date: '2020-01-01' });
    expect(map.setData).not.toHaveBeenCalled();
    const changed = map.setFeatureStateCalls.map(([ref, state]) => [ref.source, ref.id, state.category]);
    expect(changed).toEqual(
      expect.arrayContaining([
        [SOURCE.states, '06', 'limits'],
        [SOURCE.states, '48', 'requires'],
        [SOURCE.counties, '06037', 'limits'],
        [SOURCE.counties, '48201', 'requires'],
        [SOURCE.places, 'CA-los-angeles', 'limits'],
      ]),
    );
    expect(changed).toHaveLength(5);
    map.setFeatureStateCalls.length = 0;
    rerender({ date: '2020-02-01' });
    expect(map.setFeatureStateCalls).toEqual([]);
  });

  it('switches the layer by visibility only', () => {
    const { map, rerender } = setup();
    expect(map.getLayer(LAYER.stateFill)?.layout?.visibility).toBe('none');
    rerender({ layer: 'states' });
    expect(map.getLayer(LAYER.stateFill)?.layout?.visibility).toBe('visible');
    expect(map.getLayer(LAYER.countyFill)?.layout?.visibility).toBe('none');
    expect(map.setData).not.toHaveBeenCalled();
  });

  it('outlines the selection through feature-state', () => {
    const { map, rerender } = setup({ selectedId: '06037' });
    expect(map.stateOf(SOURCE.counties, '06037')).toMatchObject({ selected: true });
    rerender({ selectedId: 'CA-los-angeles' });
    expect(map.stateOf(SOURCE.counties, '06037')).toMatchObject({ selected: false });
    expect(map.stateOf(SOURCE.places, 'CA-los-angeles')).toMatchObject({ selected: true });
  });

  it('draws the selected and hovered county outlines from the small highlight source', () => {
    const { map, rerender } = setup({ selectedId: '06037' });
    const last = () => (map.setData.mock.lastCall?.[0] as GeoJSON.FeatureCollection).features.map((f) => f.properties);
    expect(last()).toEqual([{ level: 'county', selected: true }]);
    map.featuresUnderPointer = [{ id: '48201', source: SOURCE.counties, properties: { fips: '48201' } }];
    act(() => map.fire('mousemove', { point: { x: 100, y: 80 } }));
    expect(last()).toEqual([
      { level: 'county', selected: true },
      { level: 'county', selected: false },
    ]);
    rerender({ selectedId: 'CA-los-angeles' });
    expect(last()).toEqual([{ level: 'county', selected: false }]);
  });

  it('shows a tooltip with name, status on the date and a hint on hover, and selects on click', async () => {
    const { map, props } = setup();
    map.featuresUnderPointer = [{ id: '48201', source: SOURCE.counties, properties: { fips: '48201' } }];
    act(() => map.fire('mousemove', { point: { x: 100, y: 80 } }));
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain('Harris County');
    expect(tooltip.textContent).toContain('Takes part in enforcement');
    expect(tooltip.textContent).toContain('January 1, 2010');
    expect(tooltip.textContent).toContain(strings.tooltipHint);
    expect(map.stateOf(SOURCE.counties, '48201')).toMatchObject({ hover: true });
    expect(props.onHover).toHaveBeenLastCalledWith('48201');
    expect(map.getCanvas().style.cursor).toBe('pointer');

    act(() => map.fire('click', { point: { x: 100, y: 80 } }));
    expect(props.onSelect).toHaveBeenCalledWith('48201');

    map.featuresUnderPointer = [];
    act(() => map.fire('mousemove', { point: { x: 5, y: 5 } }));
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(map.stateOf(SOURCE.counties, '48201')).toMatchObject({ hover: false });
    expect(props.onHover).toHaveBeenLastCalledWith(null);
  });

  it('selects on tap without leaving a tooltip behind', () => {
    const { map, props } = setup();
    map.featuresUnderPointer = [{ id: 'CA-los-angeles', source: SOURCE.places, properties: {} }];
    act(() => {
      map.fire('touchstart', { point: { x: 10, y: 10 } });
      map.fire('mousemove', { point: { x: 10, y: 10 } });
      map.fire('click', { point: { x: 10, y: 10 } });
    });
    expect(props.onSelect).toHaveBeenCalledWith('CA-los-angeles');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('reports user moves, not programmatic ones', () => {
    const { map, props } = setup();
    act(() => map.fire('moveend', {}));
    expect(props.onViewChange).not.toHaveBeenCalled();
    act(() => map.fire('moveend', { originalEvent: new MouseEvent('mouseup') }));
    expect(props.onViewChange).toHaveBeenCalledWith({ zoom: 3.5, lat: 38, lon: -96 });
  });

  it('keeps the country in view on resize until the user moves the map', () => {
    const { map } = setup();
    act(() => map.fire('resize'));
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    act(() => map.fire('moveend', { originalEvent: new MouseEvent('mouseup') }));
    act(() => map.fire('resize'));
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
  });

  it('removes the map on unmount', () => {
    const { map, view } = setup();
    view.unmount();
    expect(map.removed).toBe(true);
  });
});
