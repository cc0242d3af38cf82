/**
 * The first map is drawn once, complete: maplibre's frames are held while the first tiles load.
 *
 * Each source that loads and each tile that arrives asks maplibre for a frame. On software WebGL
 * (where a school laptop without GPU acceleration ends up) the page composites a WebGL canvas by
 * reading it back, which waits for everything the GPU process has been sent since the last read:
 * the ~20 frames drawn while tiles arrived (behind a hidden canvas and hidden layers, as before)
 * were paid for at the first visible frame, and showing the layers was a style change, which costs
 * maplibre a follow-up frame. Held, the loading draws nothing but the few frames in which maplibre
 * asks for a source's tiles, and the first visible frame is the complete map (BENCHMARKS.md).
 *
 * maplibre has no public way to pause drawing; its own code asks for frames through the map's
 * `triggerRepaint`, so an own property on the map instance gates them until the release, which
 * deletes it (the prototype's method again). tests/browser/map.test.ts checks the real map draws.
 */
import type { Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** After this long the map is drawn with whatever has loaded (a source that never answers). */
const GIVE_UP_MS = 15_000;

/**
 * Holds the map's frames until every one of `sources` has its first tiles loaded (or a source
 * fails, or GIVE_UP_MS passes), then calls `onLoaded`. Returns a cancel for the map's removal.
 */
export function holdFramesUntilLoaded(map: MaplibreMap, sources: readonly string[], onLoaded: () => void): () => void {
  const frame = map.triggerRepaint.bind(map);
  const withTiles = new Set<string>();
  let held = true;
  const stop = () => {
    held = false;
    clearTimeout(timer);
    map.off('sourcedata', onData);
    map.off('error', release);
    delete (map as { triggerRepaint?: unknown }).triggerRepaint;
  };
  function release() {
    if (!held) return;
    stop();
    onLoaded();
    map.triggerRepaint();
  }
  function onData(e: MapSourceDataEvent) {
    // A source that has just loaded asks for its tiles in the next frame.
    if (e.sourceDataType === 'metadata') frame();
    if (e.tile !== undefined) withTiles.add(e.sourceId);
    if (sources.every((id) => withTiles.has(id) && map.isSourceLoaded(id))) release();
  }
  map.triggerRepaint = () => {
    if (!held) frame();
  };
  const timer = setTimeout(release, GIVE_UP_MS);
  map.on('sourcedata', onData);
  map.on('error', release);
  return () => {
    if (held) stop();
  };
}
