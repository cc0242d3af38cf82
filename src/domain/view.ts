/**
 * What the reader chose to look at, shared by the URL, the store and the features: the view, the
 * map's layer and its position.
 */

/** The views a link can open. The chart view adds 'chart' here and a tab in table/ViewTabs.tsx. */
export const VIEW_MODES = ['map', 'table'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const LAYER_CHOICES = ['counties', 'states'] as const;
export type LayerChoice = (typeof LAYER_CHOICES)[number];

export interface MapPosition {
  zoom: number;
  lat: number;
  lon: number;
}

/** A request for the map to bring a jurisdiction into view (search); `seq` makes each request new. */
export interface FocusRequest {
  id: string;
  seq: number;
}
