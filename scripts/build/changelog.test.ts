// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseChangelog, renderChangesFeed, renderChangesPage, researchEntries, siteUrlFrom, type ChangelogEntry } from './changelog';

const entries: ChangelogEntry[] = [
  {
    date: '2026-05-25',
    kind: '287g-list',
    title: 'ICE 287(g) participating-agencies list of 2026-05-25',
    source: 'participatingAgencies05252026am.xlsx',
    counts: { added: 1, ended: 1, renamed: 0, relisted: 0, corrected: 0, checked: 0 },
    items: [
      { change: 'added', id: '287g-tx-x-so-tfm-2026-05-20', place: '48201', jurisdiction: 'Harris County, TX', agency: "Harris County Sheriff's Office", detail: 'Task Force agreement signed 2026-05-20' },
      { change: 'ended', id: '287g-fl-naples-pd-tfm-2025-02-26', place: 'FL-naples', jurisdiction: 'Naples, FL', agency: 'Naples Police Department', detail: 'dropped <from> the list & ended' },
    ],
  },
  { date: '2026-05-18', kind: 'correction', title: 'Corrections', source: 'sources read', counts: { added: 0, ended: 0, renamed: 0, relisted: 0, corrected: 0, checked: 0 }, items: [] },
];

const ATOM = 'http://www.w3.org/2005/Atom';

function parseFeed(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('changelog', () => {
  it('refuses an entry whose counts disagree with its items, naming the field', () => {
    const bad = JSON.stringify([{ ...entries[0], counts: { ...entries[0]!.counts, ended: 3 } }]);
    expect(() => parseChangelog('data/changelog.json', bad)).toThrow('data/changelog.json:0: [0].counts.ended: says 3 but the entry lists 1');
    expect(() => parseChangelog('data/changelog.json', '[{"date":"2026-13-01"}]')).toThrow(/\[0\]\.date/);
    expect(parseChangelog('x', JSON.stringify(entries))).toEqual(entries);
  });

  it('makes a valid Atom feed with absolute ids and links from SITE_URL', () => {
    const site = siteUrlFrom('https://example.org/ice-map');
    expect(site).toBe('https://example.org/ice-map/');
    const doc = parseFeed(renderChangesFeed(entries, site));
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    for (const el of ['id', 'title', 'updated', 'author']) expect(feed.getElementsByTagNameNS(ATOM, el).length).toBeGreaterThan(0);
    expect(feed.getElementsByTagNameNS(ATOM, 'updated')[0]!.textContent).toBe('2026-05-25T00:00:00Z');
    const items = [...feed.getElementsByTagNameNS(ATOM, 'entry')];
    expect(items).toHaveLength(2);
    const ids = items.map((e) => e.getElementsByTagNameNS(ATOM, 'id')[0]!.textContent!);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^https:\/\/example\.org\/ice-map\/changes\/#2026-05-/);
    for (const e of items) for (const link of [...e.getElementsByTagNameNS(ATOM, 'link')]) expect(link.getAttribute('href')).toMatch(/^https:\/\/example\.org\/ice-map\//);
    const html = items[0]!.getElementsByTagNameNS(ATOM, 'content')[0]!.textContent!;
    expect(html).toContain('href="https://example.org/ice-map/place/FL-naples/"');
    expect(html).toContain('href="https://example.org/ice-map/?date=2026-05-25&amp;j=FL-naples"');
    expect(html).toContain('dropped &lt;from&gt; the list &amp; ended');
  });

  it('without SITE_URL: tag: ids (still valid Atom) and relative links', () => {
    expect(siteUrlFrom(undefined)).toBe('');
    expect(siteUrlFrom('javascript:alert(1)')).toBe('');
    const feed = parseFeed(renderChangesFeed(entries, '')).documentElement;
    expect(feed.getElementsByTagNameNS(ATOM, 'id')[0]!.textContent).toBe('tag:ice-cooperation-map,2026:changes.atom');
    const page = new DOMParser().parseFromString(renderChangesPage(entries, ''), 'text/html');
    const hrefs = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('../place/48201/');
    expect(hrefs).toContain('../?date=2026-05-25');
    expect(hrefs).toContain('../changes.atom');
    expect(page.querySelector('h2')!.textContent).toContain('2026-05-25');
  });

  it('calls hand-researched additions records, not agreements', () => {
    const research: ChangelogEntry = { date: '2026-12-06', kind: 'correction', title: 'Local policies added', source: 'sources read', counts: { added: 1, ended: 0, renamed: 0, relisted: 0, corrected: 0, checked: 0 }, items: [{ change: 'added', id: 'oh-columbus-eo-2017-01', place: 'OH-columbus', jurisdiction: 'Columbus, OH', agency: '', detail: 'Executive Order 2017-01', date: '2017-02-03' }] };
    const page = renderChangesPage([entries[0]!, research]);
    expect(page).toContain('<h3>Records added (1)</h3>');
    expect(page).toContain('1 records added.');
    expect(page).toContain('<h3>New agreements (1)</h3>');
  });

  it('reads an entry written before a change kind existed (its count is 0)', () => {
    const old = JSON.stringify([{ ...entries[1], counts: { added: 0, ended: 0, renamed: 0, relisted: 0, corrected: 0 } }]);
    expect(parseChangelog('x', old)[0]!.counts.checked).toBe(0);
  });

  it('dates state and local records by the newest day one of their sources was read, one entry per day', () => {
    const accessed: Record<string, string> = { s1: '2026-11-27', s2: '2026-12-06', s3: '2026' };
    const rec = (id: string, sourceIds: string[], kind = 'statute') => ({ id, fips: '06', jurisdiction: 'California', kind, citation: `cite ${id}`, sourceIds });
    const out = researchEntries([rec('a', ['s1']), rec('b', ['s1', 's2']), rec('c', ['s3']), rec('d', ['s2'], 'agreement_287g')], (id) => accessed[id]);
    expect(out.map((e) => [e.date, e.counts.checked, e.items.map((i) => i.id)])).toEqual([
      ['2026-11-27', 1, ['a']],
      ['2026-12-06', 1, ['b']],
    ]);
    const feed = renderChangesFeed([...entries, ...out], 'https://example.org/');
    expect(feed).toContain('<id>https://example.org/changes/#2026-12-06-research</id>');
  });
});
