/**
 * Text that travels in a feature's chunk, added to the interface text: one object per loaded
 * language (cached, so components re-render only when a language arrives).
 */
import type { Strings } from './strings';

export function memoByStrings<T>(extend: (strings: Strings) => T): (strings: Strings) => T {
  const cache = new WeakMap<Strings, T>();
  return (strings) => {
    let all = cache.get(strings);
    if (all === undefined) {
      all = extend(strings);
      cache.set(strings, all);
    }
    return all;
  };
}
