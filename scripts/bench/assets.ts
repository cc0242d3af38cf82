/**
 * What the built site ships, read from dist/: each JS chunk with its gzip size, whether maplibre
 * sits in chunks of its own, and whether any data ended up inlined into the JS.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  file: string;
  raw: number;
  gzip: number;
  maplibre: boolean;
}

export interface AssetReport {
  js: Asset[];
  css: Asset[];
  /** gzip bytes of the JS that is not maplibre-gl (app code and its other dependencies). */
  appJsGzip: number;
  /** gzip bytes of the non-maplibre JS index.html loads at once (its module script and modulepreloads). */
  firstLoadJsGzip: number;
  /** gzip bytes of the non-maplibre JS loaded on first use (dynamic imports). */
  lazyJsGzip: number;
  firstLoadFiles: string[];
  /** gzip bytes of dist/index.html (with the poster and share tags). */
  htmlGzip: number;
  maplibreJsGzip: number;
  /** maplibre-gl has chunks of its own and no other chunk carries its code. */
  maplibreOwnChunk: boolean;
  maplibreOwnChunkDetail: string;
  /** No JS chunk contains data from status.json or map.topo.json. */
  dataNotInlined: boolean;
  dataNotInlinedDetail: string;
}

/** Strings found only in maplibre-gl's code (checked against this build's chunks). */
const MAPLIBRE_MARKERS = ['tileManagers', 'webglcontextlost', 'frameAsync', 'getExtension('];

/** A data file's path in dist/data under its content-addressed name (manifest.json), or its plain name. */
export function dataPath(dist: string, name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(dist, 'data', 'manifest.json'), 'utf8')) as Record<string, string>;
    if (manifest[`data/${name}`]) return join(dist, manifest[`data/${name}`]!);
  } catch {
    // no manifest (an older build): plain names
  }
  return join(dist, 'data', name);
}

/** The JS files index.html loads before any interaction: its module scripts and modulepreloads. */
export function firstLoadFiles(html: string): string[] {
  const files = new Set<string>();
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?assets\/([^"]+\.m?js)"/g)) files.add(m[1]!);
  return [...files].sort();
}

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export function analyseAssets(dist: string): AssetReport {
  const dir = join(dist, 'assets');
  const files = readdirSync(dir).sort();
  const asset = (file: string): Asset => ({
    file,
    raw: statSync(join(dir, file)).size,
    gzip: gz(join(dir, file)),
    maplibre: file.startsWith('maplibre'),
  });
  const js = files.filter((f) => /\.m?js$/.test(f)).map(asset);
  const css = files.filter((f) => f.endsWith('.css')).map(asset);
  const appJs = js.filter((a) => !a.maplibre);
  const mainMaplibre = js.filter((a) => a.maplibre && !a.file.includes('worker'));
  const leaking = appJs.filter((a) => {
    const text = readFileSync(join(dir, a.file), 'utf8');
    return MAPLIBRE_MARKERS.filter((m) => text.includes(m)).length >= 2;
  });
  const maplibreOwnChunk = mainMaplibre.length > 0 && leaking.length === 0;

  // Data markers: record ids and names from status.json, and the topology's transform numbers.
  const markers: string[] = [];
  try {
    const status = JSON.parse(readFileSync(dataPath(dist, 'status.json'), 'utf8')) as {
      jurisdictions: { recordIds: string[]; name: string; level: string }[];
    };
    const withRecords = status.jurisdictions.filter((j) => j.recordIds.length > 0);
    for (let i = 0; i < withRecords.length && markers.length < 20; i += Math.max(1, Math.floor(withRecords.length / 20))) {
      markers.push(withRecords[i]!.recordIds[0]!);
    }
    const topo = JSON.parse(readFileSync(dataPath(dist, 'map.topo.json'), 'utf8')) as {
      transform?: { translate: number[]; scale: number[] };
    };
    if (topo.transform) markers.push(String(topo.transform.translate[0]), String(topo.transform.scale[0]));
  } catch {
    // no data in dist: nothing to find
  }
  const inlined = js.filter((a) => {
    const text = readFileSync(join(dir, a.file), 'utf8');
    return markers.some((m) => m.length >= 8 && text.includes(m));
  });
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const first = new Set(firstLoadFiles(html));
  return {
    js,
    css,
    appJsGzip: appJs.reduce((n, a) => n + a.gzip, 0),
    firstLoadJsGzip: appJs.filter((a) => first.has(a.file)).reduce((n, a) => n + a.gzip, 0),
    lazyJsGzip: appJs.filter((a) => !first.has(a.file)).reduce((n, a) => n + a.gzip, 0),
    firstLoadFiles: [...first],
    htmlGzip: gzipSync(html, { level: 9 }).length,
    maplibreJsGzip: js.filter((a) => a.maplibre).reduce((n, a) => n + a.gzip, 0),
    maplibreOwnChunk,
    maplibreOwnChunkDetail:
      mainMaplibre.length === 0
        ? 'no maplibre chunk'
        : leaking.length > 0
          ? `maplibre code also in ${leaking.map((a) => a.file).join(', ')}`
          : `${mainMaplibre.map((a) => a.file).join(', ')} (+ its worker); no other chunk has its code`,
    dataNotInlined: inlined.length === 0 && markers.length > 0,
    dataNotInlinedDetail:
      markers.length === 0
        ? 'no data in dist/data to check against'
        : inlined.length > 0
          ? `data found in ${inlined.map((a) => a.file).join(', ')}`
          : `none of ${markers.length} record ids / topology numbers found in any JS chunk; data fetched from data/`,
  };
}
