/**
 * The map framed for an exported image: the whole country with its Alaska, Hawaii and Puerto Rico
 * insets, at a fixed size and at least twice the screen's resolution, whatever the reader's window
 * or zoom. The live map is borrowed for the moment of the export: its container is laid out off
 * screen at the export size, the camera fits the whole layout, the frame is copied by `draw` in
 * the task that renders it, and then size, resolution and camera are put back as they were.
 */
import type { MapInstance } from './mapHandle';

/** CSS pixels of the exported map (Albers USA with insets is about 1.6 : 1). */
export const EXPORT_MAP_SIZE = { width: 1200, height: 760 } as const;
/** Device pixels per CSS pixel: print quality, and never less than the screen's own. */
export function exportPixelRatio(devicePixelRatio: number): number {
  return Math.min(4, Math.max(2, devicePixelRatio));
}

export type Bounds = [number, number, number, number];

const IDLE_TIMEOUT_MS = 8000;

function idle(map: MapInstance): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, IDLE_TIMEOUT_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

export async function withWholeMap<T>(map: MapInstance, bounds: Bounds, draw: (canvas: HTMLCanvasElement) => T, win: Window = window): Promise<T> {
  const container = map.getContainer();
  const saved = {
    style: container.getAttribute('style'),
    center: map.getCenter(),
    zoom: map.getZoom(),
    pixelRatio: map.getPixelRatio(),
    maxBounds: map.getMaxBounds(),
  };
  try {
    Object.assign(container.style, {
      position: 'fixed',
      left: '-20000px',
      top: '0',
      width: `${EXPORT_MAP_SIZE.width}px`,
      height: `${EXPORT_MAP_SIZE.height}px`,
    });
    map.setPixelRatio(exportPixelRatio(win.devicePixelRatio || 1));
    // The reader's bounds keep the camera on the US; the export frame needs the whole layout.
    map.setMaxBounds(null);
    map.resize();
    map.fitBounds(bounds, { padding: 16, animate: false });
    await idle(map);
    // Same task: render a frame, then copy it before the browser presents and clears the buffer.
    map.redraw();
    return draw(map.getCanvas());
  } finally {
    if (saved.style === null) container.removeAttribute('style');
    else container.setAttribute('style', saved.style);
    map.setPixelRatio(saved.pixelRatio);
    map.resize();
    map.setMaxBounds(saved.maxBounds);
    map.jumpTo({ center: saved.center, zoom: saved.zoom });
  }
}
