declare module 'geo-albers-usa-territories' {
  import type { GeoProjection } from 'd3-geo';
  export function geoAlbersUsaTerritories(): GeoProjection;
}
