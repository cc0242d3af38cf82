/**
 * The built data (dist/data/) read in Node, for tests that need to know where a jurisdiction is
 * drawn and what colour it should have: its geometry in the map's coordinates, its status on a
 * day, and a point well inside it on screen (away from its borders and from city dots).
 */
import { distDataFile } from './dist-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CATEGORY_COLORS, type Category } from '../../../src/domain/categories';
import type { JurisdictionEntry, StatusIndex } from '../../../src/domain/dataset';
import { statusOn } from '../../../src/domain/status';
import { projectPoints } from './map';

export const DIST_DATA = join(process.cwd(), 'dist', 'data');

let cached: { topology: Topology; index: StatusIndex; byId: Map<string, JurisdictionEntry> } | undefined;

export function builtData() {
  if (cached === undefined) {
    const topology = JSON.parse(readFileSync(distDataFile('map.topo.json'), 'utf8')) as Topology;
    const index = JSON.parse(readFileSync(distDataFile('status.json'), 'utf8')) as StatusIndex;
    cached = { topology, index, byId: new Map(index.jurisdictions.map((j) => [j.id, j])) };
  }
  return cached;
}

export function jurisdiction(id: string): JurisdictionEntry {
  const entry = builtData().byId.get(id);
  if (entry === undefined) throw new Error(`no jurisdiction ${id} in dist/data/status.json`);
  return entry;
}

export function categoryOn(id: string, day: string): Category {
  return statusOn(jurisdiction(id).intervals, day);
}

export function colourOn(id: string, day: string): string {
  return CATEGORY_COLORS[categoryOn(id, day)];
}

/** A state (2-digit FIPS) or county (5-digit) feature from map.topo.json, in map coordinates. */
export function featureOf(id: string): Feature<Geometry> {
  const { topology } = builtData();
  const name = id.length === 2 ? 'states' : 'counties';
  const object = topology.objects[name] as GeometryCollection;
  const geometry = object.geometries.find((g) => String(g.id) === id);
  if (geometry === undefined) throw new Error(`no ${name} feature ${id} in map.topo.json`);
  return feature(topology, geometry) as Feature<Geometry>;
}

/** The polygons of a feature (each a list of rings). */
export function polygonsOf(f: Feature<Geometry>): Position[][][] {
  const g = f.geometry;
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  throw new Error(`feature ${String(f.id)} is a ${g.type}, not a polygon`);
}

/** The county (5-digit FIPS) of a state with the largest drawn area (Mercator). */
export function largestCountyOf(state: string): string {
  const { topology } = builtData();
  const object = topology.objects.counties as GeometryCollection;
  let best: { id: string; area: number } | undefined;
  for (const g of object.geometries) {
    const id = String(g.id);
    if (!id.startsWith(state) || id.length !== 5) continue;
    const area = polygonsOf(feature(topology, g) as Feature<Geometry>).reduce(
      (sum, polygon) => sum + ringArea(polygon[0]!.map((p) => mercator([p[0]!, p[1]!]))),
      0,
    );
    if (best === undefined || area > best.area) best = { id, area };
  }
  if (best === undefined) throw new Error(`no counties of state ${state} in map.topo.json`);
  return best.id;
}

/** Every place (city) dot, in map coordinates. */
export function placePoints(): [number, number][] {
  return builtData()
    .index.jurisdictions.filter((j) => j.level === 'place' && j.point !== undefined)
    .map((j) => j.point!);
}

