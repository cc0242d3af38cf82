import { describe, expect, it } from 'vitest';
import { fixtureStatusIndex, fixtureTopology } from '../testing/fixtures';
import { buildGeometry } from './buildGeometry';
import { boundsOf, maxBoundsFor } from './geometry';

describe('buildGeometry', () => {
  const geometry = buildGeometry(fixtureTopology(), fixtureStatusIndex());

  it('puts the FIPS in a property of every feature', () => {
    expect(geometry.states.features.map((f) => f.properties.fips)).toEqual(['06', '48']);
    expect(geometry.counties.features.map((f) => f.properties)).toEqual([
      { fips: '06037', name: 'Los Angeles' },
      { fips: '06075', name: 'San Francisco' },
      { fips: '48201', name: 'Harris' },
    ]);
  });

  it('draws places at their projected point', () => {
    expect(geometry.places.features).toEqual([
      { type: 'Feature', properties: { fips: 'CA-los-angeles', name: 'Los Angeles' }, geometry: { type: 'Point', coordinates: [-118, 32] } },
    ]);
  });

  it('meshes state borders into one feature', () => {
    expect(geometry.stateBorders.features).toHaveLength(1);
    expect(geometry.stateBorders.features[0]?.geometry.type).toBe('MultiLineString');
  });

  it('computes bounds from the data', () => {
    const [w, s, e, n] = geometry.bounds;
    expect(w).toBeCloseTo(-120, 3);
    expect(s).toBeCloseTo(26, 3);
    expect(e).toBeCloseTo(-92, 3);
    expect(n).toBeCloseTo(38, 3);
    expect(boundsOf([])).toBeUndefined();
  });

  it('gives maxBounds that contain the data with room to pan and a portrait screen', () => {
    const max = maxBoundsFor([-125, 23, -65, 50]);
    expect(max[0]).toBeLessThan(-125);
    expect(max[2]).toBeGreaterThan(-65);
    expect(max[1]).toBeLessThan(23);
    expect(max[3]).toBeGreaterThan(50);
    expect(max[1]).toBeGreaterThanOrEqual(-85);
    expect(max[3]).toBeLessThanOrEqual(85);
  });

  it('is wide enough for a short, wide map to show the whole height, centred on the data', () => {
    const data: [number, number, number, number] = [-125, 23, -65, 50];
    const max = maxBoundsFor(data);
    const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);
    // A 4:1 map showing the data's full height.
    expect(max[2] - max[0]).toBeGreaterThanOrEqual(4 * (y(50) - y(23)));
    expect((max[0] + max[2]) / 2).toBeCloseTo(-95, 6);
    expect(max[0]).toBeGreaterThanOrEqual(-180);
    expect(max[2]).toBeLessThanOrEqual(180);
  });
});
