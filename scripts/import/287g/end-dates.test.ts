// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceRow } from '../../../src/domain/schema';
import { END_CORRECTIONS, END_SOURCES, endSourceRows } from './end-dates';

const ids = (path: string) => new Set(readFileSync(path, 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]));

describe('end-date corrections', () => {
  it('each names a record the import writes and sources that exist', () => {
    const records = ids('data/policies/287g.csv');
    const sources = new Set([...Object.keys(END_SOURCES), ...ids('data/sources/287g.csv'), ...ids('data/sources/local.csv')]);
    for (const [id, c] of Object.entries(END_CORRECTIONS)) {
      expect(records.has(id), id).toBe(true);
      for (const s of c.sourceIds) expect(sources.has(s), `${id}: ${s}`).toBe(true);
      expect(c.end).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
  });

  it('no longer ends agreements where the roster coverage stops, except where marked uncertain', () => {
    const at20131001 = Object.entries(END_CORRECTIONS).filter(([, c]) => c.end === '2013-10-01');
    expect(at20131001.map(([id]) => id)).toEqual(['287g-nm-new-mexico-doc-jem-2007-09-17']);
    expect(at20131001[0]![1].note).toMatch(/^UNCERTAIN END DATE/);
    expect(END_CORRECTIONS['287g-az-maricopa-so-jem-2007-02-07']!.end).toBe('2011-12-15');
    expect(END_CORRECTIONS['287g-tn-davidson-so-jem-2007-02-21']!.end).toBe('2012-10-08');
  });

  it('writes valid source rows for the sources it cites', () => {
    const rows = endSourceRows(new Set(Object.keys(END_SOURCES)));
    expect(rows).toHaveLength(Object.keys(END_SOURCES).length);
    for (const r of rows) expect(sourceRow.safeParse(r).success, r.id).toBe(true);
  });
});
