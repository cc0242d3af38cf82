/**
 * The one store: what the page shows (date, selection, hover, map position, layer, language,
 * view) and the state of the data files. Components read slices with selectors; the URL hook
 * mirrors the shareable part into the address bar (which fields: url/params.ts). The maplibre map
 * instance never lives here: the map is moved by requests (`focus`, `camera`) it acts on.
 */
import { create } from 'zustand';
import type { RecordIndex } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { type Fetcher, loadRecordFile } from '../data/load';
import { type LoadState, loadMapData, type MapData } from '../data/mapData';
import type { Lang } from '../domain/lang';
import { localToday } from '../domain/dates';
import { TimelineController } from '../timeline/controller';
import type { CameraRequest, CameraTarget, FocusRequest, LayerChoice, MapPosition, ViewMode } from '../domain/view';
import { DEFAULT_URL_STATE } from '../url/codec';
import { URL_KEYS, URL_PARAMS_TABLE, type UrlState, type UrlStoreKey } from '../url/params';

export interface AppState {
  /** The last day the timeline reaches (fixed for the session). */
  today: IsoDay;
  /** The exact day the map shows. */
  date: IsoDay;
  selectedId: string | null;
  hoveredId: string | null;
  /** The map position the user moved to; null: the whole country. */
  mapView: MapPosition | null;
  layer: LayerChoice;
  lang: Lang;
  view: ViewMode;
  embed: boolean;
  present: boolean;
  /** Mark jurisdictions named on a federal list (federal/listed.ts). */
  showLists: boolean;
  /** A second date to compare `date` with (chart/compare mode); null: none. */
  compare: IsoDay | null;
  mapData: LoadState<MapData>;
  records: LoadState<RecordIndex>;
  /** A request for the map to move to a jurisdiction (search); `seq` makes each request new. */
  focus: FocusRequest | null;
  /** A request for the map to move its camera (a tour step); the map applies each `seq` once. */
  camera: CameraRequest | null;
  /** The map could not be drawn here (no WebGL): the table stands in for it. */
  mapUnavailable: boolean;
  /** Show counts as residents (legend, chart). */
  people: boolean;

  setDate(day: IsoDay): void;
  select(id: string | null): void;
  hover(id: string | null): void;
  setMapView(view: MapPosition | null): void;
  setLayer(layer: LayerChoice): void;
  setView(view: ViewMode): void;
  setLang(lang: Lang): void;
  setShowLists(show: boolean): void;
  setCompare(day: IsoDay | null): void;
  /** Select a jurisdiction and ask the map to bring it into view. */
  focusOn(id: string): void;
  /** Ask the map to move there, as the reader's own view. */
  moveCamera(target: CameraTarget): void;
  /** Withdraw camera request `seq` if it is still the current one (its tour step closed). */
  cancelCamera(seq: number): void;
  setMapUnavailable(): void;
  setPeople(people: boolean): void;
  /** Fetch status.json and map.topo.json (again, after an error). */
  loadMapData(fetcher?: Fetcher): Promise<void>;
  /** Fetch records.json once; later calls do nothing unless the last one failed. */
  loadRecords(fetcher?: Fetcher): Promise<void>;
}

export type AppData = Pick<
  AppState,
  | 'today'
  | 'date'
  | 'selectedId'
  | 'hoveredId'
  | 'mapView'
  | 'layer'
  | 'lang'
  | 'view'
  | 'embed'
  | 'present'
  | 'showLists'
  | 'compare'
  | 'mapData'
  | 'records'
  | 'focus'
  | 'camera'
  | 'mapUnavailable'
  | 'people'
>;

// Every store field a URL parameter names exists here (url/params.ts declares them).
type AssertUrlFieldsExist<K extends keyof AppData> = K;
/** The store fields the URL carries, derived from the parameter table. */
export type UrlBackedField = AssertUrlFieldsExist<UrlStoreKey>;
export const URL_BACKED_FIELDS: readonly UrlBackedField[] = URL_KEYS.map((key) => URL_PARAMS_TABLE[key].stateKey);

