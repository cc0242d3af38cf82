/**
 * The guided tour as the build writes it (public/data/tour.json) and the app reads it. The
 * authored file is data/tour.json: the same shape, except that each step lists source ids; the
 * build (scripts/build/tour.ts) validates it, spells the sources out and fills in the default
 * layer ("counties"), so the tour needs no other file. Plain types only: the zod schema stays in the build, out of the page bundle.
 */
import type { IsoDay } from '../domain/dates';

export const TOUR_VERSION = 1;
/** Where the app fetches the tour, relative to the page. */
export const TOUR_FILE = 'data/tour.json';

/** Both interface languages, always. */
export interface TourText {
  en: string;
  es: string;
}

/**
 * Where the map goes for a step:
 * - `"country"`: the whole map, as when the page opens;
 * - `{ jurisdiction }`: fit that state or county (a city: centre on its point), at most `maxZoom`;
 * - `{ center, zoom }`: a camera in the map's layout coordinates (the Albers USA layout expressed
 *   as Web Mercator lon/lat, see src/map/geometry.ts), NOT real longitude/latitude.
 */
export type TourFocus =
  | 'country'
  | { jurisdiction: string; maxZoom?: number }
  | { center: [x: number, y: number]; zoom: number };

export interface TourSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

export interface TourStep {
  id: string;
  /** The day the map shows for this step. */
  date: IsoDay;
  focus: TourFocus;
  /** Map layer for the step (a state agency's 287(g) agreement shows on the states layer). */
  layer: 'counties' | 'states';
  /** Whether the map marks the jurisdictions named on a federal list (federal/listed.ts). */
  lists: boolean;
  title: TourText;
  /** Two or three neutral sentences. */
  caption: TourText;
  sources: TourSource[];
}

export interface TourFile {
  version: number;
  steps: TourStep[];
}
