/**
 * How a camera request (store `camera`, e.g. a tour step) is applied to the maplibre map:
 * animated, or a jump under prefers-reduced-motion, and reported as the reader's own view.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { CameraTarget } from '../domain/view';

/**
 * eventData for camera moves made for the reader: the map's moveend handler treats them like a
 * gesture, so the new position reaches the store and the URL (share, embed) and a later resize
 * does not snap the map back to the whole country.
 */
export const REPORT_VIEW = { reportView: true } as const;

/** Padding that keeps a fitted shape clear of the edges and the zoom buttons, on any size of map. */
export function fitPadding(width: number, height: number): number {
  return Math.round(Math.max(12, Math.min(60, Math.min(width, height) * 0.08)));
}

const DURATION_MS = 1600;

export function applyCamera(map: Pick<MaplibreMap, 'fitBounds' | 'flyTo' | 'jumpTo' | 'getCanvas'>, camera: CameraTarget, reducedMotion: boolean): void {
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
