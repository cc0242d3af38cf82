/**
 * Every jurisdiction the map can show, by id: the entries of status.json, plus a plain entry
 * (no records, "no known policy" throughout) for each state or county drawn on the map that the
 * index does not list, so hovering, selecting and linking work for all of them.
 */
import type { JurisdictionEntry, MapLevel, StatusIndex } from '../domain/dataset';
import { STATE_BY_FIPS } from '../domain/states';
import type { MapGeometry } from './geometry';

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

export function buildJurisdictions(index: StatusIndex, geometry: MapGeometry): Jurisdictions {
  const byId = new Map<string, JurisdictionEntry>();
  for (const entry of index.jurisdictions) byId.set(entry.id, entry);
  const byLevel: Record<MapLevel, JurisdictionEntry[]> = { state: [], county: [], place: [] };
  for (const f of geometry.states.features) {
    const id = f.properties.fips;
    let entry = byId.get(id);
    if (entry === undefined) {
      entry = plainEntry(id, 'state', STATE_BY_FIPS.get(id)?.name ?? f.properties.name);
      byId.set(id, entry);
    }
    byLevel.state.push(entry);
  }
  for (const f of geometry.counties.features) {
    const id = f.properties.fips;
    let entry = byId.get(id);
    if (entry === undefined) {
      entry = plainEntry(id, 'county', countyDisplayName(f.properties.name, id));
      byId.set(id, entry);
    }
    byLevel.county.push(entry);
  }
  for (const f of geometry.places.features) {
    const entry = byId.get(f.properties.fips);
    if (entry !== undefined) byLevel.place.push(entry);
  }
  return { byId, byLevel };
}
