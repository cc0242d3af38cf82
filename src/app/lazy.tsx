/**
 * Components the first map does not need (table, tour, dialogs, detail panel, presentation bar)
 * load on first use: each is a chunk of its own, fetched when it first renders, or earlier through
 * `preload()` (the chart's prefetch). One preloaded renders at once, without suspending.
 */
import { type ComponentType, type JSX, lazy, Suspense, useState } from 'react';

export interface DeferredComponent<P> {
  (props: P): JSX.Element;
  /** Fetches the chunk now; a failure is not kept (the next call or first render tries again). */
  preload(): Promise<ComponentType<P>>;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): DeferredComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Deferred(props: P) {
    // Chosen once per mount: changing between the two later would remount what is inside.
    const [Ready] = useState(() => loaded);
    const attributes = props as P & JSX.IntrinsicAttributes;
    if (Ready !== undefined) return <Ready {...attributes} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...attributes} />
      </Suspense>
    );
  }
  return Object.assign(Deferred, { preload });
}
