import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store/appStore';
import { AboutContent, PARAGRAPH_SOURCES } from './AboutDialog';
import { CONTEXT_SOURCE_BY_ID, CONTEXT_SOURCES } from './contextSources';

/** data/sources/context.csv, parsed just enough (quoted fields, doubled quotes). */
function readContextCsv(): Record<string, string>[] {
  const text = readFileSync('data/sources/context.csv', 'utf8');
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('context sources', () => {
  const rows = readContextCsv();

  it('match data/sources/context.csv exactly, ctx- ids, accessed 2026-11-27', () => {
    expect(rows.map((r) => r.id)).toEqual(CONTEXT_SOURCES.map((s) => s.id));
    for (const row of rows) {
      const source = CONTEXT_SOURCE_BY_ID.get(row.id!)!;
      expect(row.id).toMatch(/^ctx-[a-z0-9-]+$/);
      expect(source).toMatchObject({ title: row.title, publisher: row.publisher, url: row.url });
      expect(source.published ?? '').toBe(row.published_date);
      expect(row.accessed_date).toBe('2026-11-27');
      expect(new URL(row.url!).protocol).toMatch(/^https?:$/);
    }
  });

  it('every cited paragraph cites known sources, and every source is cited', () => {
    const cited = new Set(Object.values(PARAGRAPH_SOURCES).flat());
    for (const id of cited) expect(CONTEXT_SOURCE_BY_ID.has(id), id).toBe(true);
    for (const source of CONTEXT_SOURCES) expect(cited.has(source.id), source.id).toBe(true);
  });
});

describe('About this map', () => {
  it('explains the terms, both sides with sources, the method, credits and the as-of date', () => {
    render(<AboutContent asOf="2026-07-01" />);
    for (const heading of ['287(g) agreements', 'Detainers', '“Sanctuary” policies', 'Arguments made for limiting cooperation', 'Arguments made against limiting cooperation', 'How the map is made', 'Credits and licences']) {
      expect(screen.getByRole('heading', { name: heading })).toBeDefined();
    }
    expect(screen.getByText('Data as of July 1, 2026.')).toBeDefined();
    const against = screen.getByRole('region', { name: 'Arguments made against limiting cooperation' });
    expect(within(against).getByRole('link', { name: 'Center for Immigration Studies, 2015' }).getAttribute('href')).toBe('http://cis.org/Sanctuaries-Criminal-Releases-Growing');
    const pro = screen.getByRole('region', { name: 'Arguments made for limiting cooperation' });
    expect(within(pro).getAllByRole('link').length).toBeGreaterThanOrEqual(4);
    expect(screen.getByText(/GeoNames, licensed CC BY 4.0/)).toBeDefined();
    expect(screen.getByText(/CC BY-NC-SA 4.0/)).toBeDefined();
    expect(screen.getByText(/US government works/)).toBeDefined();
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('is in Spanish when the page is', () => {
    useAppStore.setState({ lang: 'es' });
    render(<AboutContent asOf="2026-07-01" />);
    expect(screen.getByRole('heading', { name: 'Argumentos a favor de limitar la cooperación' })).toBeDefined();
    expect(screen.getByText('Datos al 1 de julio de 2026.')).toBeDefined();
  });
});

describe('About text', () => {
  const flat = (t: object): Record<string, string> =>
    Object.fromEntries(Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : Object.entries(flat(v as object)).map(([k2, v2]) => [`${k}.${k2}`, v2]))));
  it('has the same keys and placeholders in English and Spanish, none empty', async () => {
    const { ABOUT_TEXT } = await import('./aboutText');
    const en = flat(ABOUT_TEXT.en);
    const es = flat(ABOUT_TEXT.es);
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    const holes = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) {
      expect(es[key]!.trim(), key).not.toBe('');
      expect(holes(es[key]!), key).toEqual(holes(text));
    }
  });
});
