/**
 * Issue 7, part 3: hostile text and links in the data. Everything records.json and status.json
 * say is rendered as text (never parsed as HTML), and only http(s) URLs become links, each with
 * target=_blank and rel="noopener noreferrer". The build refuses such rows already
 * (scripts/build/validate.ts); this is the app's own defence for a hand-edited or tampered file.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RecordIndex, SourceEntry } from '../domain/dataset';
import { fixtureMapData, fixtureRecordIndex } from '../testing/fixtures';
import { DetailPanel } from './DetailPanel';
import { safeHttpUrl } from './SourceList';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const SVG = '<svg onload=alert(1)><a xlink:href="javascript:alert(1)">x</a></svg>';
const BREAKOUT = '"><iframe src=javascript:alert(1)></iframe>';

/** URLs that must never become links. */
const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '/relative/path',
  'relative.html',
  '//evil.example/protocol-relative',
  '\\\\evil.example\\share',
  'file:///etc/passwd',
  'ftp://example.org/file',
  'blob:https://example.org/0b6c',
  'mailto:someone@example.org',
  'https://',
  '',
];

/** URLs that must become links, and the href they get. */
const SAFE_URLS: [string, string][] = [
  ['https://example.org/ok', 'https://example.org/ok'],
  ['HTTP://EXAMPLE.ORG/Upper', 'http://example.org/Upper'],
  [`https://example.org/${BREAKOUT}`, 'https://example.org/%22%3E%3Ciframe%20src=javascript:alert(1)%3E%3C/iframe%3E'],
];

function hostileData() {
  const data = fixtureMapData();
  const records: RecordIndex = fixtureRecordIndex();
  const sources: Record<string, SourceEntry> = {};
  const add = (id: string, title: string, url: string) => {
    sources[id] = { id, title, publisher: `${IMG} publisher`, url, accessed: '2025-01-01' };
    return id;
  };
  const unsafeIds = UNSAFE_URLS.map((url, i) => add(`unsafe-${i}`, `Unsafe source ${i} ${SCRIPT}`, url));
  const safeIds = SAFE_URLS.map(([url], i) => add(`safe-${i}`, `Safe source ${i} ${IMG}`, url));
  Object.assign(records.sources, sources);
  // California's law shows in every California panel: give it hostile text in every field.
  const law = records.records['ca-sb54-2017']!;
  Object.assign(law, {
    citation: `${SCRIPT} citation`,
    summary: `${IMG} summary`,
    notes: `${SVG} notes`,
    endNote: `${BREAKOUT} end note`,
    end: '2030-01-01',
    sourceIds: [...unsafeIds, ...safeIds],
  });
  const entry = { ...data.jurisdictions.byId.get('06037')!, name: `${IMG} County` };
  return { data, records, entry };
}

function renderHostile() {
  const { data, records, entry } = hostileData();
  render(
    <DetailPanel
      entry={entry}
      date="2020-01-31"
      today="2025-06-15"
      index={data.index}
      jurisdictions={data.jurisdictions}
      records={{ status: 'ready', data: records }}
      onClose={vi.fn()}
      onSelect={vi.fn()}
      onRetryRecords={vi.fn()}
    />,
  );
  return screen.getByRole('region', { name: entry.name });
}

describe('DetailPanel with hostile data', () => {
  it('renders HTML in names, citations, summaries, notes and source titles as text', () => {
    const panel = renderHostile();
    // Nothing was parsed into elements (the panel's own decorative SVGs have no handlers)...
    expect(panel.querySelectorAll('img, script, iframe, object, embed, svg a, svg svg')).toHaveLength(0);
    for (const el of panel.querySelectorAll('*')) {
      expect(el.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
    }
    // ...and the reader sees the characters exactly as written.
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(`${IMG} County`);
    expect(within(panel).getByRole('heading', { name: `${SCRIPT} citation` })).toBeDefined();
    expect(within(panel).getByText(`${IMG} summary`)).toBeDefined();
    expect(panel.textContent).toContain(`${SVG} notes`);
    expect(panel.textContent).toContain(`${BREAKOUT} end note`);
    expect(within(panel).getByText(`Unsafe source 0 ${SCRIPT}`)).toBeDefined();
    expect(panel.textContent).toContain(`${IMG} publisher`);
  });

  it('renders only http(s) URLs as links, opening in a new tab with rel="noopener noreferrer"', () => {
    const panel = renderHostile();
    UNSAFE_URLS.forEach((url, i) => {
      const title = within(panel).getByText(`Unsafe source ${i} ${SCRIPT}`);
      expect(title.closest('a'), JSON.stringify(url)).toBeNull();
      expect(within(panel).queryByRole('link', { name: new RegExp(`Unsafe source ${i} `) })).toBeNull();
    });
    SAFE_URLS.forEach(([, href], i) => {
      const link = within(panel).getByRole('link', { name: new RegExp(`Safe source ${i} `) });
      expect(link.getAttribute('href')).toBe(href);
    });
    const links = panel.querySelectorAll('a');
    expect(links.length).toBeGreaterThanOrEqual(SAFE_URLS.length);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\/[^/]/);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});

describe('safeHttpUrl with hostile input', () => {
  it.each(UNSAFE_URLS.map((u) => [JSON.stringify(u), u]))('drops %s', (_label, url) => {
    expect(safeHttpUrl(url)).toBeUndefined();
  });

  it.each(SAFE_URLS)('keeps %s as %s', (url, href) => {
    expect(safeHttpUrl(url)).toBe(href);
  });

  it('never throws, whatever the value (including non-strings from a tampered file)', () => {
    for (const value of [null, undefined, 42, {}, [], { toString: () => 'javascript:alert(1)' }, Symbol('x')]) {
      expect(() => safeHttpUrl(value as unknown as string)).not.toThrow();
      expect(safeHttpUrl(value as unknown as string)).toBeUndefined();
    }
  });
});
