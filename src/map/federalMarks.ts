/**
 * The marks for jurisdictions named on a federal "sanctuary jurisdiction" list (see
 * federal/listed.ts): the features of the `listed` source for a day, and the hatch image its fill
 * layers paint with. The image is drawn here in memory, so nothing is fetched (the map works
 * offline and under the page's content security policy).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { JurisdictionEntry } from '../domain/dataset';
import type { MapGeometry } from '../data/geometry';

export interface ListedProps {
  id: string;
  level: JurisdictionEntry['level'];
}

/** The shapes (counties, states) and points (places) of the named jurisdictions. */
export function listedData(geometry: MapGeometry, ids: ReadonlySet<string>): FeatureCollection<Geometry, ListedProps> {
  const features: Feature<Geometry, ListedProps>[] = [];
  const add = (collection: FeatureCollection<Geometry, { fips: string }>, level: ListedProps['level']) => {
    for (const f of collection.features) {
      if (ids.has(f.properties.fips)) features.push({ type: 'Feature', properties: { id: f.properties.fips, level }, geometry: f.geometry });
    }
  };
  add(geometry.states, 'state');
  add(geometry.counties, 'county');
  add(geometry.places, 'place');
  return { type: 'FeatureCollection', features };
}

export const HATCH_SIZE = 8;

/**
 * An 8×8 RGBA tile of diagonal lines (dark with a light edge, so they read on every category
 * colour, light or dark), which repeats without seams because the line period divides the tile.
 */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(HATCH_SIZE * HATCH_SIZE * 4);
  for (let y = 0; y < HATCH_SIZE; y++) {
    for (let x = 0; x < HATCH_SIZE; x++) {
      const phase = (x + y) % HATCH_SIZE;
      const i = (y * HATCH_SIZE + x) * 4;
      if (phase === 0 || phase === 1) {
        data.set([17, 17, 17, 220], i);
      } else if (phase === 2) {
        data.set([255, 255, 255, 140], i);
      }
    }
  }
  return { width: HATCH_SIZE, height: HATCH_SIZE, data };
}
