/**
 * What the map needs before it can draw, loaded in one step: the status index and the TopoJSON
 * (./load.ts), turned into the jurisdiction lookup (./jurisdictions.ts) and, when first read, the
 * map's GeoJSON (./buildGeometry.ts). The store holds the result; features read it.
 */
import type { Topology } from 'topojson-specification';
import type { StatusIndex } from '../domain/dataset';
import type { Bounds } from '../domain/view';
import type { MapGeometry } from './geometry';
import { buildJurisdictions, type Jurisdictions, shapesOf } from './jurisdictions';
import { type Fetcher, loadMapFiles } from './load';

/** A file or computation on its way: not asked for yet, loading, ready, or failed. */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

export interface MapData {
  index: StatusIndex;
  /** The extent of everything drawn, in the map's coordinates. */
  bounds: Bounds;
  jurisdictions: Jurisdictions;
  /**
   * The map's GeoJSON, decoded from the TopoJSON the first time it is read (~0.2 s on a laptop):
   * the map draws from tiles, so only outlines, camera moves to a shape and the federal-list marks
   * need it, and the app reads it once the first map is shown (App.tsx).
   */
  readonly geometry: MapGeometry;
}

type Decode = (topology: Topology, index: StatusIndex) => MapGeometry;

/** The extent of what the map draws: the TopoJSON's bbox (the build writes one) and the places' points. */
function drawnBounds(topology: Topology, index: StatusIndex): Bounds | undefined {
  if (topology.bbox === undefined) return undefined;
  const [w, s, e, n] = topology.bbox;
  const b: Bounds = [w, s, e, n];
  for (const { point } of index.jurisdictions) {
    if (point === undefined) continue;
    b[0] = Math.min(b[0], point[0]);
    b[1] = Math.min(b[1], point[1]);
    b[2] = Math.max(b[2], point[0]);
    b[3] = Math.max(b[3], point[1]);
  }
  return b;
}

/** The map's data from its two files: nothing is decoded until something reads `geometry`. */
export function mapDataFrom(index: StatusIndex, topology: Topology, decode: Decode): MapData {
  let geometry: MapGeometry | undefined;
  const decoded = () => (geometry ??= decode(topology, index));
  return {
    index,
    jurisdictions: buildJurisdictions(index, shapesOf(topology)),
    bounds: drawnBounds(topology, index) ?? decoded().bounds,
    get geometry() {
      return decoded();
    },
  };
}

export async function loadMapData(fetcher?: Fetcher): Promise<MapData> {
  // The TopoJSON decoder is a chunk fetched beside the data files (it is of no use before they
  // arrive), which keeps topojson-client out of the page's first-load JavaScript.
  const [{ index, topology }, { buildGeometry }] = await Promise.all([loadMapFiles(fetcher), import('./buildGeometry')]);
  return mapDataFrom(index, topology, buildGeometry);
}
