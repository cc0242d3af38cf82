/** Shapes passed between the stages of the 287(g) import. */
import type { AgencyType, Confidence, Model287g } from '../../../src/domain/schema';
import type { StateInfo } from '../../../src/domain/states';
import type { CsvRow } from '../csv';
import type { CityMatch } from '../gazetteer';

export interface RawInputs {
  union: CsvRow[];
  latest: CsvRow[];
  snapshots: CsvRow[];
  pre2018: CsvRow[];
  wapo: CsvRow[];
  /** Optional: MOA links kept from earlier lists. */
  moaLinks?: CsvRow[];
}

export interface Located {
  state: StateInfo;
  agencyType: AgencyType;
  /** State FIPS, county FIPS or place id. */
  fips: string;
  jurisdiction: string;
  countyFips?: string;
  place?: CityMatch;
  /** Which rows count as the same agency within one jurisdiction and model. */
  cluster: string;
  notes: string[];
}

export interface Drop {
  file: string;
  line: number;
  state: string;
  agency: string;
  model: string;
  signed: string;
  reason: string;
  related_record?: string;
  /** The record this row was folded into or is covered by (its id is known only at the end). */
  relatedTo?: Agreement;
}

export type Origin = 'union' | 'pre2018' | 'wapo';

export interface Item {
  origin: Origin;
  file: string;
  line: number;
  /** For pre-2018 rows that list several signing dates: "2 of 3". */
  part?: string;
  agency: string;
  model: Model287g;
  /** ISO day, or a partial year for rows from the Post's table. */
  signed?: string;
  effective: string;
  loc: Located;
  confidence: Confidence;
  notes: string[];
  // ICE lists
  firstSeen?: string;
  lastSeen?: string;
  onLatest?: boolean;
  nFiles?: number;
  moaUrl?: string;
  addendumUrl?: string;
  /** The list the MOA links were read from, when not the latest. */
  moaListDate?: string;
  stateAsPrinted?: string;
  // pre-2018 and the Post's table
  end?: string;
  endNote?: string;
  /** Pre-2018 chains still running when the rosters stop (2017-08): the end comes from later sources. */
  openEnded?: boolean;
  sourceIds?: string[];
}

export interface Agreement {
  id: string;
  primary: Item;
  members: Item[];
  track: string;
  effective: string;
  signed?: string;
  end?: string;
  endNote?: string;
  sourceIds: Set<string>;
  notes: string[];
  confidence: Confidence;
}

export interface Snapshots {
  dates: string[];
  filesByDate: Map<string, string[]>;
  basisByDate: Map<string, string>;
  first: string;
  latest: string;
}
