/**
 * maplibre-gl 6, set up once: it has no default export, and its worker must be given its URL
 * (Vite emits the worker file and this import yields its URL), or the built site fails with
 * "Worker failed to load". Import maplibre through this module only.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
// Start the map's worker now, while the data downloads, rather than when the map is made
// (measured by npm run bench: the worker no longer arrives after the data).
try {
  maplibregl.prewarm();
} catch {
  // No workers here: the map reports its own error when it is made.
}

export { maplibregl };
