/**
 * A plain HTML page per jurisdiction, in English (place/<id>/) and Spanish (place/<id>/es/), that
 * works without JavaScript: status today, its history in words, every record with its citation,
 * summary and sources, the federal lists that name it, and links into the map and to its state.
 * States' pages list their counties and places, so every page is reachable by links, not only the sitemap.
 */
import { CATEGORIES, CATEGORY_COLORS, type Category } from '../../../src/domain/categories';
import type { JurisdictionEntry, PolicyRecord, RecordIndex, StatusIndex } from '../../../src/domain/dataset';
import type { IsoDay } from '../../../src/domain/dates';
import { STATE_BY_FIPS } from '../../../src/domain/states';
import { intervalPrecision, statusOn } from '../../../src/domain/status';
import { formatDay, formatNumber, formatPartial, precisionOf } from '../../../src/i18n/format';
import { absolute, esc, href, type PageAt } from './html';
import { SITE_LANGS, WORDS, type SiteLang, type Words } from './words';

export interface SiteContext {
  index: StatusIndex;
  records: RecordIndex;
  /** The day the pages call "today": the build's poster day. */
  day: IsoDay;
  site: string | undefined;
  /** Paths from the site root of the downloads (content-addressed names included). */
  downloads: { recordsCsv: string; geojson: string };
  /** Whether public/changes/index.html exists (another stage writes it). */
  hasChanges: boolean;
}

export const STYLESHEET = 'static.css';

export function placeDir(id: string, lang: SiteLang): string {
  return lang === 'en' ? `place/${id}/` : `place/${id}/es/`;
}

