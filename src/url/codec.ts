/**
 * The page's state as URL query parameters, and back. Pure: no window, no store. What each
 * parameter means, reads and writes is declared once in ./params.ts; this module only walks that
 * table. Parameters it does not own are left in place by `mergeSearch`.
 */
import { type CodecOptions, URL_KEYS, URL_PARAMS_TABLE, type UrlKey, type UrlState } from './params';

/** The state a link without parameters opens. */
export const DEFAULT_URL_STATE: UrlState = Object.fromEntries(
  URL_KEYS.filter((key) => URL_PARAMS_TABLE[key].default !== undefined).map((key) => [key, URL_PARAMS_TABLE[key].default]),
) as unknown as UrlState; // built from the table, which names every key

/** The parameter names this codec owns. */
export const URL_PARAMS: readonly string[] = URL_KEYS.map((key) => URL_PARAMS_TABLE[key].name);

// The table's spec for one key, with the key's value type loosened: each spec reads and writes
// exactly its own key, which TypeScript cannot follow through a loop over keys.
type AnySpec = {
  name: string;
  parse(value: string, options: CodecOptions): unknown;
  format(value: unknown, options: Pick<CodecOptions, 'today'>): string | undefined;
};
const specOf = (key: UrlKey) => URL_PARAMS_TABLE[key] as unknown as AnySpec;

export function parseUrlState(search: string | URLSearchParams, options: CodecOptions): UrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE };
  for (const key of URL_KEYS) {
    const spec = specOf(key);
    const raw = params.get(spec.name);
    const value = raw === null ? undefined : spec.parse(raw, options);
    if (value !== undefined) state[key] = value;
  }
  return state as unknown as UrlState;
}

/** Only the non-default values, in a stable order. */
export function serialiseUrlState(state: UrlState, options: Pick<CodecOptions, 'today'>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of URL_KEYS) {
    const value = state[key];
    if (value === undefined) continue;
    const spec = specOf(key);
    const text = spec.format(value, options);
    if (text !== undefined) params.set(spec.name, text);
  }
  return params;
}

/**
 * `existing` (a location.search) with this codec's params replaced by `state`'s and every other
 * param kept; returns "" or "?…". Slashes in `at` are left readable.
 */
export function mergeSearch(existing: string, state: UrlState, options: Pick<CodecOptions, 'today'>): string {
  const params = new URLSearchParams(existing);
  for (const name of URL_PARAMS) params.delete(name);
  for (const [name, value] of serialiseUrlState(state, options)) params.set(name, value);
  const text = params.toString().replace(/%2F/gi, '/');
  return text === '' ? '' : `?${text}`;
}
