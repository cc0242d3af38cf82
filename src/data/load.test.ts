import { describe, expect, it } from 'vitest';
import { fixtureFetcher, fixtureStatusIndex } from '../testing/fixtures';
import { asRecordIndex, asStatusIndex, asTopology } from './check';
import { DataLoadError, dataUrl, fetchJson, loadMapFiles } from './load';

describe('data loading', () => {
  it('resolves data files against the page, so any sub-path works', () => {
    expect(dataUrl('data/status.json', 'https://example.org/news/ice-map/')).toBe('https://example.org/news/ice-map/data/status.json');
    expect(dataUrl('data/status.json', 'https://example.org/news/ice-map/index.html?date=2011-09')).toBe(
      'https://example.org/news/ice-map/data/status.json',
    );
  });

  it('loads the status index and the map', async () => {
    const { fetcher, calls } = fixtureFetcher();
    const { index, topology } = await loadMapFiles(fetcher);
    expect(index.jurisdictions).toHaveLength(6);
    expect(Object.keys(topology.objects)).toEqual(['states', 'counties']);
    expect(calls.sort()).toEqual(['data/map.topo.json', 'data/status.json']);
  });

  it('names the file and the problem when a file fails', async () => {
    const cases: [Record<string, unknown>, DataLoadError['kind']][] = [
      [{ 'data/status.json': 404 }, 'http'],
      [{ 'data/status.json': new TypeError('Failed to fetch') }, 'network'],
      [{ 'data/map.topo.json': { type: 'FeatureCollection' } }, 'shape'],
      [{ 'data/status.json': { ...fixtureStatusIndex(), version: 99 } }, 'version'],
    ];
    for (const [override, kind] of cases) {
      const { fetcher } = fixtureFetcher(override);
      const error = await loadMapFiles(fetcher).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataLoadError);
      expect((error as DataLoadError).kind).toBe(kind);
    }
  });

  it('gives up on a stalled request with a timeout error, and a caller\'s abort stays an abort', async () => {
    // A server that accepts the request and never answers (until the request is aborted).
    const stalled = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    await expect(fetchJson('data/status.json', stalled, undefined, 20)).rejects.toMatchObject({ kind: 'timeout', file: 'data/status.json' });
    const caller = new AbortController();
    const pending = fetchJson('data/status.json', stalled, caller.signal, 10_000);
    caller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects a body that is not JSON', async () => {
    const fetcher = async () => new Response('<html>', { status: 200 });
    await expect(fetchJson('data/status.json', fetcher)).rejects.toMatchObject({ kind: 'json', file: 'data/status.json' });
  });

  it('checks the shape of each file', () => {
    expect(() => asStatusIndex(null)).toThrow(DataLoadError);
    expect(() => asStatusIndex({ version: 1 })).toThrow(DataLoadError);
    expect(() => asRecordIndex({ version: 1, records: [], sources: {} })).toThrow(DataLoadError);
    expect(() => asTopology({ type: 'Topology', arcs: [], objects: { states: { type: 'GeometryCollection', geometries: [] } } })).toThrow(
      DataLoadError,
    );
    expect(asRecordIndex({ version: 1, records: {}, sources: {} })).toEqual({ version: 1, records: {}, sources: {} });
  });
});
