/**
 * Makes the maplibre map once per data set and wires the reader's gestures: hover (outline and
 * tooltip), click or tap (select), moves (reported as the reader's view), and resizes (keep the
 * whole country in view until someone moves the map). The session it returns is null until the
 * map has loaded its sources and layers; the concern hooks (useRecolour, useSelectionOutline...)
 * act on it.
 */
import type { MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { exposeMap } from '../app/benchHook';
import { dataUrl } from '../data/load';
import { maxBoundsFor } from '../data/geometry';
import type { MapData } from '../data/mapData';
import type { Strings } from '../i18n/strings';
import { followSize } from './followSize';
import { baseStyle, featureTarget, type FeatureStateValues, firstDrawSources, interactiveLayers, layersFor, type LevelSourceId, sourceSpecs } from './layers';
import { holdFramesUntilLoaded } from './holdFrames';
import { maplibregl } from './maplibre';
import type { MapViewProps } from './MapView';
import { applyTheme, type FeatureRef, loadGpuFence, type MapSession, revealWhenReady, sameFeature, showHighlight } from './session';
import { currentTheme } from './theme';
import { TILES_DATA_PATH } from './tiles';
import type { TooltipAnchor } from './MapTooltip';

/** After a touch, ignore the emulated mouse events that follow it for this long. */
const TOUCH_GRACE_MS = 800;

function featureId(feature: MapGeoJSONFeature | undefined): string | undefined {
  if (feature === undefined) return undefined;
  if (feature.id !== undefined) return String(feature.id);
  const fips: unknown = feature.properties?.fips;
  return typeof fips === 'string' ? fips : undefined;
}

export function useMap(data: MapData, propsRef: RefObject<MapViewProps>, strings: Strings) {
  const containerRef = useRef<HTMLDivElement>(null);
  const stringsRef = useRef(strings);
  stringsRef.current = strings;
  const [session, setSession] = useState<MapSession | null>(null);
  const [failed, setFailed] = useState(false);
  const [tooltip, setTooltip] = useState<TooltipAnchor | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const { bounds } = data;
    const initialView = propsRef.current.initialView;
    const s = stringsRef.current;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container,
        style: baseStyle(),
        renderWorldCopies: false,
        // followSize does it, without resizing to 0 while the map's tab is hidden.
        trackResize: false,
        attributionControl: false,
        maplibreLogo: false,
        maxBounds: maxBoundsFor(bounds),
        ...(initialView !== null
          ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom }
          : { bounds, fitBoundsOptions: { padding: 12 } }),
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
    exposeMap(map);
    void loadGpuFence().catch(() => undefined);
    const stopFollowing = followSize(map, container);
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

    const current: MapSession = {
      map,
      data,
      highlight: { selected: null, hover: null },
      firstDraw: { loaded: false, coloured: false, shown: false },
      requestedMove: false,
    };
    let userMoved = initialView !== null;
    let lastTouch = -Infinity;
    let cancelHold = () => {};

    const setState = (ref: FeatureRef, state: FeatureStateValues) => map.setFeatureState(featureTarget(ref), state);
    const setHover = (next: FeatureRef | null) => {
      const previous = current.highlight.hover;
      if (sameFeature(previous, next)) return;
      if (previous !== null) setState(previous, { hover: false });
      if (next !== null) setState(next, { hover: true });
      current.highlight.hover = next;
      showHighlight(current);
      propsRef.current.onHover(next?.id ?? null);
    };
    const featureAt = (e: MapMouseEvent): FeatureRef | null => {
      const layers = interactiveLayers(propsRef.current.layer).filter((id) => map.getLayer(id) !== undefined);
      if (layers.length === 0) return null;
      const feature = map.queryRenderedFeatures(e.point, { layers })[0];
      const id = featureId(feature);
      if (feature === undefined || id === undefined) return null;
      return { source: feature.source as LevelSourceId, id };
    };

    map.on('load', () => {
      for (const [id, spec] of Object.entries(sourceSpecs(bounds, dataUrl(TILES_DATA_PATH)))) map.addSource(id, spec);
      for (const spec of layersFor(propsRef.current.layer, propsRef.current.showLists ?? false)) map.addLayer(spec);
      applyTheme(map, currentTheme());
      // Transparent rather than visibility: hidden, which made showing it a 0.5–0.8 s task (BENCHMARKS.md).
      map.getCanvas().style.opacity = '0';
      cancelHold = holdFramesUntilLoaded(map, firstDrawSources(propsRef.current.layer), () => {
        current.firstDraw.loaded = true;
        revealWhenReady(current);
      });
      setSession(current);
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
      if (!userMoved && !current.requestedMove) map.fitBounds(bounds, { padding: 12, animate: false });
    });

    return () => {
      cancelHold();
      propsRef.current.onMapReady?.(null);
      stopFollowing();
      map.remove();
      exposeMap(null);
      setSession(null);
      setTooltip(null);
    };
  }, [data, propsRef]);

  return { containerRef, session, failed, tooltip, setTooltip };
}
