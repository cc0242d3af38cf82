/**
 * Fetching the data files the build writes to public/data/ (contract: src/domain/dataset.ts).
 * URLs are resolved against the page, so the site works from any sub-path; nothing is inlined
 * into the bundle. Each loader checks the shape just enough to fail with a clear message instead
 * of drawing a broken map (./check.ts: a chunk fetched beside the files, of no use before they arrive).
 */
import type { Topology } from 'topojson-specification';
import { DATA_FILES, type RecordIndex, type StatusIndex } from '../domain/dataset';

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

export interface RawMapData {
  index: StatusIndex;
  topology: Topology;
}

export async function loadMapFiles(fetcher: Fetcher = defaultFetcher, signal?: AbortSignal): Promise<RawMapData> {
  const [status, map, { asStatusIndex, asTopology }] = await Promise.all([
    fetchJson(DATA_FILES.status, fetcher, signal),
    fetchJson(DATA_FILES.map, fetcher, signal),
    import('./check'),
  ]);
  return { index: asStatusIndex(status), topology: asTopology(map) };
}

export async function loadRecordFile(fetcher: Fetcher = defaultFetcher, signal?: AbortSignal): Promise<RecordIndex> {
  const [records, { asRecordIndex }] = await Promise.all([fetchJson(DATA_FILES.records, fetcher, signal), import('./check')]);
  return asRecordIndex(records);
}
