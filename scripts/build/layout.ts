/**
 * The map's layout: an equal-area Albers USA projection with Alaska, Hawaii and Puerto Rico as
 * insets (d3's geoAlbersUsa layout extended to the territories), re-expressed as the longitude and
 * latitude that Web Mercator would draw at the same spot. maplibre only draws Web Mercator, so
 * feeding it these "layout coordinates" makes it draw the Albers layout, insets included.
 * Layout coordinates are not real positions: real lon/lat travel alongside in properties.
 */
import { geoAlbersUsaTerritories } from 'geo-albers-usa-territories';

const albers = geoAlbersUsaTerritories(); // scale 1070, translate [480, 250]: a 960×500 frame

/** Mercator world units (512 per world at zoom 0) per Albers pixel: ~60° of longitude across the frame. */
const UNITS_PER_PIXEL = 0.09;
const CENTER_LON = -96;
const CENTER_LAT = 38;
const WORLD = 512;

const centerX = ((CENTER_LON + 180) / 360) * WORLD;
const centerY = mercatorY(CENTER_LAT);

function mercatorY(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD;
}

function inverseMercator(x: number, y: number): [number, number] {
  const lon = (x / WORLD) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI;
  return [lon, lat];
}

/** Real [lon, lat] → layout [lon, lat]; undefined outside every inset. */
export function toLayout(lonLat: readonly [number, number]): [number, number] | undefined {
  const p = albers([lonLat[0], lonLat[1]]);
  if (!p) return undefined;
  return inverseMercator(centerX + (p[0] - 480) * UNITS_PER_PIXEL, centerY + (p[1] - 250) * UNITS_PER_PIXEL);
}
