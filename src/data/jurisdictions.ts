/**
 * Every jurisdiction the map can show, by id: the entries of status.json, plus a plain entry
 * (no records, "no known policy" throughout) for each state or county drawn on the map that the
 * index does not list, so hovering, selecting and linking work for all of them.
 */
import type { GeometryObject, Topology } from 'topojson-specification';
import type { JurisdictionEntry, MapLevel, StatusIndex } from '../domain/dataset';
import { STATE_BY_FIPS } from '../domain/states';

export interface Jurisdictions {
  byId: ReadonlyMap<string, JurisdictionEntry>;
  /** Per level, every jurisdiction drawn at that level. */
  byLevel: Readonly<Record<MapLevel, readonly JurisdictionEntry[]>>;
}

function plainEntry(id: string, level: MapLevel, name: string): JurisdictionEntry {
  return { id, level, name, state: id.slice(0, 2), intervals: [], recordIds: [] };
}

export function countyDisplayName(name: string, fips: string): string {
  const usps = STATE_BY_FIPS.get(fips.slice(0, 2))?.usps;
  return usps === undefined ? name : `${name}, ${usps}`;
}

/** A state or county the map draws: its FIPS and the name the TopoJSON gives it. */
export interface Shape {
  fips: string;
  name: string;
}

/** The shape a TopoJSON geometry draws, or undefined when it draws nothing (no id, or no geometry). */
export function shapeOf(g: GeometryObject<{ name?: string } | null>): Shape | undefined {
  if (g.type === null || g.id === undefined) return undefined;
  const fips = String(g.id);
  return { fips, name: g.properties?.name ?? fips };
}

/** The states and counties the map draws, read from the TopoJSON's objects without decoding a shape. */
export function shapesOf(topology: Topology): Record<'states' | 'counties', Shape[]> {
  const list = (name: 'states' | 'counties') => {
    const object = topology.objects[name];
    const geometries = object?.type === 'GeometryCollection' ? object.geometries : [];
    return geometries.flatMap((g) => shapeOf(g as GeometryObject<{ name?: string } | null>) ?? []);
  };
  return { states: list('states'), counties: list('counties') };
}

export function buildJurisdictions(index: StatusIndex, shapes: Record<'states' | 'counties', readonly Shape[]>): Jurisdictions {
  const byId = new Map<string, JurisdictionEntry>();
  for (const entry of index.jurisdictions) byId.set(entry.id, entry);
  const byLevel: Record<MapLevel, JurisdictionEntry[]> = { state: [], county: [], place: [] };
  for (const { fips: id, name } of shapes.states) {
    let entry = byId.get(id);
    if (entry === undefined) {
      entry = plainEntry(id, 'state', STATE_BY_FIPS.get(id)?.name ?? name);
      byId.set(id, entry);
    }
    byLevel.state.push(entry);
  }
  for (const { fips: id, name } of shapes.counties) {
    let entry = byId.get(id);
    if (entry === undefined) {
      entry = plainEntry(id, 'county', countyDisplayName(name, id));
      byId.set(id, entry);
    }
    byLevel.county.push(entry);
  }
  // The places the map draws: those with a point (./buildGeometry.ts), in the index's order.
  for (const entry of index.jurisdictions) if (entry.level === 'place' && entry.point !== undefined) byLevel.place.push(byId.get(entry.id)!);
  return { byId, byLevel };
}
