/**
 * data/changelog.json — what each 287(g) list import or correction changed — and the two things
 * build:data makes of it: the public "What changed" page (public/changes/index.html) and an Atom
 * feed (public/changes.atom). Each entry links to the map on its date and each item to its place's
 * page (`place/<id>/`). Links and ids are absolute when SITE_URL is set at build time, relative
 * otherwise (a local preview); feed ids fall back to a tag: URI, which stays valid Atom.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataError, DataErrors } from './errors';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'not a real day');
export const CHANGE_KINDS = ['added', 'ended', 'renamed', 'relisted', 'corrected', 'checked'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const changeItem = z.object({
  change: z.enum(CHANGE_KINDS),
  id: z.string().min(1),
  /** FIPS or place id: the place page and the map's `j`. */
  place: z.string().min(1),
  jurisdiction: z.string().min(1),
  agency: z.string(),
  detail: z.string(),
  /** The day to show the map on for this item (e.g. an end date); default: the entry's date. */
  date: day.optional(),
});
export const changelogEntry = z.object({
  date: day,
  kind: z.enum(['287g-list', 'correction', 'research']),
  title: z.string().min(1),
  source: z.string().min(1),
  // A kind added later defaults to 0 in entries written before it existed.
  counts: z.object(Object.fromEntries(CHANGE_KINDS.map((k) => [k, z.number().int().min(0).default(0)])) as Record<ChangeKind, z.ZodDefault<z.ZodNumber>>),
  items: z.array(changeItem),
});
export type ChangeItem = z.infer<typeof changeItem>;
export type ChangelogEntry = z.infer<typeof changelogEntry>;

export const CHANGELOG_FILE = 'changelog.json';

/** Parses and checks the changelog text; `file` names it in errors. */
export function parseChangelog(file: string, text: string): ChangelogEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, 1, 'json', (error as Error).message);
  }
  const result = z.array(changelogEntry).safeParse(json);
  if (!result.success) {
    throw new DataErrors(
      result.error.issues.slice(0, 20).map((i) => new DataError(file, 0, i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''), i.message)),
    );
  }
  for (const [i, e] of result.data.entries()) {
    for (const k of CHANGE_KINDS) {
      const n = e.items.filter((it) => it.change === k).length;
      if (n !== e.counts[k]) throw new DataError(file, 0, `[${i}].counts.${k}`, `says ${e.counts[k]} but the entry lists ${n}`);
    }
  }
  return result.data;
}

export function readChangelog(dataDir: string, display = `data/${CHANGELOG_FILE}`): ChangelogEntry[] {
  const path = join(dataDir, CHANGELOG_FILE);
  return existsSync(path) ? parseChangelog(display, readFileSync(path, 'utf8')) : [];
}

export function renderChangelog(entries: readonly ChangelogEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** What a state or local record needs for a research entry (PolicyRecord and SourceEntry fit). */
export interface ResearchRecord {
  id: string;
  fips: string;
  jurisdiction: string;
  agency?: string;
  kind: string;
  citation: string;
  sourceIds: readonly string[];
}

/**
 * State and local records are researched by hand and carry no edit date; the newest day one of
 * their sources was read (accessed_date) is when the record was last checked. One entry per such
 * day, so the feed also tells when the hand-researched layer was worked on.
 */
export function researchEntries(records: readonly ResearchRecord[], accessedOf: (sourceId: string) => string | undefined): ChangelogEntry[] {
  const byDay = new Map<string, ChangeItem[]>();
  for (const r of records) {
    if (r.kind === 'agreement_287g') continue;
    const days = r.sourceIds.map(accessedOf).filter((d): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    const last = days[days.length - 1];
    if (!last) continue;
    const item: ChangeItem = { change: 'checked', id: r.id, place: r.fips, jurisdiction: r.jurisdiction, agency: r.agency ?? '', detail: r.citation };
    byDay.set(last, [...(byDay.get(last) ?? []), item]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, items]) => ({
      date,
      kind: 'research' as const,
      title: 'State and local research',
      source: 'the newest day a source of each record was read (accessed_date in data/sources/)',
      counts: Object.fromEntries(CHANGE_KINDS.map((k) => [k, k === 'checked' ? items.length : 0])) as ChangelogEntry['counts'],
      items: items.sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || a.id.localeCompare(b.id)),
    }));
}

// ---------------------------------------------------------------------------------------------
// Page and feed

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Newest first; entries of one day keep their file order. */
const newestFirst = (entries: readonly ChangelogEntry[]) => [...entries].map((e, i) => ({ e, i })).sort((a, b) => b.e.date.localeCompare(a.e.date) || b.i - a.i).map(({ e }) => e);

export const anchorOf = (e: ChangelogEntry, index: number) => (e.kind === 'research' ? `${e.date}-research` : `${e.date}-${e.kind}-${index}`);

