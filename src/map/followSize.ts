/**
 * Keeps the map's canvas the size of its container, for a map made with `trackResize: false`.
 *
 * maplibre's own observer resizes on every change, including to 0×0 when the map's tab is hidden
 * (display: none) behind the chart or table; coming back then resized the canvas again and redrew
 * every county — most of the cost of switching back to the map. Here a hidden (zero-size)
 * container is ignored, and a container that comes back at the size it had does nothing.
 */
export interface Resizable {
  resize(): unknown;
  triggerRepaint(): void;
}

export interface Size {
  width: number;
  height: number;
}

/** The size to resize to, or null when nothing should happen (hidden, or unchanged). */
export function nextSize(last: Size | null, now: Size): Size | null {
  if (now.width <= 0 || now.height <= 0) return null;
  if (last !== null && last.width === now.width && last.height === now.height) return null;
  return now;
}

type ResizeObserverLike = Pick<ResizeObserver, 'observe' | 'disconnect'>;
type ResizeObserverFactory = (callback: () => void) => ResizeObserverLike;

// jsdom (the unit tests' DOM) has no ResizeObserver: nothing to follow there.
const browserObserver: ResizeObserverFactory = (callback) =>
  typeof ResizeObserver === 'undefined' ? { observe: () => {}, disconnect: () => {} } : new ResizeObserver(callback);

/** Starts following; returns the function that stops. */
export function followSize(map: Resizable, container: HTMLElement, observe: ResizeObserverFactory = browserObserver): () => void {
  // The size maplibre measured when it made the canvas (it reads clientWidth/clientHeight too).
  let last: Size | null = nextSize(null, { width: container.clientWidth, height: container.clientHeight });
  const observer = observe(() => {
    const next = nextSize(last, { width: container.clientWidth, height: container.clientHeight });
    if (next === null) return;
    last = next;
    map.resize();
    map.triggerRepaint();
  });
  observer.observe(container);
  return () => observer.disconnect();
}