export function mapLink(id: string | undefined, lang: SiteLang): string {
  const params = new URLSearchParams();
  if (id !== undefined) params.set('j', id);
  if (lang !== 'en') params.set('lang', lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * "Harris County, Texas" / "Condado de Harris, Texas"; states are their own name. The atlas names
 * counties without their kind; Louisiana's are parishes, Alaska's and Puerto Rico's units and
 * Virginia's independent cities are left as named.
 */
export function fullName(entry: JurisdictionEntry, lang: SiteLang = 'en'): string {
  if (entry.level === 'state') return entry.name;
  let name = entry.name;
  if (entry.level === 'county' && !['02', '72'].includes(entry.state) && !/\bcity$/i.test(name)) {
    const parish = entry.state === '22';
    name = lang === 'en' ? `${name} ${parish ? 'Parish' : 'County'}` : `${parish ? 'Parroquia' : 'Condado'} de ${name}`;
  }
  const state = STATE_BY_FIPS.get(entry.state)?.name;
  return state ? `${name}, ${state}` : name;
}

interface HeadArgs {
  page: PageAt;
  lang: SiteLang;
  title: string;
  description: string;
  /** Folder of this page in each language, for hreflang and the language link. */
  alternates: Record<SiteLang, string>;
  ogImage?: string;
}

export function head(args: HeadArgs): string {
  const { page, lang } = args;
  const canonical = absolute(page, page.dir);
  const lines = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(args.title)}</title>`,
    `<meta name="description" content="${esc(args.description)}">`,
    `<link rel="stylesheet" href="${href(page, STYLESHEET)}">`,
    '<link rel="icon" href="data:,">',
  ];
  if (canonical) lines.push(`<link rel="canonical" href="${esc(canonical)}">`);
  // hreflang wants absolute URLs (Lighthouse SEO fails a relative one): only with SITE_URL set.
  for (const l of SITE_LANGS) {
    const url = absolute(page, args.alternates[l]);
    if (url) lines.push(`<link rel="alternate" hreflang="${l}" href="${esc(url)}">`);
  }
  lines.push(`<meta property="og:title" content="${esc(args.title)}">`);
  lines.push(`<meta property="og:description" content="${esc(args.description)}">`);
  lines.push(`<meta property="og:type" content="website">`);
  lines.push(`<meta property="og:locale" content="${lang === 'en' ? 'en_US' : 'es_US'}">`);
  if (canonical) lines.push(`<meta property="og:url" content="${esc(canonical)}">`);
  if (args.ogImage) {
    const image = absolute(page, args.ogImage) ?? href(page, args.ogImage);
    lines.push(`<meta property="og:image" content="${esc(image)}">`);
    lines.push('<meta property="og:image:width" content="1200">', '<meta property="og:image:height" content="630">');
    lines.push(`<meta name="twitter:card" content="summary_large_image">`);
  }
  return lines.join('\n');
}

function languageLink(page: PageAt, lang: SiteLang, alternates: Record<SiteLang, string>): string {
  const other: SiteLang = lang === 'en' ? 'es' : 'en';
  return `<a href="${href(page, alternates[other])}" hreflang="${other}" lang="${other}">${WORDS[lang].otherLanguage}</a>`;
}

export function swatch(category: Category): string {
  // An SVG presentation attribute, not a style attribute: the pages' CSP (style-src 'self') blocks those.
  return `<svg class="swatch" width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill="${CATEGORY_COLORS[category]}"/></svg>`;
}

function day(d: IsoDay, w: Words): string {
  return formatPartial(d, precisionOf(d), w.locale);
}

/** Status history in words: one sentence per change, on the timeline's days. */
export function historyInWords(entry: JurisdictionEntry, w: Words, start: IsoDay, today: IsoDay): string[] {
  const intervals = entry.intervals.filter(([d]) => d <= today);
  if (intervals.length === 0) return [w.historyAlways(w.category.none)];
  const sentences: string[] = [];
  const first = intervals[0]!;
  // "Until 1987": the day before a year-only start would be a made-up day, so the start is named as given.
  const firstPrecision = intervalPrecision(first);
  if (first[0] > start) sentences.push(w.historyBefore(formatPartial(first[0], firstPrecision, w.locale), w.category.none, firstPrecision));
  for (const interval of intervals) {
    const precision = intervalPrecision(interval);
    sentences.push(w.historyFrom(formatPartial(interval[0], precision, w.locale), w.category[interval[1]], precision));
  }
  return sentences;
}

function recordHtml(record: PolicyRecord, ctx: SiteContext, w: Words, lang: SiteLang): string {
  const en = lang === 'en' ? '' : ' lang="en"';
  const facts: [string, string][] = [[w.kind[record.kind], '']];
  if (record.agency) facts.push([w.agency, `<span${en}>${esc(record.agency)}</span>`]);
  if (record.model) facts.push([w.model, esc(w.models[record.model])]);
  if (record.voted) facts.push([w.voted, esc(day(record.voted, w))]);
  if (record.signed) facts.push([w.signed, esc(day(record.signed, w))]);
  facts.push([w.effective, esc(formatPartial(record.effective, record.effectivePrecision, w.locale))]);
  if (record.end) facts.push([w.ended, esc(day(record.end, w)) + (record.endNote ? ` <span${en}>(${esc(record.endNote)})</span>` : '')]);
  facts.push([w.confidence, esc(w.confidenceValue[record.confidence])]);
  const sources = record.sourceIds
    .map((id) => ctx.records.sources[id])
    .filter((s) => s !== undefined)
    .map((s) => {
      const when = s.published ? `, ${esc(w.published(day(s.published, w), precisionOf(s.published)))}` : '';
      return `<li><span${en}>${esc(s.publisher)}</span>: <a href="${esc(s.url)}"${en} rel="noopener">${esc(s.title)}</a>${when}</li>`;
    })
    .join('');
  const note = lang === 'en' ? '' : ` <span class="note">${w.inEnglish}</span>`;
  return [
    `<article class="record" id="r-${esc(record.id)}">`,
    `<h3${en}>${esc(record.citation)}</h3>`,
    `<p class="record__kind">${swatch(record.category)}${esc(w.kind[record.kind])} · ${esc(w.category[record.category])}</p>`,
    `<p${en}>${esc(record.summary)}</p>${note}`,
    '<dl>',
    ...facts.slice(1).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`),
    record.notes ? `<dt>${esc(w.notes)}</dt><dd${en}>${esc(record.notes)}</dd>` : '',
    '</dl>',
    `<h4>${esc(w.sources)}</h4><ul class="sources">${sources}</ul>`,
    '</article>',
  ].join('\n');
}

