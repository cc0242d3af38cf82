import { describe, expect, it } from 'vitest';
import { fixtureMapData } from '../testing/fixtures';
import { HATCH_SIZE, hatchImage, listedData } from './federalMarks';

describe('federal-list marks', () => {
  const { geometry } = fixtureMapData();

  it('holds the shapes and points of the named jurisdictions only, each with its level', () => {
    const data = listedData(geometry, new Set(['06', '06037', 'CA-los-angeles', 'nowhere']));
    expect(data.features.map((f) => [f.properties.id, f.properties.level, f.geometry.type])).toEqual([
      ['06', 'state', geometry.states.features.find((f) => f.properties.fips === '06')!.geometry.type],
      ['06037', 'county', geometry.counties.features.find((f) => f.properties.fips === '06037')!.geometry.type],
      ['CA-los-angeles', 'place', 'Point'],
    ]);
    expect(listedData(geometry, new Set()).features).toEqual([]);
  });

  it('draws a hatch tile that repeats without a seam', () => {
    const { width, height, data } = hatchImage();
    expect([width, height]).toEqual([HATCH_SIZE, HATCH_SIZE]);
    expect(data).toHaveLength(HATCH_SIZE * HATCH_SIZE * 4);
    const alpha = (x: number, y: number) => data[((y % HATCH_SIZE) * HATCH_SIZE + (x % HATCH_SIZE)) * 4 + 3]!;
    // Dark pixels on a diagonal, transparent between: the next tile continues the same line.
    expect(alpha(0, 0)).toBeGreaterThan(200);
    expect(alpha(7, 1)).toBe(alpha(8, 0));
    expect(alpha(4, 0)).toBe(0);
    const opaque = [...Array(HATCH_SIZE * HATCH_SIZE).keys()].filter((i) => data[i * 4 + 3]! > 0).length;
    // Most of the tile stays clear, so the category colour shows through.
    expect(opaque / (HATCH_SIZE * HATCH_SIZE)).toBeLessThan(0.5);
  });
});
