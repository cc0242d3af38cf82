import { describe, expect, it, vi } from 'vitest';
import { followSize, nextSize } from './followSize';

function setup(width: number, height: number) {
  const container = document.createElement('div');
  const size = { width, height };
  Object.defineProperty(container, 'clientWidth', { get: () => size.width });
  Object.defineProperty(container, 'clientHeight', { get: () => size.height });
  let fire = () => {};
  const observer = { observe: vi.fn(), disconnect: vi.fn() };
  const map = { resize: vi.fn(), triggerRepaint: vi.fn() };
  const stop = followSize(map, container, (callback) => {
    fire = callback;
    return observer;
  });
  const resizeTo = (w: number, h: number) => {
    size.width = w;
    size.height = h;
    fire();
  };
  return { container, observer, map, stop, resizeTo };
}

describe('nextSize', () => {
  it('ignores a zero-size (hidden) container and an unchanged size', () => {
    expect(nextSize({ width: 800, height: 600 }, { width: 0, height: 0 })).toBeNull();
    expect(nextSize({ width: 800, height: 600 }, { width: 800, height: 0 })).toBeNull();
    expect(nextSize({ width: 800, height: 600 }, { width: 800, height: 600 })).toBeNull();
    expect(nextSize({ width: 800, height: 600 }, { width: 700, height: 600 })).toEqual({ width: 700, height: 600 });
    expect(nextSize(null, { width: 700, height: 600 })).toEqual({ width: 700, height: 600 });
  });
});

describe('followSize', () => {
  it('observes the container and resizes the map when its size really changes', () => {
    const { container, observer, map, resizeTo } = setup(800, 600);
    expect(observer.observe).toHaveBeenCalledWith(container);
    resizeTo(800, 600);
    expect(map.resize).not.toHaveBeenCalled();
    resizeTo(900, 600);
    expect(map.resize).toHaveBeenCalledTimes(1);
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
  });

  it('does not resize to 0 when hidden, nor when shown again at the same size', () => {
    const { map, resizeTo } = setup(800, 600);
    resizeTo(0, 0);
    resizeTo(800, 600);
    expect(map.resize).not.toHaveBeenCalled();
  });

  it('resizes once when the window changed while the map was hidden', () => {
    const { map, resizeTo } = setup(800, 600);
    resizeTo(0, 0);
    resizeTo(1000, 600);
    expect(map.resize).toHaveBeenCalledTimes(1);
  });

  it('a map made in a hidden container resizes when it first gets a size', () => {
    const { map, resizeTo } = setup(0, 0);
    resizeTo(800, 600);
    expect(map.resize).toHaveBeenCalledTimes(1);
  });

  it('stops observing', () => {
    const { observer, stop } = setup(800, 600);
    stop();
    expect(observer.disconnect).toHaveBeenCalledTimes(1);
  });
});
