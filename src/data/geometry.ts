/**
 * The GeoJSON the map's sources hold (made from the build's TopoJSON by ./buildGeometry.ts), and
 * the extents read from it. Coordinates are already in the Albers USA layout (inverse-Web-Mercator'd
 * by the build), so they are used as they are. Every feature carries its FIPS (or place id) in the
 * `fips` property: the sources name it in `promoteId`, which is what makes string ids work with
 * feature-state.
 */
import type { FeatureCollection, Geometry, MultiLineString, Point } from 'geojson';
import type { Bounds } from '../domain/view';

export interface FeatureProps {
  /** FIPS or place id; the sources' promoteId. */
  fips: string;
  name: string;
}


export interface MapGeometry {
  counties: FeatureCollection<Geometry, FeatureProps>;
  states: FeatureCollection<Geometry, FeatureProps>;
  /** State borders drawn once each (topojson mesh), for the outline layer. */
  stateBorders: FeatureCollection<MultiLineString>;
  places: FeatureCollection<Point, FeatureProps>;
  /** Extent of everything drawn, in the map's (pre-projected) coordinates. */
  bounds: Bounds;
}

type Position = number[];
type Nested = Position | Nested[];

function extend(bounds: Bounds, coords: Nested): void {
  if (coords.length === 0) return;
  if (typeof coords[0] === 'number') {
    const [x, y] = coords as Position;
    if (x === undefined || y === undefined) return;
    if (x < bounds[0]) bounds[0] = x;
    if (y < bounds[1]) bounds[1] = y;
    if (x > bounds[2]) bounds[2] = x;
    if (y > bounds[3]) bounds[3] = y;
    return;
  }
  for (const child of coords as Nested[]) extend(bounds, child);
}

function extendGeometry(bounds: Bounds, geometry: Geometry): void {
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) extendGeometry(bounds, g);
  } else {
    extend(bounds, geometry.coordinates as Nested);
  }
}

export function boundsOf(collections: readonly FeatureCollection[]): Bounds | undefined {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const fc of collections) for (const f of fc.features) if (f.geometry) extendGeometry(bounds, f.geometry);
  return Number.isFinite(bounds[0]) ? bounds : undefined;
}

const DEG = Math.PI / 180;
/** Web Mercator y of a latitude, in degree-like units (equal to longitude degrees at the equator). */
export function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) / DEG;
}
function latitudeOf(y: number): number {
  return (2 * Math.atan(Math.exp(y * DEG)) - Math.PI / 2) / DEG;
}

/**
 * The map's maxBounds: the data's extent with room to pan (`padding` of its width each side), tall
 * enough that a portrait phone screen can still show the whole width, and wide enough that a wide,
 * short map (a laptop frame, a projector, a 600×250 embed, up to `maxAspect` wide to 1 tall) can
 * still show the whole height (maplibre will not zoom out past the point where the viewport leaves
 * maxBounds).
 */
export function maxBoundsFor(bounds: Bounds, padding = 0.25, minAspect = 2, maxAspect = 5): Bounds {
  const y0 = mercatorY(bounds[1]);
  const y1 = mercatorY(bounds[3]);
  const centre = (y0 + y1) / 2;
  const middle = (bounds[0] + bounds[2]) / 2;
  const dataHalfWidth = ((bounds[2] - bounds[0]) / 2) * (1 + 2 * padding);
  // Symmetric about the data and inside ±180° (maplibre wraps a longitude past ±180° and pins the view).
  const halfWidth = Math.min(Math.max(dataHalfWidth, ((y1 - y0) / 2) * 1.1 * maxAspect), 179 + middle, 179 - middle);
  const west = middle - halfWidth;
  const east = middle + halfWidth;
  const half = Math.max(((y1 - y0) / 2) * (1 + 2 * padding), dataHalfWidth * minAspect);
  return [
    west,
    Math.max(-85, latitudeOf(centre - half)),
    east,
    Math.min(85, latitudeOf(centre + half)),
  ];
}
