/**
 * Content-addressed data files: the files the app fetches get their content's hash in their name
 * (status.json → status.3f9a1c2b7d.json), and a manifest maps the plain names to the hashed ones.
 * The manifest goes into index.html (vite.config.ts), so a page and the data it reads always come
 * from the same build, however long a cache keeps either; hashed files can be cached forever.
 */
import { createHash } from 'node:crypto';
import { TILES_DIR } from '../../../src/map/tiles';

/** Files the app reads (and so must match its code); downloads meant to be linked keep their names. */
export const ADDRESSED = ['map.topo.json', 'status.json', 'records.json', 'tour.json', 'jurisdictions.geojson'] as const;

export type DataManifest = Record<string, string>;

export function hashedName(name: string, content: string | Buffer): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/** A folder's hash: over every file's path, length and bytes, in path order. */
export function folderHash(files: readonly (readonly [path: string, content: string | Buffer])[]): string {
  const hash = createHash('sha256');
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`${path}\0${Buffer.byteLength(content)}\0`).update(content);
  }
  return hash.digest('hex').slice(0, 10);
}

/**
 * Renames the addressed files, and the tiles folder as a whole (tiles/… → tiles.<hash>/…, the
 * hash over all its files: scripts/build/tiles.ts); returns the new file map and the manifest,
 * keyed by the app's paths ('data/status.json' → 'data/status.<hash>.json', 'data/tiles' →
 * 'data/tiles.<hash>').
 */
export function contentAddress(files: ReadonlyMap<string, string | Buffer>, prefix = 'data/'): { files: Map<string, string | Buffer>; manifest: DataManifest } {
  const out = new Map<string, string | Buffer>();
  const manifest: DataManifest = {};
  const inTiles = `${TILES_DIR}/`;
  const tiles = [...files].filter(([name]) => name.startsWith(inTiles));
  const tilesDir = tiles.length > 0 ? `${TILES_DIR}.${folderHash(tiles)}` : undefined;
  for (const [name, content] of files) {
    if (tilesDir !== undefined && name.startsWith(inTiles)) {
      out.set(`${tilesDir}/${name.slice(inTiles.length)}`, content);
    } else if ((ADDRESSED as readonly string[]).includes(name)) {
      const hashed = hashedName(name, content);
      out.set(hashed, content);
      manifest[prefix + name] = prefix + hashed;
    } else {
      out.set(name, content);
    }
  }
  if (tilesDir !== undefined) manifest[prefix + TILES_DIR] = prefix + tilesDir;
  return { files: out, manifest };
}
