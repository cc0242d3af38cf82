import { describe, expect, it, vi } from 'vitest';
import { applyCamera, fitPadding, REPORT_VIEW } from './camera';

/** A stand-in for the maplibre map with just what the camera uses. */
function fakeMap() {
  const canvas = document.createElement('canvas');
  Object.defineProperty(canvas, 'clientWidth', { value: 800 });
  Object.defineProperty(canvas, 'clientHeight', { value: 500 });
  return { fitBounds: vi.fn(), flyTo: vi.fn(), jumpTo: vi.fn(), getCanvas: () => canvas };
}

describe('camera requests', () => {
  it('moves the map as the reader’s own view, animated or not', () => {
    const map = fakeMap();
    // Only the camera methods are called.
    const instance = map as unknown as Parameters<typeof applyCamera>[0];
    applyCamera(instance, { kind: 'fit', bounds: [0, 0, 1, 1], maxZoom: 6 }, false);
    expect(map.fitBounds).toHaveBeenCalledWith([0, 0, 1, 1], expect.objectContaining({ maxZoom: 6, animate: true, padding: fitPadding(800, 500) }), REPORT_VIEW);
    applyCamera(instance, { kind: 'center', center: [1, 2], zoom: 5 }, false);
    expect(map.flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [1, 2], zoom: 5 }), REPORT_VIEW);
    applyCamera(instance, { kind: 'center', center: [1, 2], zoom: 5 }, true);
    expect(map.jumpTo).toHaveBeenCalledWith({ center: [1, 2], zoom: 5 }, REPORT_VIEW);
    applyCamera(instance, { kind: 'fit', bounds: [0, 0, 1, 1], maxZoom: 6 }, true);
    expect(map.fitBounds).toHaveBeenLastCalledWith([0, 0, 1, 1], expect.objectContaining({ animate: false }), REPORT_VIEW);
  });
});
