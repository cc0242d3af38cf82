/**
 * The maplibre map. It only applies what layers.ts describes: sources and layers once, then
 * feature-state for colours (date), hover and selection, and layout visibility for the layer
 * choice. The map instance lives in a ref, never in React state; the latest props are read
 * through a ref from maplibre's event handlers.
 */
import type { Geometry } from 'geojson';
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { exposeMap, markMapCompleteOnIdle, noteRecolour } from '../app/benchHook';
import type { IsoDay } from '../domain/dates';
import { statusOn } from '../domain/status';
import { formatDay } from '../i18n/format';
import type { Strings } from '../i18n/strings';
import { CategoryMark } from '../a11y/CategoryMark';
import { listedKey, listedOn, namedOn } from '../federal/listed';
import type { FocusRequest, MapData } from '../store/appStore';
import type { LayerChoice, MapPosition } from '../url/codec';
import { FOCUS_MAX_ZOOM, focusTarget, PLACE_FOCUS_ZOOM } from './focus';
import { hatchImage, listedData } from './federalMarks';
import { maxBoundsFor } from './geometry';
import {
  baseStyle,
  HATCH_IMAGE,
  type FeatureStateValues,
  interactiveLayers,
  layersFor,
  layerVisibility,
  revealPaint,
  highlightData,
  type HighlightFeature,
  SOURCE,
  type SourceId,
  sourceForLevel,
  sourceSpecs,
} from './layers';
import { maplibregl } from './maplibre';
import { listChanges, type ShownCategories } from './recolor';
import { currentTheme, DARK_QUERY, type MapTheme, themePaint } from './theme';

export interface MapViewProps {
  data: MapData;
  date: IsoDay;
  layer: LayerChoice;
  /** Mark the jurisdictions named on a federal list standing on `date`. */
  showLists?: boolean;
  selectedId: string | null;
  /** Where to open; null fits the whole country. Read once. */
  initialView: MapPosition | null;
  strings: Strings;
  onSelect(id: string): void;
  onHover(id: string | null): void;
  /** The user moved or zoomed the map (not called for programmatic fits). */
  onViewChange(view: MapPosition): void;
  /** Bring this jurisdiction into view (each new `seq` moves the map once). */
  focus?: FocusRequest | null;
  /** The map cannot be drawn here (no WebGL). */
  onUnavailable?(): void;
  /**
   * The map is loaded, with its sources and layers (null: it was removed). For features that act
   * on the map itself: the guided tour's camera, PNG export, print (src/export/mapHandle.ts).
   */
  onMapReady?(map: maplibregl.Map | null): void;
}


interface FeatureRef {
  source: SourceId;
  id: string;
}

interface TooltipState {
  id: string;
  x: number;
  y: number;
}

/** After a touch, ignore the emulated mouse events that follow it for this long. */
const TOUCH_GRACE_MS = 800;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function applyPaint(map: maplibregl.Map, settings: readonly (readonly [layer: string, property: string, value: unknown])[]): void {
  for (const [layer, property, value] of settings) {
    // setPaintProperty types each value by its property; the settings come from layers.ts and theme.ts, which pair them.
    if (map.getLayer(layer) !== undefined) map.setPaintProperty(layer, property as never, value as never);
  }
}

/** Shows the layers once the first data has loaded (idle) and been coloured; marks the complete map. */
function revealWhenReady(map: maplibregl.Map, state: { idle: boolean; coloured: boolean; shown: boolean }): void {
  if (state.shown || !state.idle || !state.coloured) return;
  state.shown = true;
  applyPaint(map, revealPaint(true));
  map.getCanvas().style.opacity = '';
  markMapCompleteOnIdle(map);
}

function applyTheme(map: maplibregl.Map, theme: MapTheme): void {
  applyPaint(map, themePaint(theme));
}

/** Every county's and state's geometry by source and id, for the highlight outline (once per data set). */
const polygonIndex = new WeakMap<MapData, Map<string, Geometry>>();

function polygonsOf(data: MapData): Map<string, Geometry> {
  let index = polygonIndex.get(data);
  if (index === undefined) {
    index = new Map();
    for (const f of data.geometry.counties.features) index.set(`${SOURCE.counties}/${f.properties.fips}`, f.geometry);
    for (const f of data.geometry.states.features) index.set(`${SOURCE.states}/${f.properties.fips}`, f.geometry);
    polygonIndex.set(data, index);
  }
  return index;
}

