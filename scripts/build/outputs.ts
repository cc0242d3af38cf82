/**
 * Everything the build writes, rendered to strings first so that nothing touches the disk until
 * every stage has succeeded. Key order and number formatting are fixed: a rerun is byte-identical.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { JurisdictionEntry, PolicyRecord, RecordIndex, SourceEntry, StatusIndex } from '../../src/domain/dataset';
import { DATASET_VERSION, DATA_FILES } from '../../src/domain/dataset';
import { COLUMNS } from './validate';
import { asWritten, type DatePrecision } from '../../src/domain/dates';
import { intervalPrecision } from '../../src/domain/status';

/**
 * File name → content. The two files that grow with the records (records.json and records.csv)
 * are UTF-8 bytes, outside V8's heap, not strings: a string with any character outside Latin-1
 * (•, …) takes two bytes per character on the heap, and at 100× the records the build peaked at
 * 4.0–4.2 GB, near the 4.3 GB default heap limit; with bytes, 3.3 GB (BENCHMARKS.md).
 */
export type OutputFiles = Map<string, string | Buffer>;

export function renderOutputs(args: {
  topology: Topology;
  realTopology: Topology;
  status: StatusIndex;
  records: readonly PolicyRecord[];
  sources: ReadonlyMap<string, SourceEntry>;
}): OutputFiles {
  const files: OutputFiles = new Map();
  const name = (path: string) => path.replace(/^data\//, '');
  files.set(name(DATA_FILES.map), JSON.stringify(args.topology));
  files.set(name(DATA_FILES.status), JSON.stringify(args.status));
  const recordIndex: RecordIndex = {
    version: DATASET_VERSION,
    records: Object.fromEntries([...args.records].sort(byId).map((r) => [r.id, r])),
    sources: Object.fromEntries([...args.sources.values()].sort(byId).map((s) => [s.id, s])),
  };
  files.set(name(DATA_FILES.records), Buffer.from(JSON.stringify(recordIndex), 'utf8'));
  files.set(name(DATA_FILES.geojson), JSON.stringify(downloadGeoJson(args.realTopology, args.status)));
  files.set(name(DATA_FILES.recordsCsv), Buffer.from(recordsCsv(args.records, args.sources, args.status.asOfLayers ?? {}), 'utf8'));
  return files;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Real-coordinate GeoJSON of every jurisdiction with its status history, for reporters and GIS. */
function downloadGeoJson(real: Topology, status: StatusIndex): FeatureCollection & { metadata: Record<string, string> } {
  const jurisdictions = status.jurisdictions;
  const byId = new Map(jurisdictions.map((j) => [j.id, j]));
  const features: Feature[] = [];
  const properties = (j: JurisdictionEntry) => ({
    id: j.id,
    level: j.level,
    name: j.name,
    state_fips: j.state,
    ...(j.county ? { county_fips: j.county } : {}),
    // The start as the source gives it ("1987", "2014-07"), like every date in the downloads.
    status_intervals: j.intervals.map((i) => ({ start: asWritten(i[0], intervalPrecision(i)), category: i[1] })),
    record_ids: j.recordIds,
    federal_lists: j.federalLists ?? [],
  });
  for (const kind of ['states', 'counties'] as const) {
    const collection = feature(real, real.objects[kind]!) as FeatureCollection;
    for (const f of collection.features) {
      const j = byId.get(String(f.id));
      if (j) features.push({ type: 'Feature', id: j.id, properties: properties(j), geometry: roundGeometry(f.geometry) });
    }
  }
  for (const j of jurisdictions) {
    if (j.level === 'place' && j.lonLat) {
      features.push({ type: 'Feature', id: j.id, properties: properties(j), geometry: { type: 'Point', coordinates: j.lonLat } });
    }
  }
  // A foreign member (RFC 7946 §6.1): GIS tools keep reading the features and ignore it.
  const metadata = {
    as_of_287g_agreements: status.asOfLayers?.agreements287g ?? '',
    as_of_state_local_research: status.asOfLayers?.stateLocal ?? '',
    as_of_note: 'Agreements as of the newest ICE list read; state and local laws and policies as of the day they were last checked.',
  };
  return { type: 'FeatureCollection', metadata, features };
}

function roundGeometry(geometry: Geometry): Geometry {
  const round = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * 1e4) / 1e4 : (c as unknown[]).map(round));
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map(roundGeometry) };
  return { ...geometry, coordinates: round(geometry.coordinates) } as Geometry;
}

export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An optional date with the precision its source gives ("2017-05", "2021"). */
function writtenOrNone(day: string | undefined, precision: DatePrecision | undefined): string | undefined {
  return day === undefined ? undefined : asWritten(day, precision ?? 'day');
}

/** The merged records as one spreadsheet, sources spelled out so the file stands on its own. */
function recordsCsv(records: readonly PolicyRecord[], sources: ReadonlyMap<string, SourceEntry>, asOf: NonNullable<StatusIndex['asOfLayers']>): string {
  // as_of: how current each row is, by its layer (the newest ICE list read, or the day state and local research was last checked).
  const header = [...COLUMNS.policies, 'sources', 'as_of'];
  const lines = [header.join(',')];
  for (const r of [...records].sort(byId)) {
    const cited = r.sourceIds
      .map((id) => sources.get(id))
      .filter((s): s is SourceEntry => s !== undefined)
      .map((s) => `${s.publisher}, "${s.title}", ${s.url}`)
      .join(' | ');
    lines.push(
      [
        r.id, r.level, r.fips, r.jurisdiction, r.agency, r.agencyType, r.kind, r.model, r.category,
        writtenOrNone(r.voted, r.datePrecision?.voted), writtenOrNone(r.signed, r.datePrecision?.signed), asWritten(r.effective, r.effectivePrecision),
        writtenOrNone(r.end, r.datePrecision?.end), r.endNote, r.citation, r.summary, r.sourceIds.join(';'),
        r.confidence, r.notes, cited, r.kind === 'agreement_287g' ? asOf.agreements287g : asOf.stateLocal,
      ].map(csvField).join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
