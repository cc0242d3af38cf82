/**
 * Links to exactly what the reader sees: every shareable piece of state (date, selection, map
 * position, layer, language, view, mode) through the one URL codec, on this page's own address.
 * Query parameters that an embedding host or a tool added (pym.js's childId, initialWidth,
 * parentTitle, parentUrl; bench) are dropped, so a shared or embedded link is clean.
 */
import { type AppData, urlStateOf } from '../store/appStore';
import { mergeSearch } from '../url/codec';
import type { UrlState } from '../url/params';

/** Parameters that belong to a host page or tool, never to a view. */
const HOST_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl', 'bench'] as const;

export function withoutHostParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of HOST_PARAMS) params.delete(name);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The page's address without query or fragment ("https://example.org/maps/ice/" or ".../index.html"). */
export function pageBase(href: string): string {
  const cut = href.search(/[?#]/);
  return cut === -1 ? href : href.slice(0, cut);
}

/** The link to the view `state` describes, with `overrides` (e.g. embed on, presentation off). */
export function viewUrl(href: string, state: AppData, overrides: Partial<UrlState> = {}): string {
  const search = href.includes('?') ? href.slice(href.indexOf('?')).split('#')[0]! : '';
  const params = mergeSearch(withoutHostParams(search), { ...urlStateOf(state), ...overrides }, { today: state.today });
  return `${pageBase(href)}${params}`;
}
