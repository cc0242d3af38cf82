/**
 * Where the map goes for a tour step, as a pure function of the step's focus and the map data
 * (tested without WebGL). The tour asks the store to move the camera there (store `moveCamera`);
 * the map applies it (map/camera.ts).
 */
import type { MapData } from '../data/mapData';
import type { CameraTarget } from '../domain/view';
import { focusTarget } from '../map/focus';
import type { TourFocus } from './types';

/** Default zoom limits for a step that names a jurisdiction without its own maxZoom. */
const TOUR_SHAPE_MAX_ZOOM = 6;
const TOUR_PLACE_ZOOM = 6;
const COUNTRY_MAX_ZOOM = 11;

export function cameraFor(focus: TourFocus, data: MapData): CameraTarget | undefined {
  if (focus === 'country') return { kind: 'fit', bounds: data.bounds, maxZoom: COUNTRY_MAX_ZOOM };
  if ('center' in focus) return { kind: 'center', center: [focus.center[0], focus.center[1]], zoom: focus.zoom };
  const target = focusTarget(data, focus.jurisdiction);
  if (target === undefined) return undefined;
  if (target.kind === 'bounds') return { kind: 'fit', bounds: target.bounds, maxZoom: focus.maxZoom ?? TOUR_SHAPE_MAX_ZOOM };
  return { kind: 'center', center: target.center, zoom: focus.maxZoom ?? TOUR_PLACE_ZOOM };
}
