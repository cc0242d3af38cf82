/**
 * The poster: today's map as a small inline SVG drawn by the build, in the same layout, colours and
 * framing as the interactive map's first view (maplibre `bounds` + `padding: 12`, see MapView), so
 * it can sit in the map frame until the map's first complete frame and be swapped with no jump.
 *
 * Coordinates: the map's layout lon/lat are turned back into Web Mercator world units (what
 * maplibre draws), times SCALE, so the SVG's viewBox equals the extent maplibre fits on load.
 * Counties of one category are merged into one path (topojson `merge`): no per-county bytes.
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { CATEGORIES, CATEGORY_COLORS, type Category } from '../../../src/domain/categories';
import type { StatusIndex } from '../../../src/domain/dataset';
import type { IsoDay } from '../../../src/domain/dates';
import { statusOn } from '../../../src/domain/status';
import { buildGeometry } from '../../../src/data/buildGeometry';
import { mapDataFrom } from '../../../src/data/mapData';

/** SVG units per Mercator world unit (512 per world): the US is ~85 world units wide → ~1,400 units. */
const SCALE = 16;
/** Minimum triangle area (layout degrees²) a point keeps in the poster: coarser than the map (2e-6). */
const POSTER_MIN_WEIGHT = 1.5e-3;
/** Map colours the poster shares with src/map/layers.ts (MAP_COLORS). */
const STATE_BORDER = '#4d4d4d';
const COUNTY_BORDER = '#ffffff';

const DEG = Math.PI / 180;
function project([lon, lat]: Position): [number, number] {
  const x = ((lon! + 180) / 360) * 512;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat! * DEG) / 2)) / (2 * Math.PI)) * 512;
  return [x * SCALE, y * SCALE];
}

/** Relative path commands with integer steps (the shortest text for this many points). */
function ringPath(ring: readonly Position[], closed: boolean): string {
  let d = '';
  let px = 0;
  let py = 0;
  let count = 0;
  for (let i = 0; i < ring.length; i++) {
    const [fx, fy] = project(ring[i]!);
    const x = Math.round(fx);
    const y = Math.round(fy);
    if (i === 0) {
      d += `M${x} ${y}`;
    } else {
      const dx = x - px;
      const dy = y - py;
      if (dx === 0 && dy === 0) continue;
      d += `${count === 0 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
      count++;
    }
    px = x;
    py = y;
  }
  if (count === 0) return '';
  return closed ? `${d}z` : d;
}

function polygonPath(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((p) => p.map((ring) => ringPath(ring, true))).join('');
}

function linesPath(geometry: MultiLineString): string {
  return geometry.coordinates.map((line) => ringPath(line, false)).join('');
}

export interface Poster {
  /** The <svg> element, without an XML prologue (inline in HTML; add one for a file). */
  svg: string;
  day: IsoDay;
  counts: Record<Category, number>;
  width: number;
  height: number;
  viewBox: [number, number, number, number];
}

export interface PosterOptions {
  /** Accessible name of the picture. */
  label: string;
  /** Draw county borders (thin white lines) too: closer to the map, ~2× the bytes. */
  countyBorders?: boolean;
}

export function renderPoster(topology: Topology, index: StatusIndex, day: IsoDay, options: PosterOptions): Poster {
  // The extent the map fits on load, as the app reads it (the TopoJSON's bbox and the places: no decoding).
  const { bounds } = mapDataFrom(index, topology, buildGeometry);
  const [x0, y1] = project([bounds[0], bounds[1]]);
  const [x1, y0] = project([bounds[2], bounds[3]]);
  const viewBox: Poster['viewBox'] = [Math.floor(x0), Math.floor(y0), Math.ceil(x1 - x0) + 1, Math.ceil(y1 - y0) + 1];

  // topojson-simplify's types want non-null properties; the topology is only read.
  const simple = simplify(presimplify(structuredClone(topology) as Topology<Objects<{}>>), POSTER_MIN_WEIGHT);
  const counties = simple.objects.counties as GeometryCollection;
  const states = simple.objects.states as GeometryCollection;
  const byId = new Map(index.jurisdictions.map((j) => [j.id, j]));
  const groups = new Map<Category, typeof counties.geometries>(CATEGORIES.map((c) => [c, []]));
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const g of counties.geometries) {
    const entry = byId.get(String(g.id));
    const category = entry ? statusOn(entry.intervals, day) : 'none';
    groups.get(category)!.push(g);
    counts[category]++;
  }
  const parts: string[] = [];
  for (const category of CATEGORIES) {
    const members = groups.get(category)!;
    if (members.length === 0) continue;
    const d = polygonPath(merge(simple, members as Parameters<typeof merge>[1]));
    if (d) parts.push(`<path fill="${CATEGORY_COLORS[category]}" d="${d}"/>`);
  }
  if (options.countyBorders) {
    const inner = mesh(simple, counties, (a, b) => a !== b && String(a.id).slice(0, 2) === String(b.id).slice(0, 2));
    parts.push(`<path fill="none" stroke="${COUNTY_BORDER}" stroke-width="0.5" d="${linesPath(inner)}"/>`);
  }
  const borders = mesh(simple, states);
  parts.push(
    `<path class="poster-borders" fill="none" stroke="${STATE_BORDER}" stroke-width="1.2" stroke-linejoin="round" vector-effect="non-scaling-stroke" d="${linesPath(borders)}"/>`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox.join(' ')}" role="img" aria-label="${escapeAttr(options.label)}">` +
    parts.join('') +
    '</svg>';
  return { svg, day, counts, width: viewBox[2], height: viewBox[3], viewBox };
}

export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