export function initialData(url: Partial<UrlState> = {}, today: IsoDay = localToday()): AppData {
  const fromUrl: Record<string, unknown> = {};
  for (const key of URL_KEYS) fromUrl[URL_PARAMS_TABLE[key].stateKey] = url[key] ?? DEFAULT_URL_STATE[key] ?? null;
  return {
    // Field by field from the table (absent in the URL is null here); its keys are UrlBackedField.
    ...(fromUrl as Pick<AppData, UrlBackedField>),
    today,
    date: new TimelineController(today).clampDay(url.date ?? today),
    hoveredId: null,
    mapData: { status: 'idle' },
    records: { status: 'idle' },
    focus: null,
    camera: null,
    mapUnavailable: false,
  };
}

/** The shareable part of the state, for the URL codec. */
export function urlStateOf(state: AppData): UrlState {
  const url: Record<string, unknown> = {};
  for (const key of URL_KEYS) {
    const value = state[URL_PARAMS_TABLE[key].stateKey];
    if (value !== null) url[key] = value;
  }
  return url as unknown as UrlState; // every key of the table, so every required key of UrlState
}

let mapLoadToken = 0;
/** Counts camera requests across cancellations, so a new request never repeats an old one's seq. */
let cameraSeq = 0;

export const useAppStore = create<AppState>()((set, get) => ({
  ...initialData(),

  setDate(day) {
    const clamped = new TimelineController(get().today).clampDay(day);
    if (clamped !== get().date) set({ date: clamped });
  },
  select(id) {
    if (id !== get().selectedId) set({ selectedId: id });
  },
  hover(id) {
    if (id !== get().hoveredId) set({ hoveredId: id });
  },
  setMapView(view) {
    set({ mapView: view });
  },
  setLayer(layer) {
    if (layer !== get().layer) set({ layer });
  },
  setView(view) {
    if (view !== get().view) set({ view });
  },
  setLang(lang) {
    if (lang !== get().lang) set({ lang });
  },
  setShowLists(show) {
    if (show !== get().showLists) set({ showLists: show });
  },
  setCompare(day) {
    const clamped = day === null ? null : new TimelineController(get().today).clampDay(day);
    if (clamped !== get().compare) set({ compare: clamped });
  },
  focusOn(id) {
    set({ selectedId: id, focus: { id, seq: (get().focus?.seq ?? 0) + 1 } });
  },
  moveCamera(target) {
    set({ camera: { target, seq: ++cameraSeq } });
  },
  cancelCamera(seq) {
    if (get().camera?.seq === seq) set({ camera: null });
  },
  setMapUnavailable() {
    if (!get().mapUnavailable) set({ mapUnavailable: true });
  },
  setPeople(people) {
    if (people !== get().people) set({ people });
  },

  async loadMapData(fetcher) {
    const token = ++mapLoadToken;
    set({ mapData: { status: 'loading' } });
    try {
      const data = await loadMapData(fetcher);
      if (token !== mapLoadToken) return;
      const { jurisdictions } = data;
      const selectedId = get().selectedId;
      set({
        mapData: { status: 'ready', data },
        // A link naming an unknown jurisdiction opens the map with nothing selected.
        selectedId: selectedId !== null && jurisdictions.byId.has(selectedId) ? selectedId : null,
      });
    } catch (error) {
      if (token !== mapLoadToken) return;
      set({ mapData: { status: 'error', error } });
    }
  },

  async loadRecords(fetcher) {
    const current = get().records.status;
    if (current === 'loading' || current === 'ready') return;
    set({ records: { status: 'loading' } });
    try {
      const data = await loadRecordFile(fetcher);
      set({ records: { status: 'ready', data } });
    } catch (error) {
      set({ records: { status: 'error', error } });
    }
  },
}));

/** Back to a fresh state (tests, and main.tsx with the state read from the URL). */
export function resetAppStore(data: AppData = initialData()): void {
  mapLoadToken++;
  useAppStore.setState(data);
}
