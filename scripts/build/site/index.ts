/**
 * The static site stage of the build: from the data the app reads, render the poster, the share
 * image, a page per jurisdiction (English and Spanish), the states' index, the Spanish front page
 * without JavaScript, sitemap.xml and robots.txt. Pure: returns files (path from the site root →
 * content); the CLI writes them atomically with the data.
 */
import type { Topology } from 'topojson-specification';
import type { RecordIndex, StatusIndex } from '../../../src/domain/dataset';
import type { IsoDay } from '../../../src/domain/dates';
import { formatDay } from '../../../src/i18n/format';
import { absolute, esc, href, type PageAt } from './html';
import { ogSvg, renderOgPng } from './og';
import { document, familyOf, head, legendHtml, mapLink, pageFooter, placeDir, placePage, statesIndexPage, STYLESHEET, type SiteContext } from './pages';
import { renderPoster, type Poster } from './poster';
import { STATIC_CSS } from './style';
import { SITE_LANGS, WORDS, type SiteLang } from './words';

export const OG_IMAGE = 'og.png';

export interface SiteInput {
  topology: Topology;
  index: StatusIndex;
  records: RecordIndex;
  day: IsoDay;
  site: string | undefined;
  downloads: SiteContext['downloads'];
  hasChanges: boolean;
}

/** What the vite build puts into index.html (see vite.config.ts): head tags and the poster block. */
export interface FrontFragments {
  head: string;
  body: string;
}

export interface SiteOutput {
  files: Map<string, string | Buffer>;
  front: FrontFragments;
  poster: Poster;
  pages: number;
}

/** The poster block of a front page: the picture (kept with JS until the map is ready), the rest for no-JS readers. */
function frontBody(page: PageAt, lang: SiteLang, ctx: SiteContext, poster: Poster, withNoscript: boolean): string {
  const w = WORDS[lang];
  const date = formatDay(ctx.day, w.locale);
  const facts = [
    `<h1>${esc(w.siteTitle)}</h1>`,
    `<p>${esc(w.siteDescription)}</p>`,
    `<p class="poster__note">${esc(w.noScript)}</p>`,
    legendHtml(poster.counts, w, date),
    pageFooter(page, ctx, w, lang),
  ].join('\n');
  const other: SiteLang = lang === 'en' ? 'es' : 'en';
  const otherFront = other === 'en' ? '' : 'es/';
  const picture = `<div id="poster" class="poster" data-day="${ctx.day}">${poster.svg}</div>`;
  const languageLink = `<p><a href="${href(page, otherFront)}" hreflang="${other}" lang="${other}">${w.otherLanguage}</a> · <a href="${href(page, lang === 'en' ? 'place/' : 'place/es/')}">${esc(w.allStates)}</a></p>`;
  return withNoscript
    ? `${picture}\n<noscript><div class="poster__facts">${languageLink}\n${facts}</div></noscript>`
    : `<div class="poster__facts">${languageLink}\n${facts}</div>\n${picture}`;
}

function frontHead(page: PageAt, lang: SiteLang, ctx: SiteContext): string {
  const w = WORDS[lang];
  const tags = [
    `<meta property="og:title" content="${esc(w.siteTitle)}">`,
    `<meta property="og:description" content="${esc(w.siteDescription)}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:image" content="${esc(absolute(page, OG_IMAGE) ?? href(page, OG_IMAGE))}">`,
    '<meta property="og:image:width" content="1200">',
    '<meta property="og:image:height" content="630">',
    `<meta property="og:image:alt" content="${esc(w.posterCaption(formatDay(ctx.day, w.locale)))}">`,
    '<meta name="twitter:card" content="summary_large_image">',
  ];
  const url = absolute(page, page.dir);
  if (url) tags.push(`<meta property="og:url" content="${esc(url)}">`, `<link rel="canonical" href="${esc(url)}">`);
  // hreflang wants absolute URLs (Lighthouse SEO fails a relative one): only with SITE_URL set.
  for (const l of SITE_LANGS) {
    const alt = absolute(page, l === 'en' ? '' : 'es/');
    if (alt) tags.push(`<link rel="alternate" hreflang="${l}" href="${esc(alt)}">`);
  }
  return tags.join('\n    ');
}

export function sitemap(paths: readonly string[], site: string | undefined): string {
  const loc = (p: string) => esc(site === undefined ? p || './' : new URL(p, site).href);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
    .map((p) => `<url><loc>${loc(p)}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
}

export function robots(site: string | undefined): string {
  return `User-agent: *\nAllow: /\n${site === undefined ? '' : `Sitemap: ${new URL('sitemap.xml', site).href}\n`}`;
}

export function renderSite(input: SiteInput): SiteOutput {
  const ctx: SiteContext = {
    index: input.index,
    records: input.records,
    day: input.day,
    site: input.site,
    downloads: input.downloads,
    hasChanges: input.hasChanges,
  };
  const files = new Map<string, string | Buffer>();
  const posterEn = renderPoster(input.topology, input.index, input.day, { label: WORDS.en.posterCaption(formatDay(input.day, 'en-US')) });
  const posterEs = { ...posterEn, svg: posterEn.svg.replace(/aria-label="[^"]*"/, `aria-label="${esc(WORDS.es.posterCaption(formatDay(input.day, 'es-US')))}"`) };
  files.set(OG_IMAGE, renderOgPng(ogSvg(posterEn, WORDS.en, formatDay(input.day, 'en-US'), formatDay(input.index.asOf, 'en-US'))));
  files.set(STYLESHEET, STATIC_CSS);

  const family = familyOf(input.index);
  const paths: string[] = ['', 'es/', 'place/', 'place/es/'];
  for (const entry of input.index.jurisdictions) {
    for (const lang of SITE_LANGS) {
      const dir = placeDir(entry.id, lang);
      files.set(`${dir}index.html`, placePage(entry, lang, ctx, family));
      paths.push(dir);
    }
  }
  for (const lang of SITE_LANGS) files.set(`${lang === 'en' ? 'place/' : 'place/es/'}index.html`, statesIndexPage(lang, ctx, family));

  // The Spanish front page without JavaScript: the poster and facts, and the way into the map in Spanish.
  const esPage: PageAt = { dir: 'es/', site: input.site };
  const w = WORDS.es;
  const esHead =
    head({ page: esPage, lang: 'es', title: w.siteTitle, description: w.siteDescription, alternates: { en: '', es: 'es/' }, ogImage: OG_IMAGE }) +
    '';
  const esBody = `<header><p><a class="button" href="${href(esPage, '') + mapLink(undefined, 'es')}">${esc(w.interactive)}</a></p></header>\n<main class="front">${frontBody(esPage, 'es', ctx, posterEs, false)}</main>`;
  files.set('es/index.html', document('es', esHead, esBody));

  files.set('sitemap.xml', sitemap(paths, input.site));
  files.set('robots.txt', robots(input.site));

  const frontPage: PageAt = { dir: '', site: input.site };
  return {
    files,
    front: { head: frontHead(frontPage, 'en', ctx), body: frontBody(frontPage, 'en', ctx, posterEn, true) },
    poster: posterEn,
    pages: input.index.jurisdictions.length * SITE_LANGS.length,
  };
}