function listsHtml(entry: JurisdictionEntry, ctx: SiteContext, w: Words, lang: SiteLang): string {
  const en = lang === 'en' ? '' : ' lang="en"';
  const named = ctx.index.federalLists.filter((l) => l.entries[entry.id] !== undefined);
  if (named.length === 0) return `<p>${esc(w.noFederalLists)}</p>`;
  const items = named.map((l) => {
    const removed = l.removed?.[entry.id];
    const parts = [
      `<strong${en}>${esc(l.title)}</strong>`,
      esc(w.listPublished(l.publisher, formatDay(l.published, w.locale))),
      `<span${en}>${esc(w.namedAs(l.entries[entry.id]!))}</span>`,
    ];
    if (removed) parts.push(esc(w.listRemoved(formatDay(removed.date, w.locale))));
    if (l.withdrawn) parts.push(esc(w.listWithdrawn(formatDay(l.withdrawn, w.locale))));
    const sources = l.sourceIds
      .map((id) => ctx.records.sources[id])
      .filter((s) => s !== undefined)
      .map((s) => `<a href="${esc(s.url)}"${en} rel="noopener">${esc(s.title)}</a>`)
      .join('; ');
    return `<li>${parts.join('. ')}.${sources ? ` ${esc(w.sources)}: ${sources}` : ''}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function childList(page: PageAt, children: readonly JurisdictionEntry[], ctx: SiteContext, w: Words, lang: SiteLang): string {
  const items = [...children]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((c) => {
      const category = statusOn(c.intervals, ctx.day);
      return `<li><a href="${href(page, placeDir(c.id, lang))}">${esc(c.name)}</a> ${swatch(category)}<span class="muted">${esc(w.category[category])}</span></li>`;
    });
  return `<ul class="children">${items.join('')}</ul>`;
}

export interface Family {
  byId: Map<string, JurisdictionEntry>;
  countiesOf: Map<string, JurisdictionEntry[]>;
  placesOf: Map<string, JurisdictionEntry[]>;
}

export function familyOf(index: StatusIndex): Family {
  const byId = new Map(index.jurisdictions.map((j) => [j.id, j]));
  const countiesOf = new Map<string, JurisdictionEntry[]>();
  const placesOf = new Map<string, JurisdictionEntry[]>();
  for (const j of index.jurisdictions) {
    const target = j.level === 'county' ? countiesOf : j.level === 'place' ? placesOf : undefined;
    if (!target) continue;
    const list = target.get(j.state) ?? [];
    list.push(j);
    target.set(j.state, list);
  }
  return { byId, countiesOf, placesOf };
}

function footer(page: PageAt, ctx: SiteContext, w: Words, lang: SiteLang): string {
  const links = [
    `<a href="${href(page, '') + mapLink(undefined, lang)}">${esc(w.interactive)}</a>`,
    `<a href="${href(page, lang === 'en' ? 'place/' : 'place/es/')}">${esc(w.allStates)}</a>`,
    `<a href="${href(page, ctx.downloads.recordsCsv)}">${esc(w.downloadRecords)}</a>`,
    `<a href="${href(page, ctx.downloads.geojson)}">${esc(w.downloadGeojson)}</a>`,
  ];
  if (ctx.hasChanges) links.push(`<a href="${href(page, 'changes/')}">${esc(w.changes)}</a>`);
  return `<footer><nav><ul class="links">${links.map((l) => `<li>${l}</li>`).join('')}</ul></nav><p>${esc(
    w.dataAsOf(formatDay(ctx.index.asOf, w.locale)),
  )} ${esc(w.credit)}</p></footer>`;
}

export function document(lang: SiteLang, headHtml: string, body: string): string {
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n${headHtml}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

export function placePage(entry: JurisdictionEntry, lang: SiteLang, ctx: SiteContext, family: Family): string {
  const w = WORDS[lang];
  const page: PageAt = { dir: placeDir(entry.id, lang), site: ctx.site };
  const alternates = { en: placeDir(entry.id, 'en'), es: placeDir(entry.id, 'es') };
  const name = fullName(entry, lang);
  const category = statusOn(entry.intervals, ctx.day);
  const asOf = formatDay(ctx.day, w.locale);
  const own = entry.recordIds.map((id) => ctx.records.records[id]).filter((r) => r !== undefined);
  const state = entry.level === 'state' ? undefined : family.byId.get(entry.state);
  const stateName = STATE_BY_FIPS.get(entry.state)?.name ?? entry.state;
  const sections: string[] = [];
  sections.push(
    `<header><p class="crumbs"><a href="${href(page, lang === 'en' ? 'place/' : 'place/es/')}">${esc(w.allStates)}</a>${
      state ? ` › <a href="${href(page, placeDir(state.id, lang))}">${esc(stateName)}</a>` : ''
    } · ${languageLink(page, lang, alternates)}</p>`,
    `<h1>${esc(name)}</h1><p class="muted">${esc(w.level[entry.level])}</p></header>`,
    '<main>',
    `<section><h2>${esc(w.statusToday(asOf))}</h2><p class="status">${swatch(category)}<strong>${esc(w.category[category])}</strong></p><p>${esc(
      w.categoryHelp[category],
    )}</p><p><a class="button" href="${href(page, '') + mapLink(entry.id, lang)}">${esc(w.openMap)}</a></p></section>`,
    `<section><h2>${esc(w.history)}</h2><ul>${historyInWords(entry, w, ctx.index.timelineStart, ctx.day)
      .map((s) => `<li>${esc(s)}</li>`)
      .join('')}</ul></section>`,
    `<section><h2>${esc(w.records)}</h2>${own.length === 0 ? `<p>${esc(w.noRecords)}</p>` : own.map((r) => recordHtml(r, ctx, w, lang)).join('\n')}</section>`,
  );
  if (state && state.recordIds.length > 0) {
    const items = state.recordIds
      .map((id) => ctx.records.records[id])
      .filter((r) => r !== undefined)
      .map((r) => `<li><a href="${href(page, placeDir(state.id, lang))}#r-${esc(r.id)}"${lang === 'en' ? '' : ' lang="en"'}>${esc(r.citation)}</a></li>`);
    sections.push(`<section><h2>${esc(w.stateRecords(stateName))}</h2><ul>${items.join('')}</ul></section>`);
  }
  sections.push(`<section><h2>${esc(w.federalLists)}</h2>${listsHtml(entry, ctx, w, lang)}</section>`);
  if (entry.level === 'state') {
    const counties = family.countiesOf.get(entry.state) ?? [];
    const places = family.placesOf.get(entry.state) ?? [];
    if (counties.length > 0) sections.push(`<section><h2>${esc(w.counties)}</h2>${childList(page, counties, ctx, w, lang)}</section>`);
    if (places.length > 0) sections.push(`<section><h2>${esc(w.places)}</h2>${childList(page, places, ctx, w, lang)}</section>`);
  } else if (entry.level === 'county' && entry.placeIds && entry.placeIds.length > 0) {
    const inside = entry.placeIds.map((id) => family.byId.get(id)).filter((j) => j !== undefined);
    sections.push(`<section><h2>${esc(w.placesInside)}</h2>${childList(page, inside, ctx, w, lang)}</section>`);
  }
  if (state) sections.push(`<p><a href="${href(page, placeDir(state.id, lang))}">${esc(w.statePage(stateName))}</a></p>`);
  sections.push('</main>', footer(page, ctx, w, lang));
  const description = w.pageDescription(name, w.category[category], own.length, asOf);
  return document(lang, head({ page, lang, title: w.pageTitle(name), description, alternates, ogImage: 'og.png' }), sections.join('\n'));
}

/** place/ and place/es/: every state with its status, the way in for readers and crawlers. */
export function statesIndexPage(lang: SiteLang, ctx: SiteContext, family: Family): string {
  const w = WORDS[lang];
  const page: PageAt = { dir: lang === 'en' ? 'place/' : 'place/es/', site: ctx.site };
  const alternates = { en: 'place/', es: 'place/es/' };
  const states = ctx.index.jurisdictions.filter((j) => j.level === 'state');
  const body = [
    `<header><p class="crumbs">${languageLink(page, lang, alternates)}</p><h1>${esc(w.siteTitle)}</h1><p>${esc(w.siteDescription)}</p></header>`,
    `<main><h2>${esc(w.allStates)}</h2>${childList(page, states, ctx, w, lang)}</main>`,
    footer(page, ctx, w, lang),
  ].join('\n');
  void family;
  return document(lang, head({ page, lang, title: `${w.allStates} · ${w.siteTitle}`, description: w.siteDescription, alternates, ogImage: 'og.png' }), body);
}

/** The legend with counts for the poster and the no-JS front page. */
export function legendHtml(counts: Record<Category, number>, w: Words, date: string): string {
  const items = CATEGORIES.map(
    (c) => `<li>${swatch(c)}<span>${esc(w.category[c])}</span> <span class="count">${esc(formatNumber(counts[c], w.locale))}</span></li>`,
  ).join('');
  return `<figure class="static-legend"><figcaption>${esc(w.legendTitle(date))}</figcaption><ul>${items}</ul></figure>`;
}

export { footer as pageFooter };
