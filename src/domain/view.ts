/**
 * What the reader chose to look at, shared by the URL, the store and the features: the view, the
 * map's layer and its position.
 */

/** The views a link can open (each has a tab in table/ViewTabs.tsx). */
export const VIEW_MODES = ['map', 'table', 'chart'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const LAYER_CHOICES = ['counties', 'states'] as const;
export type LayerChoice = (typeof LAYER_CHOICES)[number];

export interface MapPosition {
  zoom: number;
  lat: number;
  lon: number;
}

/** West, south, east, north in the map's (pre-projected) coordinates. */
export type Bounds = [west: number, south: number, east: number, north: number];

/** Where the camera should go: fit a box (no closer than maxZoom), or centre a point at a zoom. */
export type CameraTarget = { kind: 'fit'; bounds: Bounds; maxZoom: number } | { kind: 'center'; center: [number, number]; zoom: number };

/**
 * A request for the map to move its camera for the reader (a tour step); `seq` makes each request
 * new. The map applies it once it exists, as if the reader had moved there (the position reaches
 * the URL).
 */
export interface CameraRequest {
  target: CameraTarget;
  seq: number;
}

/** A request for the map to bring a jurisdiction into view (search); `seq` makes each request new. */
export interface FocusRequest {
  id: string;
  seq: number;
}
