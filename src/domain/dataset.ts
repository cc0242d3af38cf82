/**
 * The files the build writes to public/data/ and the app reads. Bump DATASET_VERSION when a shape
 * changes so an app never misreads an older build's files.
 */
import type { Category, RecordCategory } from './categories';
import type { DatePrecision, IsoDay } from './dates';
import type { AgencyType, Confidence, Kind, Level, Model287g } from './schema';
import type { StatusInterval } from './status';

export const DATASET_VERSION = 1;
export const TIMELINE_START: IsoDay = '1979-01-01';

export const DATA_FILES = {
  /** TopoJSON: objects `states` and `counties`, ids = FIPS, coordinates pre-projected (see project.ts). */
  map: 'data/map.topo.json',
  /** StatusIndex: everything the first map needs. */
  status: 'data/status.json',
  /** RecordIndex: records and sources, loaded when a panel first opens. */
  records: 'data/records.json',
  /** Downloads for reporters. */
  geojson: 'data/jurisdictions.geojson',
  recordsCsv: 'data/records.csv',
} as const;

export type MapLevel = 'state' | 'county' | 'place';

export interface JurisdictionEntry {
  /** FIPS (2 or 5 digits) or place id. */
  id: string;
  level: MapLevel;
  name: string;
  /** 2-digit state FIPS. */
  state: string;
  /** 5-digit county FIPS, for places. */
  county?: string;
  /** Places only: [x, y] in the map's projected coordinates, and the real [lon, lat]. */
  point?: [number, number];
  lonLat?: [number, number];
  intervals: StatusInterval[];
  /** Records of this jurisdiction and of agencies located in it (not its state's: look those up). */
  recordIds: string[];
  /** Counties: the places inside that have records. */
  placeIds?: string[];
  /** Federal list ids naming this jurisdiction. */
  federalLists?: string[];
}

export interface FederalListEntry {
  id: string;
  title: string;
  publisher: string;
  published: IsoDay;
  withdrawn?: IsoDay;
  summary: string;
  sourceIds: string[];
  /** How many entries the list printed, and how many the map could place. */
  entryCount: number;
  /** Per jurisdiction id, the name as the list printed it. */
  entries: Record<string, string>;
  /** Entries the publisher later took off the list (the list still stands for the others). */
  removed?: Record<string, FederalRemoval>;
}

export interface FederalRemoval {
  /** First day the entry is no longer on the list. */
  date: IsoDay;
  sourceIds: string[];
}

export interface TimelineEvent {
  id: string;
  date: IsoDay;
  precision: DatePrecision;
  label: string;
  labelEs?: string;
  summary: string;
  sourceIds: string[];
}

export interface StatusIndex {
  version: number;
  /** The newer of the two layer dates below: how far the data was checked. */
  asOf: IsoDay;
  /**
   * Honest as-of dates per layer: 287(g) agreements as of the newest ICE list read (the newest
   * published_date among the sources the agreements cite); state and local laws and policies as
   * of the day they were last checked (the newest accessed_date among their sources).
   */
  asOfLayers?: { agreements287g?: IsoDay; stateLocal?: IsoDay };
  timelineStart: IsoDay;
  jurisdictions: JurisdictionEntry[];
  /** Sorted distinct days on which any jurisdiction's status changes (timeline ticks). */
  changeDays: IsoDay[];
  events: TimelineEvent[];
  federalLists: FederalListEntry[];
}

export interface PolicyRecord {
  id: string;
  level: Level;
  fips: string;
  jurisdiction: string;
  agency?: string;
  agencyType?: AgencyType;
  kind: Kind;
  model?: Model287g;
  category: RecordCategory;
  voted?: IsoDay;
  signed?: IsoDay;
  effective: IsoDay;
  effectivePrecision: DatePrecision;
  /** Precision of the other dates where it is less than a day (absent: each is an exact day). */
  datePrecision?: { voted?: DatePrecision; signed?: DatePrecision; end?: DatePrecision };
  end?: IsoDay;
  endNote?: string;
  citation: string;
  summary: string;
  sourceIds: string[];
  confidence: Confidence;
  notes?: string;
  /** data file and line it came from, for "report an error" links. */
  origin: string;
}

export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** As the source gives it: "YYYY", "YYYY-MM" or a day (formatPartial with precisionOf shows it). */
  published?: string;
  accessed: IsoDay;
  notes?: string;
}

export interface RecordIndex {
  version: number;
  records: Record<string, PolicyRecord>;
  sources: Record<string, SourceEntry>;
}

export type { Category };
