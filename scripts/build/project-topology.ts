/**
 * us-atlas TopoJSON (real lon/lat) → the map's TopoJSON: only the 50 states, DC and Puerto Rico,
 * every arc moved into the Albers layout (layout.ts), simplified for the zoom range the app allows,
 * and quantised. Working on the arcs keeps the topology, so shared borders stay shared and small.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { toLayout } from './layout';

export interface AtlasProperties {
  name: string;
}

/** Minimum triangle area (layout degrees²) a point must carry to survive simplification. */
const MIN_WEIGHT = 2e-6;
const QUANTIZATION = 1e5;

export function projectTopology(
  atlas: Topology,
  keep: (kind: 'states' | 'counties', id: string) => boolean,
): Topology {
  const objects: Record<string, GeometryCollection<AtlasProperties>> = {};
  for (const kind of ['states', 'counties'] as const) {
    const collection = atlas.objects[kind] as GeometryCollection<AtlasProperties>;
    objects[kind] = {
      type: 'GeometryCollection',
      geometries: collection.geometries
        .filter((g) => g.id !== undefined && keep(kind, String(g.id)))
        .map((g) => ({ ...g, properties: { name: (g.properties as Partial<AtlasProperties> | undefined)?.name ?? String(g.id) } })),
    };
  }
  const pruned = pruneArcs({ ...atlas, objects }, absoluteArcs(atlas));
  const projected: Topology = {
    type: 'Topology',
    objects: pruned.objects,
    arcs: pruned.arcs.map((arc) =>
      arc.map((point) => {
        const p = toLayout([point[0]!, point[1]!]);
        if (!p) throw new Error(`a point of the atlas (${point.join(', ')}) falls outside the layout`);
        return p;
      }),
    ),
  };
  // topojson-simplify's types want property-less objects; properties pass through untouched.
  const simplified = simplify(presimplify(projected as Topology<Record<string, GeometryCollection<{}>>>), MIN_WEIGHT);
  return quantize(simplified, QUANTIZATION);
}

function absoluteArcs(topology: Topology): number[][][] {
  const t = topology.transform;
  if (!t) return topology.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!]));
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** Drops the arcs no kept geometry uses (the other territories) and renumbers the rest. */
function pruneArcs(topology: Topology, arcs: number[][][]): { objects: Topology['objects']; arcs: number[][][] } {
  const used = new Map<number, number>();
  const kept: number[][][] = [];
  const remap = (index: number): number => {
    const arc = index < 0 ? ~index : index;
    let next = used.get(arc);
    if (next === undefined) {
      next = kept.length;
      used.set(arc, next);
      kept.push(arcs[arc]!);
    }
    return index < 0 ? ~next : next;
  };
  const walk = (value: unknown): unknown => (Array.isArray(value) ? value.map(walk) : remap(value as number));
  const objects: Topology['objects'] = {};
  for (const [name, collection] of Object.entries(topology.objects)) {
    objects[name] = {
      ...(collection as GeometryCollection),
      geometries: (collection as GeometryCollection).geometries.map((g) =>
        'arcs' in g ? ({ ...g, arcs: walk(g.arcs) } as typeof g) : g,
      ),
    };
  }
  return { objects, arcs: kept };
}
