// @vitest-environment node
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { writeDataDir } from '../../tests/fixtures/mini-data';
import type { StatusIndex } from '../../src/domain/dataset';
import { buildGeometry } from '../../src/data/buildGeometry';
import { TILE_MAXZOOM, TILE_SOURCES } from '../../src/map/tiles';
import { buildData, loadAtlas } from './pipeline';
import { contentAddress } from './site/content-address';
import { EXTENT, renderTiles, tileRange, type TileSet } from './tiles';

// One whole data build and the tiles (~2 s alone, several seconds on a busy 2-core machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let topology: Topology;
let index: StatusIndex;
let tiles: TileSet;

beforeAll(() => {
  const dir = writeDataDir();
  const { files } = buildData(dir, loadAtlas(), dir);
  topology = JSON.parse(String(files.get('map.topo.json'))) as Topology;
  index = JSON.parse(String(files.get('status.json'))) as StatusIndex;
  tiles = renderTiles(topology, index);
});

/** The tile at zoom z holding a point of the map's (Web Mercator) coordinates. */
function tileOf([lng, lat]: [number, number], z: number): [x: number, y: number] {
  const n = 2 ** z;
  const y = (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
  return [Math.floor(((lng + 180) / 360) * n), Math.floor(y * n)];
}

function decode(source: string, z: number, x: number, y: number): VectorTile {
  const bytes = tiles.files.get(`tiles/${source}/${z}/${x}/${y}.pbf`);
  if (bytes === undefined) throw new Error(`no tile ${source}/${z}/${x}/${y}`);
  return new VectorTile(new PbfReader(bytes));
}

describe('vector tiles of the base sources', () => {
  it('covers every tile maplibre asks for within the bounds, at every zoom, for each source', () => {
    let expected = 0;
    for (let z = 0; z <= TILE_MAXZOOM; z++) {
      const { x0, x1, y0, y1 } = tileRange(tiles.bounds, z);
      expected += (x1 - x0) * (y1 - y0);
      for (const source of TILE_SOURCES) {
        expect(tiles.files.has(`tiles/${source}/${z}/${x0}/${y0}.pbf`)).toBe(true);
        expect(tiles.files.has(`tiles/${source}/${z}/${x1 - 1}/${y1 - 1}.pbf`)).toBe(true);
        expect(tiles.files.has(`tiles/${source}/${z}/${x1}/${y0}.pbf`)).toBe(false);
      }
    }
    expect(tiles.files.size).toBe(expected * TILE_SOURCES.length);
    expect(tiles.bounds).toEqual(buildGeometry(topology, index).bounds);
  });

  it('holds a known county with its fips and name, in a layer named after its source, where the GeoJSON has it', () => {
    const harris = buildGeometry(topology, index).counties.features.find((f) => f.properties.fips === '48201') as Feature<Polygon | MultiPolygon>;
    const ring = harris.geometry.type === 'Polygon' ? harris.geometry.coordinates[0]! : harris.geometry.coordinates[0]![0]!;
    const lngs = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    const z = 5;
    const [x, y] = tileOf([lngs[0]!, lats[0]!], z);
    const layer = decode('counties', z, x, y).layers.counties!;
    expect(layer.extent).toBe(EXTENT);
    const features = Array.from({ length: layer.length }, (_, i) => layer.feature(i));
    const found = features.find((f) => f.properties.fips === '48201');
    expect(found?.properties).toEqual({ fips: '48201', name: 'Harris' });
    // Its outline, back in map coordinates, spans what the GeoJSON's does (to a pixel at this zoom).
    const decoded = found!.toGeoJSON(x, y, z).geometry as Polygon | MultiPolygon;
    const points = (decoded.type === 'Polygon' ? decoded.coordinates : decoded.coordinates.flat()).flat();
    const pixel = 360 / 2 ** z / 512;
    expect(Math.abs(Math.min(...points.map((p) => p[0]!)) - Math.min(...lngs))).toBeLessThan(2 * pixel);
    expect(Math.abs(Math.max(...points.map((p) => p[0]!)) - Math.max(...lngs))).toBeLessThan(2 * pixel);
  });

  it('puts a place at its point at the deepest zoom, and writes a tile with nothing in it as an empty file', () => {
    const austin = index.jurisdictions.find((j) => j.id === 'TX-austin')!;
    const [x, y] = tileOf(austin.point!, TILE_MAXZOOM);
    const layer = decode('places', TILE_MAXZOOM, x, y).layers.places!;
    const feature = Array.from({ length: layer.length }, (_, i) => layer.feature(i)).find((f) => f.properties.fips === 'TX-austin');
    expect(feature?.properties.name).toBe('Austin');
    const [lng, lat] = (feature!.toGeoJSON(x, y, TILE_MAXZOOM).geometry as Point).coordinates as [number, number];
    expect(Math.abs(lng - austin.point![0])).toBeLessThan(1e-3);
    expect(Math.abs(lat - austin.point![1])).toBeLessThan(1e-3);
    // Only one place in the fixture: most places tiles are empty, and decode to no layer.
    const empty = [...tiles.files].filter(([name, bytes]) => name.startsWith('tiles/places/') && bytes.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    expect(Object.keys(new VectorTile(new PbfReader(empty[0]![1])).layers)).toEqual([]);
  });

  it('is content-addressed as one folder: tiles/ → tiles.<hash>/, listed in the manifest; one byte changes the hash', () => {
    const files = new Map<string, string | Buffer>([...tiles.files].map(([name, bytes]) => [name, Buffer.from(bytes)]));
    files.set('status.json', '{}');
    const { files: out, manifest } = contentAddress(files);
    const dir = manifest['data/tiles']!;
    expect(dir).toMatch(/^data\/tiles\.[0-9a-f]{10}$/);
    const name = `tiles/counties/0/0/0.pbf`;
    expect(out.get(`${dir.slice('data/'.length)}/counties/0/0/0.pbf`)).toEqual(files.get(name));
    expect([...out.keys()].filter((n) => n.startsWith('tiles/'))).toEqual([]);
    const changed = new Map(files);
    changed.set(name, Buffer.concat([Buffer.from(files.get(name)!), Buffer.from([0])]));
    expect(contentAddress(changed).manifest['data/tiles']).not.toBe(dir);
    expect(contentAddress(new Map(files)).manifest['data/tiles']).toBe(dir);
  });
});