/**
 * The selected and hovered county or state outlines go to the small highlight source (see
 * layers.ts); places show theirs through feature-state on their circles.
 */
function showHighlight(map: maplibregl.Map, data: MapData, selected: FeatureRef | null, hover: FeatureRef | null): void {
  const polygons = polygonsOf(data);
  const items: HighlightFeature[] = [];
  const add = (ref: FeatureRef | null, isSelected: boolean) => {
    if (ref === null || (ref.source !== SOURCE.counties && ref.source !== SOURCE.states)) return;
    const geometry = polygons.get(`${ref.source}/${ref.id}`);
    if (geometry !== undefined) items.push({ level: ref.source === SOURCE.states ? 'state' : 'county', selected: isSelected, geometry });
  };
  add(selected, true);
  if (hover !== null && (hover.id !== selected?.id || hover.source !== selected.source)) add(hover, false);
  (map.getSource(SOURCE.highlight) as GeoJSONSource | undefined)?.setData(highlightData(items));
}

function featureId(feature: MapGeoJSONFeature | undefined): string | undefined {
  if (feature === undefined) return undefined;
  if (feature.id !== undefined) return String(feature.id);
  const fips: unknown = feature.properties?.fips;
  return typeof fips === 'string' ? fips : undefined;
}

export function MapView(props: MapViewProps) {
  const { data, date, layer, selectedId, strings } = props;
  const showLists = props.showLists ?? false;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const propsRef = useRef(props);
  const shownRef = useRef<ShownCategories>(new WeakMap());
  const hoverRef = useRef<FeatureRef | null>(null);
  const selectedRef = useRef<FeatureRef | null>(null);
  /** The first draw: layers hidden until the first data has loaded and been coloured (revealPaint). */
  const firstDrawRef = useRef({ idle: false, coloured: false, shown: false });
  /** The last focus request the map acted on. */
  const focusedRef = useRef<FocusRequest | null>(null);
  /** Which lists the `listed` source holds now (listedKey), null: not filled yet. */
  const listedRef = useRef<string | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);

  useLayoutEffect(() => {
    propsRef.current = props;
  });

  // Create the map once per data set.
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const { geometry } = data;
    const initialView = propsRef.current.initialView;
    const s = propsRef.current.strings;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container,
        style: baseStyle(),
        renderWorldCopies: false,
        attributionControl: false,
        maplibreLogo: false,
        maxBounds: maxBoundsFor(geometry.bounds),
        ...(initialView !== null
          ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom }
          : { bounds: geometry.bounds, fitBoundsOptions: { padding: 12 } }),
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxPitch: 0,
        maxZoom: 11,
        locale: {
          'Map.Title': s.mapCanvasLabel,
          'NavigationControl.ZoomIn': s.zoomIn,
          'NavigationControl.ZoomOut': s.zoomOut,
          'NavigationControl.ResetBearing': s.resetNorth,
        },
      });
    } catch (error) {
      // No WebGL (old device, disabled GPU): the rest of the page still works.
      console.error(error);
      setFailed(true);
      propsRef.current.onUnavailable?.();
      return;
    }
    mapRef.current = map;
    exposeMap(map);
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

    let userMoved = initialView !== null;
    let lastTouch = -Infinity;

    const setState = (ref: FeatureRef, state: FeatureStateValues) => map.setFeatureState(ref, state);
    const setHover = (next: FeatureRef | null) => {
      const previous = hoverRef.current;
      if (previous?.id === next?.id && previous?.source === next?.source) return;
      if (previous !== null) setState(previous, { hover: false });
      if (next !== null) setState(next, { hover: true });
      hoverRef.current = next;
      showHighlight(map, data, selectedRef.current, next);
      propsRef.current.onHover(next?.id ?? null);
    };
    const featureAt = (e: MapMouseEvent): FeatureRef | null => {
      const layers = interactiveLayers(propsRef.current.layer).filter((id) => map.getLayer(id) !== undefined);
      if (layers.length === 0) return null;
      const feature = map.queryRenderedFeatures(e.point, { layers })[0];
      const id = featureId(feature);
      if (feature === undefined || id === undefined) return null;
      return { source: feature.source as SourceId, id };
    };

    map.on('load', () => {
      for (const [id, spec] of Object.entries(sourceSpecs(geometry))) map.addSource(id, spec);
      map.addImage(HATCH_IMAGE, hatchImage());
      for (const spec of layersFor(propsRef.current.layer, propsRef.current.showLists ?? false)) map.addLayer(spec);
      applyTheme(map, currentTheme());
      // Drawn once, complete: the layers show once the first data has loaded and been coloured.
      applyPaint(map, revealPaint(false));
      // Transparent rather than visibility: hidden, which made showing it a 0.5–0.8 s task (BENCHMARKS.md).
      map.getCanvas().style.opacity = '0';
      const onFirstIdle = () => {
        map.off('idle', onFirstIdle);
        firstDrawRef.current.idle = true;
        revealWhenReady(map, firstDrawRef.current);
      };
      map.on('idle', onFirstIdle);
      setReady(true);
      propsRef.current.onMapReady?.(map);
    });
    map.on('mousemove', (e) => {
      if (performance.now() - lastTouch < TOUCH_GRACE_MS) return;
      const hit = featureAt(e);
      setHover(hit);
      map.getCanvas().style.cursor = hit !== null ? 'pointer' : '';
      setTooltip(hit !== null ? { id: hit.id, x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseout', () => {
      setHover(null);
      setTooltip(null);
    });
    map.on('touchstart', () => {
      lastTouch = performance.now();
    });
    map.on('click', (e) => {
      const hit = featureAt(e);
      const touched = performance.now() - lastTouch < TOUCH_GRACE_MS;
      if (touched) {
        // A tap selects; the panel says everything the tooltip would.
        setHover(hit);
        setTooltip(null);
      }
      if (hit !== null) propsRef.current.onSelect(hit.id);
    });
    map.on('dragstart', () => setTooltip(null));
    map.on('moveend', (e) => {
      // Only user gestures (mouse, touch, keys, zoom buttons) carry an originalEvent; camera moves
      // made for the reader (a tour step) pass { reportView: true } as eventData and count too.
      const reported = 'reportView' in e && e.reportView === true;
      if (!reported && (!('originalEvent' in e) || e.originalEvent === undefined)) return;
      userMoved = true;
      const center = map.getCenter();
      propsRef.current.onViewChange({ zoom: map.getZoom(), lat: center.lat, lon: center.lng });
    });
    map.on('resize', () => {
      // Until the user moves the map (or a search moves it), keep the whole country in view as the page resizes.
      if (!userMoved && focusedRef.current === null) map.fitBounds(geometry.bounds, { padding: 12, animate: false });
    });

    return () => {
      propsRef.current.onMapReady?.(null);
      map.remove();
      mapRef.current = null;
      exposeMap(null);
      shownRef.current = new WeakMap();
      hoverRef.current = null;
      selectedRef.current = null;
      listedRef.current = null;
      firstDrawRef.current = { idle: false, coloured: false, shown: false };
      setReady(false);
      setTooltip(null);
    };
  }, [data]);

  // Colours for the date: only the features whose category changed.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || map === null) return;
    const started = performance.now();
    const { byLevel } = data.jurisdictions;
    let changed = 0;
    // Per level list (stable arrays), so each day's categories are computed once and shared.
    for (const entries of [byLevel.state, byLevel.county, byLevel.place]) {
      for (const change of listChanges(entries, date, shownRef.current)) {
        map.setFeatureState({ source: sourceForLevel(change.level), id: change.id }, { category: change.category });
        changed++;
      }
    }
    noteRecolour(performance.now() - started, changed);
    firstDrawRef.current.coloured = true;
    revealWhenReady(map, firstDrawRef.current);
  }, [ready, data, date]);

  // Layer choice and federal-list marks: visibility only; sources and feature-state stay.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || map === null) return;
    for (const [id, visibility] of Object.entries(layerVisibility(layer, showLists))) {
      if (map.getLayer(id) !== undefined) map.setLayoutProperty(id, 'visibility', visibility);
    }
    setTooltip(null);
  }, [ready, layer, showLists]);

  // The federal-list marks for the date: new data only when the standing lists change.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || map === null || !showLists) return;
    const lists = data.index.federalLists;
    const key = listedKey(lists, date);
    if (key === listedRef.current) return;
    listedRef.current = key;
    const ids = new Set(listedOn(lists, date).keys());
    (map.getSource(SOURCE.listed) as GeoJSONSource | undefined)?.setData(listedData(data.geometry, ids));
  }, [ready, data, date, showLists]);

  // Selection outline.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || map === null) return;
    const previous = selectedRef.current;
    const entry = selectedId !== null ? data.jurisdictions.byId.get(selectedId) : undefined;
    const next: FeatureRef | null = entry !== undefined ? { source: sourceForLevel(entry.level), id: entry.id } : null;
    if (previous !== null && (previous.id !== next?.id || previous.source !== next.source)) {
      map.setFeatureState(previous, { selected: false });
    }
    if (next !== null) map.setFeatureState(next, { selected: true });
    if (previous?.id !== next?.id || previous?.source !== next?.source) showHighlight(map, data, next, hoverRef.current);
    selectedRef.current = next;
  }, [ready, data, selectedId]);

  // A search asked to show a jurisdiction: fit its shape, or fly to its point (once per request,
  // and only while it is still the selection).
  const focus = props.focus ?? null;
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || map === null || focus === null || focus === focusedRef.current || focus.id !== selectedId) return;
    focusedRef.current = focus;
    const target = focusTarget(data, focus.id);
    if (target === undefined) return;
    const animate = !prefersReducedMotion();
    // reportView: the framed place is the reader's view now, so links (Share, the address) carry it.
    if (target.kind === 'bounds') map.fitBounds(target.bounds, { padding: 40, maxZoom: FOCUS_MAX_ZOOM, animate }, { reportView: true });
    else map.flyTo({ center: target.center, zoom: Math.max(map.getZoom(), PLACE_FOCUS_ZOOM), animate }, { reportView: true });
  }, [ready, data, focus, selectedId]);

  // Light or dark page: background, borders and outlines follow prefers-color-scheme.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || map === null || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => applyTheme(map, query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [ready]);

  // The canvas and zoom buttons are labelled when the map is made; keep them in the page's language.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || map === null) return;
    map.getCanvas().setAttribute('aria-label', strings.mapCanvasLabel);
    const labels: [string, string][] = [
      ['.maplibregl-ctrl-zoom-in', strings.zoomIn],
      ['.maplibregl-ctrl-zoom-out', strings.zoomOut],
    ];
    for (const [selector, label] of labels) {
      const button = containerRef.current?.querySelector(selector);
      button?.setAttribute('aria-label', label);
      button?.setAttribute('title', label);
    }
  }, [ready, strings]);

  const entry = tooltip !== null ? data.jurisdictions.byId.get(tooltip.id) : undefined;
  const category = entry !== undefined ? statusOn(entry.intervals, date) : 'none';
  // Only for the hovered jurisdiction: nothing on a timeline step without a tooltip.
  const named = entry !== undefined && namedOn(data.index.federalLists, entry.id, date);
  const container = containerRef.current;
  const flipX = tooltip !== null && container !== null && tooltip.x > container.clientWidth - 240;
  const flipY = tooltip !== null && container !== null && tooltip.y > container.clientHeight - 110;

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-view__canvas" data-testid="map-canvas" />
      {failed && <p className="map-view__failed">{strings.mapUnavailable}</p>}
      {tooltip !== null && entry !== undefined && (
        <div
          className="map-tooltip"
          role="tooltip"
          style={{
            left: tooltip.x,
            top: tooltip.y,
            transform: `translate(${flipX ? 'calc(-100% - 14px)' : '14px'}, ${flipY ? 'calc(-100% - 14px)' : '14px'})`,
          }}
        >
          <strong className="map-tooltip__name">{entry.name}</strong>
          <span className="map-tooltip__level">{strings.level[entry.level]}</span>
          <span className="map-tooltip__status">
            <CategoryMark category={category} />
            {strings.category[category]}
          </span>
          <span className="map-tooltip__date">{formatDay(date, strings.locale)}</span>
          {named && <span className="map-tooltip__listed">{strings.namedOnFederalList}</span>}
          <span className="map-tooltip__hint">{strings.tooltipHint}</span>
        </div>
      )}
    </div>
  );
}

