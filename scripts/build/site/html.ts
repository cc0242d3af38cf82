/** Small helpers for writing HTML by hand: escaping, and links relative to the page or absolute. */

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Where a page sits: its folder from the site root ('' for the root, 'place/06037/es/'). */
export interface PageAt {
  dir: string;
  /** SITE_URL with a trailing slash, or undefined: links stay relative. */
  site: string | undefined;
}

/** A link from the page to a path from the site root ('' is the home page, 'place/06/'). */
export function href(page: PageAt, path: string): string {
  const depth = page.dir.split('/').filter(Boolean).length;
  const up = '../'.repeat(depth);
  return up + path || './';
}

/** An absolute URL when the build knows the site's address, else undefined. */
export function absolute(page: Pick<PageAt, 'site'>, path: string): string | undefined {
  return page.site === undefined ? undefined : new URL(path, page.site).href;
}

/** SITE_URL as given, normalised to end with '/'; undefined if unset or not http(s). */
export function siteUrlFrom(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL: "${value}" is not a URL (expected e.g. https://example.org/ice-map/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL: "${value}" must be http(s)`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
