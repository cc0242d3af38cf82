/**
 * A stand-in for maplibre-gl in jsdom tests (jsdom has no WebGL):
 *   vi.mock('maplibre-gl', () => import('../testing/maplibreMock'));
 * It records what the app asks of the map so tests can check it (sources, layers, feature-state,
 * visibility) and lets tests fire map events.
 */
import { vi } from 'vitest';

type Handler = (event: Record<string, unknown>) => void;

export interface FakeFeature {
  id?: string | number;
  source: string;
  sourceLayer?: string;
  properties: Record<string, unknown>;
}

/** What setFeatureState takes: a vector source's feature also needs its layer. */
export interface FeatureTarget {
  source: string;
  sourceLayer?: string;
  id: string;
}

/**
 * As much of a WebGL2 context as a GPU fence uses (src/map/whenGpuDone.ts): `done` says whether
 * the GPU has finished what was drawn; a test sets it false to hold the first draw.
 */
export function fakeFenceContext() {
  return {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED: 0x9119,
    UNSIGNALED: 0x9118,
    done: true,
    fenceSync: vi.fn(() => ({})),
    flush: vi.fn(),
    deleteSync: vi.fn(),
    getSyncParameter(): number {
      return this.done ? this.SIGNALED : this.UNSIGNALED;
    },
  };
}

export class FakeMap {
  static instances: FakeMap[] = [];
  static last(): FakeMap {
    const map = FakeMap.instances.at(-1);
    if (map === undefined) throw new Error('no map was created');
    return map;
  }

  readonly handlers = new Map<string, Handler[]>();
  readonly sources = new Map<string, Record<string, unknown>>();
  readonly layers: { id: string; type: string; layout?: Record<string, unknown> }[] = [];
  readonly featureState = new Map<string, Record<string, unknown>>();
  readonly setFeatureStateCalls: [FeatureTarget, Record<string, unknown>][] = [];
  readonly setData = vi.fn();
  readonly canvas = document.createElement('canvas');
  readonly touchZoomRotate = { disableRotation: vi.fn() };
  readonly keyboard = { disableRotation: vi.fn() };
  readonly fitBounds = vi.fn();
  readonly flyTo = vi.fn();
  readonly easeTo = vi.fn();
  readonly jumpTo = vi.fn();
  readonly resize = vi.fn();
  readonly removeLayer = vi.fn();
  readonly removeSource = vi.fn();
  readonly setPaintProperty = vi.fn();
  readonly addImage = vi.fn((name: string) => {
    this.images.add(name);
  });
  readonly images = new Set<string>();
  readonly addControl = vi.fn();
  readonly remove = vi.fn();
  removed = false;
  /** Frames maplibre itself would have drawn: triggerRepaint calls that reached the map's own method. */
  repaints = 0;
  /** What queryRenderedFeatures answers next. */
  featuresUnderPointer: FakeFeature[] = [];

  /** The map's WebGL2 context, as far as the first draw's GPU fence goes (src/map/whenGpuDone.ts). */
  readonly gl = fakeFenceContext();

  constructor(readonly options: Record<string, unknown>) {
    FakeMap.instances.push(this);
    // jsdom has no WebGL: the canvas answers with the fake context above.
    this.canvas.getContext = ((type: string) => (type === 'webgl2' ? this.gl : null)) as HTMLCanvasElement['getContext'];
    this.remove.mockImplementation(() => {
      this.removed = true;
    });
  }

  on(type: string, handler: Handler): this {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
    return this;
  }

  off(type: string, handler: Handler): this {
    this.handlers.set(type, (this.handlers.get(type) ?? []).filter((h) => h !== handler));
    return this;
  }

  fire(type: string, event: Record<string, unknown> = {}): void {
    for (const handler of this.handlers.get(type) ?? []) handler({ type, ...event });
  }

  addSource(id: string, spec: Record<string, unknown>): void {
    this.sources.set(id, spec);
  }

  /** A method, not a field: the app gates it with an own property while the first tiles load (holdFrames.ts). */
  triggerRepaint(): void {
    this.repaints++;
  }

  hasImage(name: string): boolean {
    return this.images.has(name);
  }

  isSourceLoaded(id: string): boolean {
    return this.sources.has(id);
  }

  getSource(id: string) {
    return this.sources.has(id) ? { setData: this.setData } : undefined;
  }

  addLayer(spec: { id: string; type: string; layout?: Record<string, unknown> }): void {
    this.layers.push({ ...spec, layout: { ...(spec.layout ?? {}) } });
  }

  getLayer(id: string) {
    return this.layers.find((l) => l.id === id);
  }

  setLayoutProperty(id: string, name: string, value: unknown): void {
    const layer = this.getLayer(id);
    if (layer === undefined) throw new Error(`no layer ${id}`);
    layer.layout = { ...(layer.layout ?? {}), [name]: value };
  }

  setFeatureState(ref: FeatureTarget, state: Record<string, unknown>): void {
    // maplibre fires an error event and sets nothing; a test should fail loudly instead.
    if (this.sources.get(ref.source)?.type === 'vector' && ref.sourceLayer === undefined) {
      throw new Error(`setFeatureState on vector source "${ref.source}" without a sourceLayer`);
    }
    this.setFeatureStateCalls.push([ref, state]);
    const key = `${ref.source}/${ref.id}`;
    this.featureState.set(key, { ...(this.featureState.get(key) ?? {}), ...state });
  }

  stateOf(source: string, id: string): Record<string, unknown> {
    return this.featureState.get(`${source}/${id}`) ?? {};
  }

  queryRenderedFeatures(_point: unknown, options: { layers?: string[] } = {}): FakeFeature[] {
    void options;
    return this.featuresUnderPointer;
  }

  container(): unknown {
    return this.options.container;
  }

  getCanvas(): HTMLCanvasElement {
    return this.canvas;
  }

  getCenter() {
    return { lng: -96, lat: 38 };
  }

  getZoom(): number {
    return 3.5;
  }

  /** What the layout hooks (camera padding, tour label) read. */
  getContainer(): HTMLElement {
    return this.options.container as HTMLElement;
  }

  isMoving(): boolean {
    return false;
  }

  once(type: string, handler: Handler): this {
    const wrapped: Handler = (e) => {
      this.off(type, wrapped);
      handler(e);
    };
    return this.on(type, wrapped);
  }

  getPadding() {
    return { top: 0, right: 0, bottom: 0, left: 0 };
  }

  project(): { x: number; y: number } {
    return { x: 0, y: 0 };
  }

  unproject(): { lng: number; lat: number } {
    return this.getCenter();
  }
}

export { FakeMap as Map };
export class NavigationControl {
  constructor(readonly options: unknown) {}
}
export const setWorkerUrl = vi.fn();
export const prewarm = vi.fn();
