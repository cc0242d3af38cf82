/**
 * Every URL parameter, declared once: its name, the store field it mirrors, how it is read and
 * written, and its default. The codec (./codec.ts), the share and embed links (share/link.ts), the
 * store's initial state and URL state (store/appStore.ts) and what the URL hook watches
 * (./useUrlSync.ts) are all derived from this table. The table's type names every key of
 * `UrlState`, so a new field there does not compile until its parameter is declared here.
 *
 * | param   | values                          | default (omitted)      |
 * |---------|---------------------------------|------------------------|
 * | date    | YYYY-MM-DD, or YYYY-MM          | today                  |
 * | j       | 2- or 5-digit FIPS, or place id | nothing selected       |
 * | lang    | en, es                          | en                     |
 * | view    | map, table, chart (VIEW_MODES)  | map                    |
 * | layer   | counties, states                | counties               |
 * | embed   | 1                               | off                    |
 * | mode    | present                         | off                    |
 * | lists   | 1 (mark federal-list entries)   | off                    |
 * | compare | YYYY-MM-DD, or YYYY-MM          | no second date         |
 * | people  | 1 (counts also as residents)    | off                    |
 * | at      | zoom/lat/lon                    | the whole country      |
 *
 * Parsers return undefined for anything they do not accept: the
 * parameter then takes its default, quietly, so an old or mangled link still opens the map.
 * Formatters return undefined to leave the parameter out.
 */
import { isIsoDay, type IsoDay } from '../domain/dates';
import { isLang, type Lang } from '../domain/lang';
import { LAYER_CHOICES, type LayerChoice, type MapPosition, VIEW_MODES, type ViewMode } from '../domain/view';
import { TimelineController } from '../timeline/controller';

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
  /** A second date to compare the first with (chart/compare mode); undefined: none. */
  compare?: IsoDay;
  /** Counts also as residents (legend, chart, compare legend). */
  people: boolean;
  /** Undefined: fit the whole country. */
  at?: MapPosition;
}

export interface CodecOptions {
  today: IsoDay;
  /** When given, a `j` naming no known jurisdiction is dropped. */
  isKnownJurisdiction?: (id: string) => boolean;
}

/** The store fields the URL carries (store/appStore.ts checks each is one of its own). */
export type UrlStoreKey = 'date' | 'selectedId' | 'lang' | 'view' | 'layer' | 'embed' | 'present' | 'showLists' | 'compare' | 'people' | 'mapView';

export interface ParamSpec<K extends keyof UrlState> {
  /** The query parameter. */
  readonly name: string;
  /** The store field (store/appStore.ts AppData) it mirrors; absent in the URL is null there. */
  readonly stateKey: UrlStoreKey;
  /** Gets the raw value. Undefined: the value is unreadable, the default stands. */
  parse(value: string, options: CodecOptions): UrlState[K] | undefined;
  /** Undefined: leave the parameter out of the link. */
  format(value: NonNullable<UrlState[K]>, options: Pick<CodecOptions, 'today'>): string | undefined;
  /** What an absent or unreadable parameter means (undefined: nothing). */
  readonly default: UrlState[K];
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

/** `date=YYYY-MM` is a month as the timeline shows it: its last day, capped at today; days are clamped to [1979-01-01, today]. */
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

/** A month's snapped day as "YYYY-MM", any other day in full. */
function dayParam(day: IsoDay, today: IsoDay): string {
  return new TimelineController(today).isSnapped(day) ? day.slice(0, 7) : day;
}

function formatDateParam(day: IsoDay, today: IsoDay): string | undefined {
  return day === today ? undefined : dayParam(day, today);
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

/** A parameter that takes one of `values`, case-insensitively, and is left out at `fallback`. */
function choice<K extends keyof UrlState, V extends string>(name: string, stateKey: UrlStoreKey, values: readonly V[], fallback: V) {
  return {
    name,
    stateKey,
    parse: (value: string) => {
      const lower = value.trim().toLowerCase();
      return (values as readonly string[]).includes(lower) ? (lower as V) : undefined;
    },
    format: (value: V) => (value === fallback ? undefined : value),
    default: fallback,
  } as unknown as ParamSpec<K>; // V is exactly UrlState[K] at each use below
}

/** A switch written as `name=on` (`embed=1`, `mode=present`), absent when off. */
function flag<K extends keyof UrlState>(name: string, stateKey: UrlStoreKey, on: string): ParamSpec<K> {
  return {
    name,
    stateKey,
    parse: (value) => (value.trim().toLowerCase() === on) as UrlState[K],
    format: (value) => (value ? on : undefined),
    default: false as UrlState[K],
  };
}

/** A day (`YYYY-MM-DD`, or a month as `YYYY-MM`), absent by default. */
function dayParamSpec<K extends 'date' | 'compare'>(name: string, stateKey: UrlStoreKey, format: (day: IsoDay, today: IsoDay) => string | undefined): ParamSpec<K> {
  return {
    name,
    stateKey,
    parse: (value, { today }) => parseDateParam(value, today),
    format: (day, { today }) => format(day, today),
    default: undefined,
  };
}

/** The table, in the order parameters are written. */
export const URL_PARAMS_TABLE: { readonly [K in keyof UrlState]-?: ParamSpec<K> } = {
  date: dayParamSpec('date', 'date', formatDateParam),
  jurisdiction: {
    name: 'j',
    stateKey: 'selectedId',
    parse: (value, { isKnownJurisdiction }) => {
      const id = value.trim();
      return isJurisdictionId(id) && (isKnownJurisdiction?.(id) ?? true) ? id : undefined;
    },
    format: (id) => id,
    default: undefined,
  },
  lang: {
    name: 'lang',
    stateKey: 'lang',
    parse: (value) => {
      const lower = value.trim().toLowerCase();
      return isLang(lower) ? lower : undefined;
    },
    format: (lang) => (lang === 'en' ? undefined : lang),
    default: 'en',
  },
  view: choice('view', 'view', VIEW_MODES, 'map'),
  layer: choice('layer', 'layer', LAYER_CHOICES, 'counties'),
  embed: flag('embed', 'embed', '1'),
  present: flag('mode', 'present', 'present'),
  lists: flag('lists', 'showLists', '1'),
  // Written even when it is today: absent means no second date.
  compare: dayParamSpec('compare', 'compare', dayParam),
  people: flag('people', 'people', '1'),
  at: {
    name: 'at',
    stateKey: 'mapView',
    parse: (value) => parseAtParam(value),
    format: (at) => formatAtParam(at),
    default: undefined,
  },
};

export type UrlKey = keyof UrlState;
export const URL_KEYS = Object.keys(URL_PARAMS_TABLE) as UrlKey[];
