// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MINI_FILES, writeDataDir } from '../../tests/fixtures/mini-data';
import { dataErrorsOf } from './errors';
import { countiesOf, loadAtlas, readRawData } from './pipeline';
import { deniedSource } from './source-policy';
import { validate } from './validate';

const counties = new Set(countiesOf(loadAtlas()).map((c) => c.fips));

function problems(overrides: Record<string, string>): string[] {
  const dir = writeDataDir(overrides);
  try {
    validate(readRawData(dir, dir), { counties });
  } catch (error) {
    const found = dataErrorsOf(error);
    if (found) return found.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('source denylist', () => {
  it('refuses denied hosts and their subdomains, not look-alikes', () => {
    expect(deniedSource('https://www.amren.com/news/2006/03/x/')).toMatch(/white-nationalist/);
    expect(deniedSource('http://twiki.owiki.org/wiki/HB1804')).toMatch(/Wikipedia mirror/);
    expect(deniedSource('https://flatronlittleinspiron.pages.dev/732372.html')).toMatch(/pages\.dev/);
    expect(deniedSource('https://i777777o7265766965776a6f75726e616co636f6dz.oszar.com/local/x')).toMatch(/proxied/);
    expect(deniedSource('https://www.reviewjournal.com/local/x')).toBeUndefined();
    expect(deniedSource('https://notwnd.com/x')).toBeUndefined();
  });

  it('stops the build with file:line: url for a denied source', () => {
    const sources = `${MINI_FILES['sources/main.csv']}\nsrc-c,C title,C publisher,https://www.wnd.com/2003/01/16971/,,2026-11-27,`;
    const found = problems({ 'sources/main.csv': sources });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^sources\/main\.csv:4: url: www\.wnd\.com is not an acceptable source/);
  });
});

describe('date notes for partial effective dates', () => {
  it('requires a note for every partial date once the file exists, and only for partial dates', () => {
    const missing = problems({ 'date-notes.csv': 'record_id,searched\nctx-only,searched X' });
    expect(missing.some((m) => /date-notes\.csv:2: record_id: unknown record "ctx-only"/.test(m))).toBe(true);
    expect(missing.some((m) => /policies\/local\.csv:\d+: effective_date: "2014" is only a year or month/.test(m))).toBe(true);
    const ok = problems({ 'date-notes.csv': 'record_id,searched\naustin-policy,"Council minutes for 2014 searched, not found"' });
    expect(ok).toEqual([]);
  });
});
