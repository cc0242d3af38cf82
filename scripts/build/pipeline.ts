/**
 * read → validate → resolve intervals → project geometry → render, as one function over a data
 * folder. The CLI (scripts/build-data.ts) only adds printing and the atomic write.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { StatusIndex } from '../../src/domain/dataset';
import { STATE_BY_FIPS } from '../../src/domain/states';
import { DataError } from './errors';
import { renderOutputs, type OutputFiles } from './outputs';
import { projectTopology, type AtlasProperties } from './project-topology';
import { readCsv, type CsvRow } from './read-csv';
import { buildStatusIndex, newestFact, resolveJurisdictions, type CountyInfo } from './resolve';
import { toLayout } from './layout';
import { buildTourFile, readTour, renderTour, TOUR_OUTPUT } from './tour';
import { buildPopulationFile, buildSeries, readPopulation } from './series';
import { POPULATION_FILE, SERIES_FILE } from '../../src/domain/series';
import { COLUMNS, validate, type RawData, type ValidData } from './validate';

const require = createRequire(import.meta.url);

export function loadAtlas(): Topology {
  return require('us-atlas/counties-10m.json') as Topology;
}

/** The data files, by role; folders are read whole, sorted by name. */
const LAYOUT: Record<keyof RawData, { path: string; folder: boolean; optional?: boolean }> = {
  policies: { path: 'policies', folder: true },
  sources: { path: 'sources', folder: true },
  places: { path: 'places', folder: true, optional: true },
  lists: { path: 'federal/lists.csv', folder: false, optional: true },
  entries: { path: 'federal/entries.csv', folder: false, optional: true },
  events: { path: 'events.csv', folder: false, optional: true },
  consolidated: { path: 'consolidated.csv', folder: false, optional: true },
  dateNotes: { path: 'date-notes.csv', folder: false, optional: true },
};

export function readRawData(dataDir: string, displayRoot = process.cwd()): RawData {
  const raw = {} as RawData;
  for (const [role, spec] of Object.entries(LAYOUT) as [keyof RawData, (typeof LAYOUT)[keyof RawData]][]) {
    const full = join(dataDir, spec.path);
    const display = relative(displayRoot, full) || full;
    let files: string[];
    if (!existsSync(full)) {
      if (!spec.optional) throw new DataError(display, 0, 'file', 'missing (the build needs it)');
      files = [];
    } else if (statSync(full).isDirectory() !== spec.folder) {
      throw new DataError(display, 0, 'file', spec.folder ? 'must be a folder of .csv files' : 'must be a .csv file, not a folder');
    } else if (spec.folder) {
      files = readdirSync(full).filter((f) => f.endsWith('.csv')).sort().map((f) => join(full, f));
      const folders = files.filter((f) => statSync(f).isDirectory());
      if (folders.length > 0) throw new DataError(relative(displayRoot, folders[0]!) || folders[0]!, 0, 'file', 'is a folder, expected a .csv file');
    } else {
      files = [full];
    }
    const rows: CsvRow[] = [];
    // Not rows.push(...read): spreading a file of more than ~100k rows overflows the call stack.
    for (const file of files) for (const row of readCsv(relative(displayRoot, file) || file, readFileSync(file), COLUMNS[role])) rows.push(row);
    raw[role] = rows;
  }
  return raw;
}

export function countiesOf(atlas: Topology): CountyInfo[] {
  const collection = atlas.objects.counties as GeometryCollection<AtlasProperties>;
  return collection.geometries
    .map((g) => ({ fips: String(g.id), name: (g.properties as Partial<AtlasProperties> | undefined)?.name ?? String(g.id) }))
    .filter((c) => STATE_BY_FIPS.has(c.fips.slice(0, 2)))
    .sort((a, b) => (a.fips < b.fips ? -1 : 1));
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

export interface BuildResult {
  files: OutputFiles;
  data: ValidData;
  summary: { records: number; sources: number; places: number; jurisdictions: number; asOf: string; asOfLayers: StatusIndex['asOfLayers'] };
}

export function buildData(dataDir: string, atlas: Topology = loadAtlas(), displayRoot = process.cwd()): BuildResult {
  const raw = readRawData(dataDir, displayRoot);
  const counties = countiesOf(atlas);
  const data = validate(raw, { counties: new Set(counties.map((c) => c.fips)) });
  const jurisdictions = resolveJurisdictions(data, counties, (placeId) => {
    const place = data.places.get(placeId);
    if (!place) return undefined;
    const layout = toLayout([place.lon, place.lat]);
    if (!layout) return undefined;
    return { point: [round5(layout[0]), round5(layout[1])], lonLat: [place.lon, place.lat] };
  });
  const status = buildStatusIndex(data, jurisdictions);
  const keep = (_kind: string, id: string) => STATE_BY_FIPS.has(id.slice(0, 2));
  const topology = projectTopology(atlas, keep);
  const files = renderOutputs({ topology, realTopology: atlas, status, records: data.records, sources: data.sources });
  // The chart's monthly counts; without a population file the people figures are all zero.
  const population = readPopulation(dataDir, displayRoot) ?? new Map<string, number>();
  const series = buildSeries({ jurisdictions: status.jurisdictions, records: data.records, population, timelineStart: status.timelineStart, asOf: status.asOf });
  files.set(SERIES_FILE.replace(/^data\//, ''), JSON.stringify(series));
  files.set(POPULATION_FILE.replace(/^data\//, ''), JSON.stringify(buildPopulationFile(counties.map((c) => c.fips), population)));
  // Guided tour (optional file): validated against the sources and jurisdictions, see tour.ts.
  const tour = readTour(dataDir, displayRoot);
  if (tour) {
    const mapIds = new Set([...STATE_BY_FIPS.keys(), ...counties.map((c) => c.fips), ...status.jurisdictions.map((j) => j.id)]);
    // The tour may show a law that takes effect after the data's as-of date.
    const newest = newestFact(data);
    const context = { sources: data.sources, jurisdictions: mapIds, start: status.timelineStart, end: newest > status.asOf ? newest : status.asOf };
    files.set(TOUR_OUTPUT, renderTour(buildTourFile(tour, context)));
  }
  return {
    files,
    data,
    summary: {
      records: data.records.length,
      sources: data.sources.size,
      places: jurisdictions.filter((j) => j.level === 'place').length,
      jurisdictions: jurisdictions.length,
      asOf: status.asOf,
      asOfLayers: status.asOfLayers,
    },
  };
}
