/**
 * Where the map goes for a tour step, as a pure function of the step's focus and the map data
 * (tested without WebGL), and how that camera is applied to a maplibre map: animated, or a jump
 * under prefers-reduced-motion.
 */
import type { Bounds } from '../data/geometry';
import { focusTarget } from '../map/focus';
import type { MapData } from '../data/mapData';
import { type MapInstance, REPORT_VIEW } from '../export/mapHandle';
import type { TourFocus } from './types';

export type TourCamera =
  | { kind: 'fit'; bounds: Bounds; maxZoom: number }
  | { kind: 'center'; center: [number, number]; zoom: number };

/** Default zoom limits for a step that names a jurisdiction without its own maxZoom. */
export const TOUR_SHAPE_MAX_ZOOM = 6;
export const TOUR_PLACE_ZOOM = 6;
const COUNTRY_MAX_ZOOM = 11;

export function cameraFor(focus: TourFocus, data: MapData): TourCamera | undefined {
  if (focus === 'country') return { kind: 'fit', bounds: data.geometry.bounds, maxZoom: COUNTRY_MAX_ZOOM };
  if ('center' in focus) return { kind: 'center', center: [focus.center[0], focus.center[1]], zoom: focus.zoom };
  const target = focusTarget(data, focus.jurisdiction);
  if (target === undefined) return undefined;
  if (target.kind === 'bounds') return { kind: 'fit', bounds: target.bounds, maxZoom: focus.maxZoom ?? TOUR_SHAPE_MAX_ZOOM };
  return { kind: 'center', center: target.center, zoom: focus.maxZoom ?? TOUR_PLACE_ZOOM };
}

/** Padding that keeps a fitted shape clear of the edges and the zoom buttons, on any size of map. */
export function fitPadding(width: number, height: number): number {
  return Math.round(Math.max(12, Math.min(60, Math.min(width, height) * 0.08)));
}

const DURATION_MS = 1600;

export function applyCamera(map: MapInstance, camera: TourCamera, reducedMotion: boolean): void {
  if (camera.kind === 'fit') {
    const canvas = map.getCanvas();
    const padding = fitPadding(canvas.clientWidth, canvas.clientHeight);
    map.fitBounds(camera.bounds, { padding, maxZoom: camera.maxZoom, animate: !reducedMotion, duration: DURATION_MS }, REPORT_VIEW);
  } else if (reducedMotion) {
    map.jumpTo({ center: camera.center, zoom: camera.zoom }, REPORT_VIEW);
  } else {
    map.flyTo({ center: camera.center, zoom: camera.zoom, duration: DURATION_MS }, REPORT_VIEW);
  }
}