export interface ScreenBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The on-screen box of a feature (CSS pixels in the map canvas; needs the map hook). */
export async function screenBox(page: Page, f: Feature<Geometry>): Promise<ScreenBox> {
  const points = await projectPoints(page, polygonsOf(f).flatMap((polygon) => polygon.flatMap((ring) => ring.map((p) => [p[0]!, p[1]!] as const))));
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

type Ring = [number, number][];

function inside(x: number, y: number, rings: readonly Ring[]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function segmentDistance(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(a / 2);
}

export interface InteriorPoint {
  /** CSS pixels in the map canvas (interiorPoint). */
  x: number;
  y: number;
  /** Distance to the nearest border or city dot edge, in the same units. */
  clearance: number;
}

/**
 * The point of the largest polygon farthest from every border and from the dots (`dotRadius`
 * kept clear around each), searched on a `step` grid. Coordinates are any plane, e.g. screen pixels.
 */
function farthestInside(polygons: readonly Ring[][], dots: readonly [number, number][], dotRadius: number, step: number): InteriorPoint {
  const largest = polygons.reduce((best, p) => (ringArea(p[0]!) > ringArea(best[0]!) ? p : best));
  const outer = largest[0]!;
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = dotRadius * 2;
  const nearDots = dots.filter(([x, y]) => x > x0 - margin && x < x1 + margin && y > y0 - margin && y < y1 + margin);
  const edges = polygons.flat();
  let best: InteriorPoint = { x: NaN, y: NaN, clearance: -Infinity };
  for (let y = Math.floor(y0 / step) * step; y <= y1; y += step) {
    for (let x = Math.floor(x0 / step) * step; x <= x1; x += step) {
      if (!inside(x, y, largest)) continue;
      let clearance = Infinity;
      for (const [dx, dy] of nearDots) clearance = Math.min(clearance, Math.hypot(x - dx, y - dy) - dotRadius);
      for (const ring of edges) {
        for (let i = 1; i < ring.length && clearance > best.clearance; i++) {
          clearance = Math.min(clearance, segmentDistance(x, y, ring[i - 1]!, ring[i]!));
        }
      }
      if (clearance > best.clearance) best = { x, y, clearance };
    }
  }
  return best;
}

/** Radius kept clear around each city dot in CSS pixels (the largest drawn dot plus its stroke, with margin). */
const DOT_CLEARANCE = 9;

/**
 * The point of a jurisdiction's largest on-screen polygon farthest from its borders and from city
 * dots, on a one-pixel grid (needs the map hook; project again after the map moves or resizes).
 */
export async function interiorPoint(page: Page, id: string): Promise<InteriorPoint> {
  const polygons = polygonsOf(featureOf(id));
  const flat = polygons.flatMap((polygon) => polygon.flatMap((ring) => ring.map((p) => [p[0]!, p[1]!] as const)));
  const dots = placePoints();
  const projected = await projectPoints(page, [...flat, ...dots]);
  let k = 0;
  const screenPolygons: Ring[][] = polygons.map((polygon) => polygon.map((ring) => ring.map(() => projected[k++]!)));
  const best = farthestInside(screenPolygons, projected.slice(flat.length), DOT_CLEARANCE, 1);
  if (!Number.isFinite(best.clearance)) throw new Error(`${id} has no pixel on screen`);
  return best;
}

const DEG = Math.PI / 180;
/** Web Mercator, in degree-like units with y growing southwards (like screen pixels). */
function mercator([lon, lat]: readonly [number, number]): [number, number] {
  return [lon, -Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) / DEG];
}
function unmercator([x, y]: readonly [number, number]): [number, number] {
  return [x, (2 * Math.atan(Math.exp(-y * DEG)) - Math.PI / 2) / DEG];
}

/**
 * A point well inside a jurisdiction (its largest polygon) and clear of city dots as drawn at
 * `zoom`, in map coordinates — for `at=zoom/lat/lon` links centred on it. No browser needed.
 * `clearance` is in CSS pixels at that zoom.
 */
export function interiorLonLat(id: string, zoom: number): { lon: number; lat: number; clearance: number } {
  const perDegree = pixelsPerDegree(zoom);
  const toPixels = (p: readonly [number, number]): [number, number] => {
    const [x, y] = mercator(p);
    return [x * perDegree, y * perDegree];
  };
  const polygons: Ring[][] = polygonsOf(featureOf(id)).map((polygon) => polygon.map((ring) => ring.map((p) => toPixels([p[0]!, p[1]!]))));
  const outer = polygons.flat().flat();
  const span = Math.max(Math.max(...outer.map((p) => p[0])) - Math.min(...outer.map((p) => p[0])), Math.max(...outer.map((p) => p[1])) - Math.min(...outer.map((p) => p[1])));
  const best = farthestInside(polygons, placePoints().map(toPixels), DOT_CLEARANCE, Math.max(1, span / 100));
  const [lon, lat] = unmercator([best.x / perDegree, best.y / perDegree]);
  return { lon, lat, clearance: best.clearance };
}

/** CSS pixels per Mercator degree at a zoom (maplibre's 512-pixel world). */
export function pixelsPerDegree(zoom: number): number {
  return (512 * 2 ** zoom) / 360;
}
