/**
 * series.json, fetched the first time the chart (or the people legend) needs it and kept for the
 * session. Its shape is checked enough that a stale or broken file shows the chart's error, not a
 * wrong picture.
 */
import { useEffect, useState } from 'react';
import { CATEGORIES } from '../domain/categories';
import { AGREEMENT_MODELS, SERIES_FILE, SERIES_VERSION, type SeriesFile } from '../domain/series';
import { DataLoadError, type Fetcher, fetchJson } from '../data/load';

function isSeries(value: unknown): value is SeriesFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SeriesFile>;
  const n = v.months;
  if (typeof n !== 'number' || n < 1 || typeof v.firstMonth !== 'string' || typeof v.lastDay !== 'string') return false;
  const full = (record: unknown, keys: readonly string[]) =>
    typeof record === 'object' && record !== null && keys.every((k) => {
      const values = (record as Record<string, unknown>)[k];
      return Array.isArray(values) && values.length === n && values.every((x) => typeof x === 'number' && Number.isFinite(x));
    });
  return (
    full(v.counties, CATEGORIES) && full(v.states, CATEGORIES) && full(v.countiesPeople, CATEGORIES) &&
    full(v.statesPeople, CATEGORIES) && full(v.agreements, AGREEMENT_MODELS) && typeof v.population?.total === 'number'
  );
}

export function asSeries(value: unknown): SeriesFile {
  if (typeof value === 'object' && value !== null && (value as { version?: unknown }).version !== SERIES_VERSION) {
    const found = (value as { version?: unknown }).version;
    throw new DataLoadError('version', SERIES_FILE, { found: typeof found === 'number' ? found : -1 });
  }
  if (!isSeries(value)) throw new DataLoadError('shape', SERIES_FILE);
  return value;
}

let cached: Promise<SeriesFile> | undefined;
/** The loaded file, once it is: a chart opened after the prefetch renders it at once, not "loading" first. */
let loaded: SeriesFile | undefined;

export function loadSeries(fetcher?: Fetcher): Promise<SeriesFile> {
  cached ??= fetchJson(SERIES_FILE, fetcher).then(asSeries).then((data) => (loaded = data));
  // A failed load is not kept: Retry fetches again.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

export type SeriesState = { status: 'loading' } | { status: 'ready'; data: SeriesFile } | { status: 'error'; error: unknown };

export function useSeries(enabled = true): [SeriesState, () => void] {
  const [state, setState] = useState<SeriesState>(() => (loaded !== undefined ? { status: 'ready', data: loaded } : { status: 'loading' }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadSeries().then(
      // The same data as the first render's: keep the state, so nothing renders again.
      (data) => live && setState((s) => (s.status === 'ready' && s.data === data ? s : { status: 'ready', data })),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [enabled, attempt]);
  return [state, () => {
    setState({ status: 'loading' });
    setAttempt((a) => a + 1);
  }];
}
