/**
 * Fetching the data files the build writes to public/data/ (contract: src/domain/dataset.ts).
 * URLs are resolved against the page, so the site works from any sub-path; nothing is inlined
 * into the bundle. Each loader checks the shape just enough to fail with a clear message instead
 * of drawing a broken map.
 */
import type { Topology } from 'topojson-specification';
import { isCategory } from '../domain/categories';
import { DATA_FILES, DATASET_VERSION, type RecordIndex, type StatusIndex } from '../domain/dataset';

/** Why a data file could not be used; `detail` names the file and the problem. */
export class DataLoadError extends Error {
  constructor(
    readonly kind: 'http' | 'network' | 'timeout' | 'json' | 'shape' | 'version',
    readonly file: string,
    readonly detail: { status?: number; found?: number } = {},
  ) {
    super(`${file}: ${kind}${detail.status !== undefined ? ` ${detail.status}` : ''}`);
    this.name = 'DataLoadError';
  }
}

export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

const defaultFetcher: Fetcher = (url, init) => fetch(url, init);

/**
 * The build gives each data file a content-addressed name and lists them in index.html
 * (`<meta name="icemap-data-files">`, scripts/build/site/vite-plugin.ts), so a page and its data
 * always come from one build. Without the list (tests, a page from another build step) the plain
 * name is used.
 */
let manifest: Record<string, string> | undefined;
export function dataFile(path: string, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): string {
  if (manifest === undefined) {
    manifest = {};
    const content = doc?.querySelector('meta[name="icemap-data-files"]')?.getAttribute('content');
    if (content) {
      try {
        const parsed: unknown = JSON.parse(content);
        if (typeof parsed === 'object' && parsed !== null) {
          for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') manifest[key] = value;
        }
      } catch {
        // a damaged list: plain names still work on a single-build deploy
      }
    }
  }
  return manifest[path] ?? path;
}

/** Forget the cached list (tests). */
export function resetDataFiles(): void {
  manifest = undefined;
}

export function dataUrl(path: string, base: string = document.baseURI): string {
  return new URL(dataFile(path), base).href;
}

/**
 * How long a data file may take (its whole body, not only the headers) before the page says it
 * could not load and offers Retry, instead of showing "Loading…" forever on a stalled connection.
 * The largest file is ~300 KB compressed: 60 s is slower than any working phone connection.
 */
const FETCH_TIMEOUT_MS = 60_000;

export async function fetchJson(
  path: string,
  fetcher: Fetcher = defaultFetcher,
  signal?: AbortSignal,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<unknown> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  // The caller's abort stays an AbortError (a newer request replaced this one); our own is a timeout.
  const failure = (fallback: DataLoadError, error: unknown): unknown => {
    if (signal?.aborted && error instanceof DOMException && error.name === 'AbortError') return error;
    return timeout.signal.aborted ? new DataLoadError('timeout', path) : fallback;
  };
  try {
    let response: Response;
    try {
      response = await fetcher(dataUrl(path), { signal: timeout.signal });
    } catch (error) {
      throw failure(new DataLoadError('network', path), error);
    }
    if (!response.ok) throw new DataLoadError('http', path, { status: response.status });
    try {
      return await response.json();
    } catch (error) {
      throw failure(new DataLoadError('json', path), error);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

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

export interface RawMapData {
  index: StatusIndex;
  topology: Topology;
}

export async function loadMapFiles(fetcher: Fetcher = defaultFetcher, signal?: AbortSignal): Promise<RawMapData> {
  const [status, map] = await Promise.all([
    fetchJson(DATA_FILES.status, fetcher, signal),
    fetchJson(DATA_FILES.map, fetcher, signal),
  ]);
  return { index: asStatusIndex(status), topology: asTopology(map) };
}

export async function loadRecordFile(fetcher: Fetcher = defaultFetcher, signal?: AbortSignal): Promise<RecordIndex> {
  return asRecordIndex(await fetchJson(DATA_FILES.records, fetcher, signal));
}
