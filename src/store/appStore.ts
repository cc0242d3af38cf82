/**
 * The one store: what the page shows (date, selection, hover, map position, layer, language,
 * view) and the state of the data files. Components read slices with selectors; the URL hook
 * mirrors the shareable part into the address bar. The maplibre map instance never lives here.
 */
import { create } from 'zustand';
import type { RecordIndex, StatusIndex } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { buildJurisdictions, type Jurisdictions } from '../data/jurisdictions';
import { type Fetcher, loadMapFiles, loadRecordFile } from '../data/load';
import type { Lang } from '../domain/lang';
import { buildGeometry, type MapGeometry } from '../map/geometry';
import { localToday, TimelineController } from '../timeline/controller';
import type { LayerChoice, MapPosition, UrlState, ViewMode } from '../url/codec';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

export interface MapData {
  index: StatusIndex;
  geometry: MapGeometry;
  jurisdictions: Jurisdictions;
}

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
  mapData: LoadState<MapData>;
  records: LoadState<RecordIndex>;
  /** A request for the map to move to a jurisdiction (search); `seq` makes each request new. */
  focus: FocusRequest | null;
  /** The map could not be drawn here (no WebGL): the table stands in for it. */
  mapUnavailable: boolean;

  setDate(day: IsoDay): void;
  select(id: string | null): void;
  hover(id: string | null): void;
  setMapView(view: MapPosition | null): void;
  setLayer(layer: LayerChoice): void;
  setView(view: ViewMode): void;
  setLang(lang: Lang): void;
  setShowLists(show: boolean): void;
  /** Select a jurisdiction and ask the map to bring it into view. */
  focusOn(id: string): void;
  setMapUnavailable(): void;
  /** Fetch status.json and map.topo.json (again, after an error). */
  loadMapData(fetcher?: Fetcher): Promise<void>;
  /** Fetch records.json once; later calls do nothing unless the last one failed. */
  loadRecords(fetcher?: Fetcher): Promise<void>;
}

export interface FocusRequest {
  id: string;
  seq: number;
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
  | 'mapData'
  | 'records'
  | 'focus'
  | 'mapUnavailable'
>;

export function initialData(url: Partial<UrlState> = {}, today: IsoDay = localToday()): AppData {
  return {
    today,
    date: new TimelineController(today).clampDay(url.date ?? today),
    selectedId: url.jurisdiction ?? null,
    hoveredId: null,
    mapView: url.at ?? null,
    layer: url.layer ?? 'counties',
    lang: url.lang ?? 'en',
    view: url.view ?? 'map',
    embed: url.embed ?? false,
    present: url.present ?? false,
    showLists: url.lists ?? false,
    mapData: { status: 'idle' },
    records: { status: 'idle' },
    focus: null,
    mapUnavailable: false,
  };
}

/** The shareable part of the state, for the URL codec. */
export function urlStateOf(state: AppData): UrlState {
  return {
    date: state.date,
    ...(state.selectedId !== null ? { jurisdiction: state.selectedId } : {}),
    lang: state.lang,
    view: state.view,
    layer: state.layer,
    embed: state.embed,
    present: state.present,
    lists: state.showLists,
    ...(state.mapView !== null ? { at: state.mapView } : {}),
  };
}

let mapLoadToken = 0;

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
  focusOn(id) {
    set({ selectedId: id, focus: { id, seq: (get().focus?.seq ?? 0) + 1 } });
  },
  setMapUnavailable() {
    if (!get().mapUnavailable) set({ mapUnavailable: true });
  },

  async loadMapData(fetcher) {
    const token = ++mapLoadToken;
    set({ mapData: { status: 'loading' } });
    try {
      const { index, topology } = await loadMapFiles(fetcher);
      const geometry = buildGeometry(topology, index);
      const jurisdictions = buildJurisdictions(index, geometry);
      if (token !== mapLoadToken) return;
      const selectedId = get().selectedId;
      set({
        mapData: { status: 'ready', data: { index, geometry, jurisdictions } },
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
