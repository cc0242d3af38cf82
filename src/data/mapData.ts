/**
 * What the map needs before it can draw, loaded in one step: the status index and the TopoJSON
 * (./load.ts), turned into the map's GeoJSON (./buildGeometry.ts) and the jurisdiction lookup
 * (./jurisdictions.ts). The store holds the result; features read it.
 */
import type { StatusIndex } from '../domain/dataset';
import type { MapGeometry } from './geometry';
import { buildJurisdictions, type Jurisdictions } from './jurisdictions';
import { type Fetcher, loadMapFiles } from './load';

/** A file or computation on its way: not asked for yet, loading, ready, or failed. */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

export interface MapData {
  index: StatusIndex;
  geometry: MapGeometry;
  jurisdictions: Jurisdictions;
}

export async function loadMapData(fetcher?: Fetcher): Promise<MapData> {
  // The TopoJSON decoder is a chunk fetched beside the data files (it is of no use before they
  // arrive), which keeps topojson-client out of the page's first-load JavaScript.
  const [{ index, topology }, { buildGeometry }] = await Promise.all([loadMapFiles(fetcher), import('./buildGeometry')]);
  const geometry = buildGeometry(topology, index);
  return { index, geometry, jurisdictions: buildJurisdictions(index, geometry) };
}
