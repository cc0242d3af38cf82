/**
 * Components the first map does not need (table, tour, dialogs, detail panel, presentation bar)
 * load on first use: each is a chunk of its own, fetched when it first renders.
 */
import { type ComponentType, type JSX, lazy, Suspense } from 'react';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function Deferred(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...(props as P & JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  }
  return Deferred;
}
