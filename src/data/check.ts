/**
 * The data files' shape checks (./load.ts fetches the files, then checks them here): just enough to
 * fail with a clear message (DataLoadError) instead of a TypeError or a broken map later. A chunk of
 * its own, fetched beside the files.
 */
import type { Topology } from 'topojson-specification';
import { isCategory } from '../domain/categories';
import { DATA_FILES, DATASET_VERSION, type RecordIndex, type StatusIndex } from '../domain/dataset';
import { DataLoadError } from './load';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasStrings(value: Record<string, unknown>, ...keys: string[]): boolean {
  return keys.every((key) => typeof value[key] === 'string');
}

const LEVELS: ReadonlySet<unknown> = new Set(['state', 'county', 'place']);

const PARTIAL: ReadonlySet<unknown> = new Set(['month', 'year']);

/** [start, category] or, for a start known only to the month or year, [start, category, precision]. */
function isInterval(i: unknown): boolean {
  return Array.isArray(i) && typeof i[0] === 'string' && typeof i[1] === 'string' && isCategory(i[1]) && (i.length === 2 || (i.length === 3 && PARTIAL.has(i[2])));
}

function isJurisdictionEntry(value: unknown): boolean {
  if (!isObject(value) || !hasStrings(value, 'id', 'name', 'state') || !LEVELS.has(value.level) || !Array.isArray(value.recordIds)) {
    return false;
  }
  const { intervals, point } = value;
  return (
    Array.isArray(intervals) &&
    intervals.every(isInterval) &&
    (point === undefined || (Array.isArray(point) && point.length === 2 && point.every(Number.isFinite)))
  );
}

function checkVersion(value: Record<string, unknown>, file: string): void {
  if (value.version !== DATASET_VERSION) {
    throw new DataLoadError('version', file, { found: typeof value.version === 'number' ? value.version : -1 });
  }
}

export function asStatusIndex(value: unknown, file: string = DATA_FILES.status): StatusIndex {
  if (!isObject(value)) throw new DataLoadError('shape', file);
  checkVersion(value, file);
  if (
    typeof value.asOf !== 'string' ||
    !Array.isArray(value.jurisdictions) ||
    !Array.isArray(value.changeDays) ||
    !Array.isArray(value.events) ||
    !Array.isArray(value.federalLists)
  ) {
    throw new DataLoadError('shape', file);
  }
  // Each entry too: a hand-edited or damaged file must give this message, not a TypeError later.
  if (
    !value.jurisdictions.every(isJurisdictionEntry) ||
    !value.changeDays.every((d) => typeof d === 'string') ||
    !value.events.every((e) => isObject(e) && hasStrings(e, 'id', 'date', 'label') && Array.isArray(e.sourceIds)) ||
    !value.federalLists.every((l) => isObject(l) && hasStrings(l, 'id', 'title') && isObject(l.entries) && Array.isArray(l.sourceIds))
  ) {
    throw new DataLoadError('shape', file);
  }
  // The fields the app reads were checked above; the rest is the build's contract (dataset.ts).
  return value as unknown as StatusIndex;
}

export function asRecordIndex(value: unknown, file: string = DATA_FILES.records): RecordIndex {
  if (!isObject(value)) throw new DataLoadError('shape', file);
  checkVersion(value, file);
  if (!isObject(value.records) || !isObject(value.sources)) throw new DataLoadError('shape', file);
  const recordsOk = Object.values(value.records).every(
    (r) => isObject(r) && hasStrings(r, 'id', 'kind', 'category', 'effective', 'citation', 'summary') && Array.isArray(r.sourceIds),
  );
  if (!recordsOk || !Object.values(value.sources).every((s) => isObject(s) && hasStrings(s, 'title', 'url'))) {
    throw new DataLoadError('shape', file);
  }
  return value as unknown as RecordIndex;
}

export function asTopology(value: unknown, file: string = DATA_FILES.map): Topology {
  if (!isObject(value) || value.type !== 'Topology' || !isObject(value.objects) || !Array.isArray(value.arcs)) {
    throw new DataLoadError('shape', file);
  }
  const objects = value.objects;
  for (const name of ['states', 'counties']) {
    const object = objects[name];
    if (!isObject(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      throw new DataLoadError('shape', file);
    }
  }
  return value as unknown as Topology;
}
