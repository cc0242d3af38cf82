/**
 * The page's state as URL query parameters, and back. Pure: no window, no store.
 *
 * | param  | values                          | default (omitted)      |
 * |--------|---------------------------------|------------------------|
 * | date   | YYYY-MM-DD, or YYYY-MM          | today                  |
 * | j      | 2- or 5-digit FIPS, or place id | nothing selected       |
 * | lang   | en, es                          | en                     |
 * | view   | map, table                      | map                    |
 * | layer  | counties, states                | counties               |
 * | embed  | 1                               | off                    |
 * | mode   | present                         | off                    |
 * | lists  | 1 (mark federal-list entries)   | off                    |
 * | at     | zoom/lat/lon                    | the whole country      |
 *
 * `date=YYYY-MM` is a month as the timeline shows it: its last day, capped at today (see
 * timeline/controller.ts); dates are clamped to [1979-01-01, today]. Anything unreadable falls back
 * to the default without complaint, so an old or mangled link still opens the map. Parameters this
 * module does not own are left in place by `mergeSearch`.
 */
import { isIsoDay, type IsoDay } from '../domain/dates';
import { isLang, type Lang } from '../domain/lang';
import { TimelineController } from '../timeline/controller';

export type ViewMode = 'map' | 'table';
export type LayerChoice = 'counties' | 'states';

export interface MapPosition {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  /** Undefined: today. */
  date?: IsoDay;
  /** Selected jurisdiction id. */
  jurisdiction?: string;
  lang: Lang;
  view: ViewMode;
  layer: LayerChoice;
  embed: boolean;
  present: boolean;
  /** Mark the jurisdictions named on a federal list standing on the date. */
  lists: boolean;
  /** Undefined: fit the whole country. */
  at?: MapPosition;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: 'en',
  view: 'map',
  layer: 'counties',
  embed: false,
  present: false,
  lists: false,
};

/** The parameter names this codec owns. */
export const URL_PARAMS = ['date', 'j', 'lang', 'view', 'layer', 'embed', 'mode', 'lists', 'at'] as const;

export interface CodecOptions {
  today: IsoDay;
  /** When given, a `j` naming no known jurisdiction is dropped. */
  isKnownJurisdiction?: (id: string) => boolean;
}

/**
 * Id patterns of src/domain/schema.ts, repeated here because importing that module would pull
 * zod into the page bundle (codec.test.ts checks they stay equal).
 */
export const ID_PATTERNS = {
  state: /^\d{2}$/,
  county: /^\d{5}$/,
  place: /^[A-Z]{2}-[a-z0-9-]+$/,
};

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

export function parseDateParam(value: string | null, today: IsoDay): IsoDay | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  const timeline = new TimelineController(today);
  const month = MONTH.exec(text);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return undefined;
    return timeline.dayForMonth(Number(month[1]) * 12 + m - 1);
  }
  if (DAY.test(text) && isIsoDay(text)) return timeline.clampDay(text);
  return undefined;
}

export function formatDateParam(day: IsoDay, today: IsoDay): string | undefined {
  if (day === today) return undefined;
  const timeline = new TimelineController(today);
  return timeline.isSnapped(day) ? day.slice(0, 7) : day;
}

export function isJurisdictionId(id: string): boolean {
  return ID_PATTERNS.state.test(id) || ID_PATTERNS.county.test(id) || ID_PATTERNS.place.test(id);
}

export function parseAtParam(value: string | null): MapPosition | undefined {
  if (value === null) return undefined;
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return undefined;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (!(zoom >= 0 && zoom <= 24) || !(lat >= -85 && lat <= 85) || !(lon >= -180 && lon <= 180)) return undefined;
  return { zoom, lat, lon };
}

function round(value: number, digits: number): string {
  const text = String(Number(value.toFixed(digits)));
  return text === '-0' ? '0' : text;
}

export function formatAtParam(at: MapPosition): string {
  return `${round(at.zoom, 2)}/${round(at.lat, 4)}/${round(at.lon, 4)}`;
}

export function parseUrlState(search: string | URLSearchParams, options: CodecOptions): UrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: UrlState = { ...DEFAULT_URL_STATE };

  const date = parseDateParam(params.get('date'), options.today);
  if (date !== undefined) state.date = date;

  const j = params.get('j')?.trim();
  if (j !== undefined && isJurisdictionId(j) && (options.isKnownJurisdiction?.(j) ?? true)) {
    state.jurisdiction = j;
  }

  const lang = params.get('lang')?.trim().toLowerCase();
  if (lang !== undefined && isLang(lang)) state.lang = lang;

  const view = params.get('view')?.trim().toLowerCase();
  if (view === 'map' || view === 'table') state.view = view;

  const layer = params.get('layer')?.trim().toLowerCase();
  if (layer === 'counties' || layer === 'states') state.layer = layer;

  state.embed = params.get('embed')?.trim() === '1';
  state.present = params.get('mode')?.trim().toLowerCase() === 'present';
  state.lists = params.get('lists')?.trim() === '1';

  const at = parseAtParam(params.get('at'));
  if (at !== undefined) state.at = at;

  return state;
}

/** Only the non-default values, in a stable order. */
export function serialiseUrlState(state: UrlState, options: Pick<CodecOptions, 'today'>): URLSearchParams {
  const params = new URLSearchParams();
  if (state.date !== undefined) {
    const date = formatDateParam(state.date, options.today);
    if (date !== undefined) params.set('date', date);
  }
  if (state.jurisdiction !== undefined) params.set('j', state.jurisdiction);
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  if (state.view !== DEFAULT_URL_STATE.view) params.set('view', state.view);
  if (state.layer !== DEFAULT_URL_STATE.layer) params.set('layer', state.layer);
  if (state.embed) params.set('embed', '1');
  if (state.present) params.set('mode', 'present');
  if (state.lists) params.set('lists', '1');
  if (state.at !== undefined) params.set('at', formatAtParam(state.at));
  return params;
}

/**
 * `existing` (a location.search) with this codec's params replaced by `state`'s and every other
 * param kept; returns "" or "?…". Slashes in `at` are left readable.
 */
export function mergeSearch(existing: string, state: UrlState, options: Pick<CodecOptions, 'today'>): string {
  const params = new URLSearchParams(existing);
  for (const name of URL_PARAMS) params.delete(name);
  for (const [name, value] of serialiseUrlState(state, options)) params.set(name, value);
  const text = params.toString().replace(/%2F/gi, '/');
  return text === '' ? '' : `?${text}`;
}
