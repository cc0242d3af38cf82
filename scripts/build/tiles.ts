/**
 * The map's base sources as pre-built Mapbox Vector Tiles, so the page does not cut them itself:
 * with GeoJSON sources the main thread structured-cloned every county to one worker, which then
 * indexed and tiled them with geojson-vt before it could build a single bucket (BENCHMARKS.md).
 * The tiles are cut from the GeoJSON the app makes at run time (src/data/buildGeometry.ts applied
 * to the build's own topology), with geojson-vt's options set as maplibre's geojson source sets
 * them for our `sourceSpecs` (src/map/layers.ts), so they hold what the app drew before.
 *
 * Output: `tiles/<source>/<z>/<x>/<y>.pbf`, one tileset per source with one layer named after the
 * source; content-address.ts renames the folder `tiles.<hash>` and lists it in the manifest.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { StatusIndex } from '../../src/domain/dataset';
import type { Bounds } from '../../src/domain/view';
import { buildGeometry } from '../../src/data/buildGeometry';
import { mercatorY } from '../../src/data/geometry';
import { TILE_MAXZOOM, TILE_SOURCES, TILES_DIR, type TileSourceId } from '../../src/map/tiles';

/** maplibre's tile extent (EXTENT in its source): the geojson source cuts to it too. */
export const EXTENT = 8192;
/** maplibre draws 512 px tiles: a pixel is 16 units. */
const UNITS_PER_PIXEL = EXTENT / 512;

/**
 * geojson-vt's options as maplibre's GeoJSONSource derives them from our sourceSpecs: buffer 16 px,
 * tolerance 0.5 px. At the deepest zoom geojson-vt does not simplify at all (tolerance 0), so the
 * deepest tiles keep every vertex of the build's (already simplified, quantised) geometry.
 */
export const TILE_OPTIONS = {
  maxZoom: TILE_MAXZOOM,
  // Cut every tile on demand from the root rather than indexing a pyramid of tiles we read once.
  indexMaxZoom: 0,
  extent: EXTENT,
  buffer: 16 * UNITS_PER_PIXEL,
  tolerance: 0.5 * UNITS_PER_PIXEL,
} as const;

/** A tile's [x0, x1) and [y0, y1) at zoom z: the tiles maplibre asks for with the source's `bounds` (its TileBounds.contains). */
export function tileRange(bounds: Bounds, z: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const worldX = (lng: number) => (180 + lng) / 360;
  const worldY = (lat: number) => (180 - mercatorY(lat)) / 360;
  const [west, south, east, north] = [Math.max(-180, bounds[0]), Math.max(-90, bounds[1]), Math.min(180, bounds[2]), Math.min(90, bounds[3])];
  return {
    x0: Math.floor(worldX(west) * n),
    x1: Math.ceil(worldX(east) * n),
    y0: Math.floor(worldY(north) * n),
    y1: Math.ceil(worldY(south) * n),
  };
}

export interface TileSet {
  /** `tiles/<source>/<z>/<x>/<y>.pbf` → the tile's bytes (empty for a tile with no feature). */
  files: Map<string, Uint8Array>;
  /** The extent the tiles cover: the sources' `bounds` must be the same (the app's MapData.bounds, checked in src/map/layers.test.ts). */
  bounds: Bounds;
}

/**
 * Every tile maplibre can ask for within `bounds` at zooms 0..TILE_MAXZOOM. A tile with no
 * feature is written as an empty file (a valid tile with no layer): a missing one would answer
 * 404, which maplibre takes as an empty tile but the browser logs as a console error.
 */
export function renderTiles(topology: Topology, index: StatusIndex): TileSet {
  const geometry = buildGeometry(topology, index);
  const collections: Record<TileSourceId, FeatureCollection> = {
    counties: geometry.counties,
    states: geometry.states,
    'state-borders': geometry.stateBorders,
    places: geometry.places,
  };
  const files = new Map<string, Uint8Array>();
  const empty = new Uint8Array(0);
  for (const source of TILE_SOURCES) {
    const tiler = new GeoJSONVT(collections[source], TILE_OPTIONS);
    for (let z = 0; z <= TILE_MAXZOOM; z++) {
      const { x0, x1, y0, y1 } = tileRange(geometry.bounds, z);
      for (let x = x0; x < x1; x++) {
        for (let y = y0; y < y1; y++) {
          const tile = tiler.getTile(z, x, y);
          const bytes = tile === null || tile.features.length === 0 ? empty : fromGeojsonVt({ [source]: tile }, { version: 2, extent: EXTENT });
          files.set(`${TILES_DIR}/${source}/${z}/${x}/${y}.pbf`, bytes);
        }
      }
    }
  }
  return { files, bounds: geometry.bounds };
}
