/** population.json, fetched once when the people switch or compare mode first needs it. */
import { useEffect, useState } from 'react';
import { POPULATION_FILE, SERIES_VERSION, type PopulationFile } from '../domain/series';
import { DataLoadError, fetchJson } from '../data/load';

export function asPopulation(value: unknown): PopulationFile {
  const v = value as Partial<PopulationFile> | null;
  const numbers = (r: unknown) => typeof r === 'object' && r !== null && Object.values(r).every((n) => typeof n === 'number' && Number.isFinite(n));
  if (typeof v !== 'object' || v === null || v.version !== SERIES_VERSION) throw new DataLoadError('version', POPULATION_FILE);
  if (!numbers(v.counties) || !numbers(v.states) || !numbers(v.statewide)) throw new DataLoadError('shape', POPULATION_FILE);
  return v as PopulationFile;
}

let cached: Promise<PopulationFile> | undefined;

export function loadPopulation(): Promise<PopulationFile> {
  cached ??= fetchJson(POPULATION_FILE).then(asPopulation);
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

/** The file once loaded (undefined before, or when it failed: the counts then show without people). */
export function usePopulation(enabled: boolean): PopulationFile | undefined {
  const [data, setData] = useState<PopulationFile | undefined>(undefined);
  useEffect(() => {
    if (!enabled || data !== undefined) return;
    let live = true;
    loadPopulation().then(
      (file) => live && setData(file),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled, data]);
  return enabled ? data : undefined;
}