/** `base`: SITE_URL (ending in "/") or '' for links relative to the site's root. */
function links(base: string, fromRoot: string) {
  const root = base || fromRoot;
  return {
    map: (date: string, place?: string) => `${root}?date=${date}${place ? `&j=${encodeURIComponent(place)}` : ''}`,
    place: (id: string) => `${root}place/${encodeURIComponent(id)}/`,
    changes: `${root}changes/`,
    feed: `${root}changes.atom`,
  };
}

const LABEL: Record<ChangeKind, string> = {
  added: 'New agreements',
  ended: 'Ended',
  renamed: 'Renamed on ICE\'s list',
  relisted: 'Listed again (not ended)',
  corrected: 'Corrected',
  checked: 'Records checked against their sources',
};

/** "New agreements" fits an ICE list; hand-researched additions (state and local policies) are records, not agreements. */
const labelOf = (e: ChangelogEntry, k: ChangeKind) => (k === 'added' && e.kind !== '287g-list' ? 'Records added' : LABEL[k]);

function countsText(e: ChangelogEntry): string {
  const parts = CHANGE_KINDS.filter((k) => e.counts[k] > 0).map((k) => `${e.counts[k]} ${labelOf(e, k).toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'no changes';
}

function entryHtml(e: ChangelogEntry, anchor: string, l: ReturnType<typeof links>): string {
  const groups = CHANGE_KINDS.filter((k) => e.counts[k] > 0)
    .map((k) => {
      const items = e.items
        .filter((it) => it.change === k)
        .map(
          (it) =>
            `<li><a href="${escape(l.place(it.place))}">${escape(it.jurisdiction)}</a>${it.agency ? ` — ${escape(it.agency)}` : ''}: ${escape(it.detail)} <a class="map" href="${escape(l.map(it.date ?? e.date, it.place))}">map on ${it.date ?? e.date}</a></li>`,
        )
        .join('\n');
      return `<h3>${labelOf(e, k)} (${e.counts[k]})</h3>\n<ul>\n${items}\n</ul>`;
    })
    .join('\n');
  return `<section id="${anchor}">
<h2><time datetime="${e.date}">${e.date}</time>: ${escape(e.title)}</h2>
<p>${escape(countsText(e))}. Source: ${escape(e.source)}. <a href="${escape(l.map(e.date))}">See the map on ${e.date}</a>.</p>
${groups}
</section>`;
}

export function renderChangesPage(entries: readonly ChangelogEntry[], siteUrl = ''): string {
  const l = links(siteUrl, '../');
  const ordered = newestFirst(entries);
  const body = ordered.length
    ? ordered.map((e) => entryHtml(e, anchorOf(e, entries.indexOf(e)), l)).join('\n')
    : '<p>No changes recorded yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What changed — ICE cooperation map</title>
<link rel="alternate" type="application/atom+xml" title="What changed (Atom)" href="${escape(siteUrl ? l.feed : '../changes.atom')}">
<link rel="stylesheet" href="../static.css">
</head>
<body>
<p><a href="${escape(siteUrl || '../')}">← Back to the map</a></p>
<h1>What changed</h1>
<p>Each update of ICE's 287(g) participating-agencies list, and each correction to the data: agreements added, ended (gone from ICE's list: the end date is the first list without them), renamed and corrected. Subscribe with the <a href="${escape(siteUrl ? l.feed : '../changes.atom')}">Atom feed</a>.</p>
${body}
</body>
</html>
`;
}

export function renderChangesFeed(entries: readonly ChangelogEntry[], siteUrl = ''): string {
  const l = links(siteUrl, './');
  const ordered = newestFirst(entries);
  const id = (suffix: string) => (siteUrl ? `${siteUrl}${suffix}` : `tag:ice-cooperation-map,2026:${suffix}`);
  const updated = `${ordered[0]?.date ?? '2026-01-01'}T00:00:00Z`;
  const xmlEntries = ordered
    .map((e) => {
      const anchor = anchorOf(e, entries.indexOf(e));
      const html = entryHtml(e, anchor, l);
      return `  <entry>
    <id>${escape(id(`changes/#${anchor}`))}</id>
    <title>${escape(`${e.date}: ${e.title} (${countsText(e)})`)}</title>
    <updated>${e.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${escape(l.changes)}#${anchor}"/>
    <link rel="related" type="text/html" href="${escape(l.map(e.date))}"/>
    <summary>${escape(countsText(e))}</summary>
    <content type="html">${escape(html)}</content>
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(id('changes.atom'))}</id>
  <title>ICE cooperation map: what changed</title>
  <updated>${updated}</updated>
  <author><name>ICE cooperation map</name></author>
  <link rel="self" type="application/atom+xml" href="${escape(l.feed)}"/>
  <link rel="alternate" type="text/html" href="${escape(l.changes)}"/>
${xmlEntries}
</feed>
`;
}

/** SITE_URL as given, with a trailing slash; '' when unset or not an http(s) URL. */
export function siteUrlFrom(value: string | undefined): string {
  if (!value) return '';
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    return u.href.endsWith('/') ? u.href : `${u.href}/`;
  } catch {
    return '';
  }
}
