/**
 * The chart's data (public/data/series.json): per month from the timeline's first month to the
 * data's as-of month, how many counties and states were in each category, how many 287(g)
 * agreements were in force by model, and the same counties and states weighted by resident
 * population. Built once by scripts/build/series.ts; the app only reads it.
 *
 * A month's value is taken on its LAST day, capped at the data's as-of date: the same day the
 * timeline shows for a month (timeline/controller.ts), so the chart's rule and the map agree.
 */
import type { Category } from './categories';
import type { IsoDay } from './dates';
import type { Model287g } from './schema';

export const SERIES_VERSION = 1;
export const SERIES_FILE = 'data/series.json';
export const POPULATION_FILE = 'data/population.json';

/**
 * Residents per map jurisdiction (public/data/population.json), for the people legend and compare
 * mode on any day. `statewide`: states whose drawn counties have no figure of their own
 * (Connecticut): its total counts for a category only when all its counties share it.
 */
export interface PopulationFile {
  version: number;
  year: number;
  counties: Record<string, number>;
  states: Record<string, number>;
  statewide: Record<string, number>;
}

export const AGREEMENT_MODELS = ['jail_enforcement', 'warrant_service_officer', 'task_force'] as const satisfies readonly Model287g[];

export type SeriesKind = 'counties' | 'states' | 'agreements';
export const SERIES_KINDS: readonly SeriesKind[] = ['counties', 'states', 'agreements'];

export interface PopulationNote {
  /** e.g. "US Census Bureau, Population Estimates Program, Vintage 2024". */
  source: string;
  /** July 1 of this year. */
  year: number;
  /** What the people figures include: the national total of the file (50 states and DC). */
  total: number;
  /** State FIPS the file has no figure for (Puerto Rico). */
  missingStates: string[];
}

export interface SeriesFile {
  version: number;
  /** First and last month, "YYYY-MM"; `months` values each. */
  firstMonth: string;
  lastMonth: string;
  months: number;
  /** The day each month was sampled on (its last day, the last one capped at the as-of date). */
  lastDay: IsoDay;
  counties: Record<Category, number[]>;
  states: Record<Category, number[]>;
  agreements: Record<(typeof AGREEMENT_MODELS)[number], number[]>;
  /** Residents of the counties / states in each category (population of the year in `population`). */
  countiesPeople: Record<Category, number[]>;
  statesPeople: Record<Category, number[]>;
  /** County residents not attributed to one category that month (Connecticut when its old counties differ). */
  countiesPeopleUnattributed: number[];
  population: PopulationNote;
}
