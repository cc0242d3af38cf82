/**
 * Synthetic datasets of N× the real records, for measuring how the data build grows. The real data
 * is copied as it is (copy 0); copies 1..N−1 of every policy row are re-homed to new, invented
 * places, one per original jurisdiction and copy ("CA-bench-3-06037" for copy 3 of a Los Angeles
 * County record), in the same state and county, with the row's categories and dates unchanged.
 * So every copy stays valid (no id clashes, no overlapping records of one jurisdiction), each
 * jurisdiction keeps the real number of records, and the number of jurisdictions grows with the
 * records — the way the real data grows (more places, not more laws per place).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { STATE_BY_FIPS } from '../../src/domain/states';
import { csvField } from '../build/outputs';
import { countiesOf, loadAtlas } from '../build/pipeline';

type Row = Record<string, string>;

function readRows(path: string): { header: string[]; rows: Row[] } {
  const records = parse(readFileSync(path), { bom: true, skip_empty_lines: true }) as string[][];
  const [header = [], ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

function csv(header: readonly string[], rows: readonly Row[]): string {
  return `${[header.join(','), ...rows.map((r) => header.map((h) => csvField(r[h])).join(','))].join('\n')}\n`;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface Home {
  usps: string;
  county: string;
  name: string;
  lat: number;
  lon: number;
}

/**
 * Writes a data folder with `factor` × the records of `realDir` into `outDir` (created) and
 * returns the number of policy rows in it.
 */
export function writeSynthetic(realDir: string, outDir: string, factor: number): number {
  mkdirSync(outDir, { recursive: true });
  cpSync(realDir, outDir, { recursive: true, filter: (src) => !src.includes(`${join(realDir, 'raw')}`) });
  const policyFiles = readdirSync(join(realDir, 'policies')).filter((f) => f.endsWith('.csv')).sort();
  const policies = policyFiles.map((f) => readRows(join(realDir, 'policies', f)));
  const realCount = policies.reduce((n, p) => n + p.rows.length, 0);
  if (factor <= 1) return realCount;

  const atlas: Topology = loadAtlas();
  const counties = countiesOf(atlas);
  const countyFeatures = new Map(
    (feature(atlas, atlas.objects.counties as GeometryCollection) as GeoJSON.FeatureCollection).features.map((f) => [String(f.id), f]),
  );
  const centroid = (fips: string): [number, number] => {
    const f = countyFeatures.get(fips);
    const c = f ? geoCentroid(f) : [-98, 39];
    return [Math.round(c[0]! * 1e5) / 1e5, Math.round(c[1]! * 1e5) / 1e5];
  };
  const firstCountyOfState = new Map<string, string>();
  for (const c of counties) if (!firstCountyOfState.has(c.fips.slice(0, 2))) firstCountyOfState.set(c.fips.slice(0, 2), c.fips);

  const placeFiles = readdirSync(join(realDir, 'places')).filter((f) => f.endsWith('.csv'));
  const places = new Map<string, Row>();
  for (const f of placeFiles) {
    for (const row of readRows(join(realDir, 'places', f)).rows) {
      places.set(row.id!, row);
      if (row.fips) places.set(row.fips, row);
    }
  }

  const homes = new Map<string, Home>();
  const homeOf = (fips: string, jurisdiction: string): Home => {
    let home = homes.get(fips);
    if (home) return home;
    if (/^\d{2}$/.test(fips)) {
      const county = firstCountyOfState.get(fips)!;
      const [lon, lat] = centroid(county);
      home = { usps: STATE_BY_FIPS.get(fips)!.usps, county, name: jurisdiction, lat, lon };
    } else if (/^\d{5}$/.test(fips)) {
      const [lon, lat] = centroid(fips);
      home = { usps: STATE_BY_FIPS.get(fips.slice(0, 2))!.usps, county: fips, name: jurisdiction, lat, lon };
    } else {
      const place = places.get(fips);
      if (!place) throw new Error(`synthetic data: no place ${fips}`);
      home = { usps: place.state!, county: place.county_fips!, name: place.name!, lat: Number(place.lat), lon: Number(place.lon) };
    }
    homes.set(fips, home);
    return home;
  };

  const placeHeader = ['id', 'fips', 'name', 'state', 'county_fips', 'lat', 'lon', 'coord_source', 'notes'];
  const placeRows: Row[] = [];
  const seenPlaces = new Set<string>();
  const header = policies[0]!.header;
  const chunks: string[] = [];
  for (let copy = 1; copy < factor; copy++) {
    const rows: Row[] = [];
    for (const { rows: original } of policies) {
      for (const row of original) {
        const home = homeOf(row.fips!, row.jurisdiction!);
        const placeId = `${home.usps}-bench-${copy}-${slug(row.fips!)}`;
        const name = `${home.name} (bench copy ${copy})`;
        if (!seenPlaces.has(placeId)) {
          seenPlaces.add(placeId);
          placeRows.push({
            id: placeId,
            fips: '',
            name,
            state: home.usps,
            county_fips: home.county,
            lat: String(home.lat),
            lon: String(home.lon),
            coord_source: 'synthetic (npm run bench)',
            notes: '',
          });
        }
        const agency = row.level === 'agency';
        rows.push({
          ...row,
          id: `${row.id}-bench${copy}`,
          level: agency ? 'agency' : 'place',
          fips: placeId,
          jurisdiction: name,
          agency_type: agency ? 'police' : '',
        });
      }
    }
    chunks.push(csv(header, rows).split('\n').slice(1).join('\n'));
  }
  writeFileSync(join(outDir, 'policies', 'zz-bench-synthetic.csv'), `${header.join(',')}\n${chunks.join('')}`);
  writeFileSync(join(outDir, 'places', 'zz-bench-synthetic.csv'), csv(placeHeader, placeRows));
  // A copied partial date needs its search note too (the build refuses one without).
  const notesFile = join(realDir, 'date-notes.csv');
  if (existsSync(notesFile)) {
    const notes = readRows(notesFile);
    const copies: Row[] = [...notes.rows];
    for (let copy = 1; copy < factor; copy++) for (const note of notes.rows) copies.push({ ...note, record_id: `${note.record_id}-bench${copy}` });
    writeFileSync(join(outDir, 'date-notes.csv'), csv(notes.header, copies));
  }
  return realCount * factor;
}
