/**
 * The pre-built vector tiles of the map's base sources (scripts/build/tiles.ts writes them, the
 * sources in ./layers.ts read them): one tileset per source, whose one layer is named after it.
 */

/** The folder's name in the build's output, before content addressing. */
export const TILES_DIR = 'tiles';
/** The manifest's key for the tiles folder (`data/tiles` → `data/tiles.<hash>`). */
export const TILES_DATA_PATH = `data/${TILES_DIR}`;

/** The sources drawn from tiles; the other two (highlight, listed) stay small GeoJSON the app sets. */
export const TILE_SOURCES = ['counties', 'states', 'state-borders', 'places'] as const;
export type TileSourceId = (typeof TILE_SOURCES)[number];

/**
 * The deepest zoom with tiles of its own; deeper, maplibre overzooms the zoom-7 tiles. At 7 a
 * tile unit (1/8192 of a 512 px tile) is 0.00034° of longitude, about the step of the build's
 * quantised topology (0.0005° × 0.0002°): deeper tiles would hold no more detail, only more files
 * (each zoom about 4× the last). Overzoomed to the map's maxZoom 11 (16×), one unit is one pixel.
 */
export const TILE_MAXZOOM = 7;
