import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MapInstance, setMapInstance, watchMapInstance } from './mapHandle';
import { installPrintSnapshot, PRINT_SNAPSHOT_CLASS } from './print';

afterEach(() => setMapInstance(null));

function fakeMap() {
  const container = document.createElement('div');
  document.body.append(container);
  const canvas = document.createElement('canvas');
  const order: string[] = [];
  canvas.toDataURL = () => {
    order.push('read');
    return 'data:image/png;base64,AAAA';
  };
  const map = {
    redraw: vi.fn(() => order.push('draw')),
    getCanvas: () => canvas,
    getContainer: () => container,
  };
  return { map, container, order, instance: map as unknown as MapInstance }; // only what print uses
}

describe('print snapshot', () => {
  it('puts a still of a freshly drawn frame over the map while printing, then removes it', () => {
    const { container, order, instance } = fakeMap();
    setMapInstance(instance);
    const uninstall = installPrintSnapshot(window);
    window.dispatchEvent(new Event('beforeprint'));
    const image = container.querySelector(`img.${PRINT_SNAPSHOT_CLASS}`) as HTMLImageElement;
    expect(image.src).toBe('data:image/png;base64,AAAA');
    expect(image.alt).toBe('');
    expect(order).toEqual(['draw', 'read']);
    window.dispatchEvent(new Event('afterprint'));
    expect(container.querySelector('img')).toBeNull();
    uninstall();
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.querySelector('img')).toBeNull();
  });

  it('prints without a snapshot when there is no map', () => {
    const uninstall = installPrintSnapshot(window);
    expect(() => window.dispatchEvent(new Event('beforeprint'))).not.toThrow();
    uninstall();
  });
});

describe('map handle', () => {
  it('tells watchers about the map now and when it changes', () => {
    const seen: unknown[] = [];
    const stop = watchMapInstance((m) => seen.push(m));
    const { instance } = fakeMap();
    setMapInstance(instance);
    setMapInstance(instance);
    stop();
    setMapInstance(null);
    expect(seen).toEqual([null, instance]);
  });
});
