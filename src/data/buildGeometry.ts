/**
 * The TopoJSON from the build, turned into the map's GeoJSON (./geometry.ts). A module of its own
 * because it carries the TopoJSON decoder (topojson-client): ./mapData.ts fetches it as a chunk
 * beside the data files, so it is not part of the page's first-load JavaScript.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { JurisdictionEntry, StatusIndex } from '../domain/dataset';
import { boundsOf, type FeatureProps, type MapGeometry } from './geometry';
import { shapeOf } from './jurisdictions';

interface TopoProps {
  name?: string;
}

function collection(topology: Topology, name: 'states' | 'counties'): FeatureCollection<Geometry, FeatureProps> {
  const object = topology.objects[name] as GeometryCollection<TopoProps>;
  const fc = feature(topology, object) as FeatureCollection<Geometry | null, TopoProps | null>;
  const features: Feature<Geometry, FeatureProps>[] = [];
  // feature() decodes the collection's geometries in order: the same shapes as jurisdictions' shapesOf.
  fc.features.forEach((f, i) => {
    const shape = shapeOf(object.geometries[i]!);
    if (shape !== undefined && f.geometry !== null) features.push({ type: 'Feature', properties: shape, geometry: f.geometry });
  });
  return { type: 'FeatureCollection', features };
}

function placeFeatures(entries: readonly JurisdictionEntry[]): FeatureCollection<Point, FeatureProps> {
  const features: Feature<Point, FeatureProps>[] = [];
  for (const entry of entries) {
    if (entry.level !== 'place' || entry.point === undefined) continue;
    features.push({
      type: 'Feature',
      properties: { fips: entry.id, name: entry.name },
      geometry: { type: 'Point', coordinates: [entry.point[0], entry.point[1]] },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function buildGeometry(topology: Topology, index: StatusIndex): MapGeometry {
  const states = collection(topology, 'states');
  const counties = collection(topology, 'counties');
  const borders = mesh(topology, topology.objects.states as GeometryCollection);
  const places = placeFeatures(index.jurisdictions);
  const bounds = boundsOf([states, counties, places]) ?? [-125, 23, -65, 50];
  return {
    counties,
    states,
    stateBorders: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: borders }] },
    places,
    bounds,
  };
}
