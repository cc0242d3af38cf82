// @vitest-environment node
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MINI_FILES, POLICY_HEADER, writeDataDir } from '../../tests/fixtures/mini-data';
import type { RecordIndex, StatusIndex } from '../../src/domain/dataset';
import { statusOn } from '../../src/domain/status';
import { dataErrorsOf } from './errors';
import { buildData, loadAtlas } from './pipeline';
import { writeFolderAtomically } from './write-atomic';

// Each build projects the whole atlas (~0.5 s alone, several seconds on a busy 2-core machine).
vi.setConfig({ testTimeout: 60_000 });

const atlas = loadAtlas();
const build = (dir: string) => buildData(dir, atlas, dir);

function errorsOf(overrides: Record<string, string | Uint8Array>): string[] {
  const dir = writeDataDir(overrides);
  try {
    build(dir);
  } catch (error) {
    const problems = dataErrorsOf(error);
    if (problems) return problems.map((e) => e.message);
    throw error;
  }
  return [];
}

const localWith = (row: string) => ({ 'policies/local.csv': `${POLICY_HEADER}\n${row}` });
const good = 'p1,county,48201,"Harris County, TX",,,ordinance,,limits,,,2010-01-01,,,Ord. 1,Test.,src-a,high,';

describe('build pipeline on valid data', () => {
  it('keeps a source\'s month- or year-only published_date as written (issue 15: "May 2017", never "May 1, 2017")', () => {
    const sources = [
      'id,title,publisher,url,published_date,accessed_date,notes',
      'src-a,A title,A publisher,https://example.org/a,2017-05,2026-11-27,',
      'src-b,B title,B publisher,http://example.org/b,2014,2026-11-27,',
    ].join('\n');
    const { files } = build(writeDataDir({ 'sources/main.csv': sources }));
    const records = JSON.parse(String(files.get('records.json'))) as RecordIndex;
    expect(records.sources['src-a']!.published).toBe('2017-05');
    expect(records.sources['src-b']!.published).toBe('2014');
  });

  it('writes every state, DC, Puerto Rico and county, resolved by precedence', () => {
    const { files } = build(writeDataDir());
    const status = JSON.parse(String(files.get('status.json'))) as StatusIndex;
    const ids = new Set(status.jurisdictions.map((j) => j.id));
    expect(status.jurisdictions.filter((j) => j.level === 'state')).toHaveLength(52);
    expect(ids.has('11') && ids.has('72') && ids.has('02') && ids.has('15')).toBe(true);
    expect(status.jurisdictions.filter((j) => j.level === 'county').length).toBeGreaterThan(3200);
    const harris = status.jurisdictions.find((j) => j.id === '48201')!;
    expect(statusOn(harris.intervals, '2008-07-19')).toBe('none');
    expect(statusOn(harris.intervals, '2010-01-01')).toBe('participates');
    expect(statusOn(harris.intervals, '2017-02-01')).toBe('none');
    expect(statusOn(harris.intervals, '2017-09-01')).toBe('requires');
    const austin = status.jurisdictions.find((j) => j.id === 'TX-austin')!;
    expect(austin.point).toHaveLength(2);
    expect(statusOn(austin.intervals, '2016-01-01')).toBe('limits');
    expect(statusOn(austin.intervals, '2017-09-01')).toBe('requires');
    expect(status.jurisdictions.find((j) => j.id === '48453')!.placeIds).toEqual(['TX-austin']);
    expect(statusOn(status.jurisdictions.find((j) => j.id === '06037')!.intervals, '2018-01-01')).toBe('limits');
  });

  it('is byte-identical on a rerun, and the same for reordered rows, CRLF, BOM and padding', () => {
    const first = build(writeDataDir()).files;
    const second = build(writeDataDir()).files;
    expect([...second]).toEqual([...first]);
    const [header, ...rows] = MINI_FILES['policies/states.csv']!.split('\n');
    const edited = `\uFEFF${[header, ...rows.reverse()].join('\r\n')}\r\n`.replace('tx-law,state,48', ' tx-law , state ,48');
    const third = build(writeDataDir({ 'policies/states.csv': edited })).files;
    expect(third.get('status.json')).toBe(first.get('status.json'));
  });
});

const LISTS = [
  'id,title,publisher,published_date,withdrawn_date,summary,source_ids',
  'doj-2025,Test list,U.S. Department of Justice,2025-08-05,,Test list.,src-a',
].join('\n');
const entriesWith = (...rows: string[]) => ({
  'federal/lists.csv': LISTS,
  'federal/entries.csv': ['list_id,level,fips,name_as_printed,note,removed_date,source_ids', 'doj-2025,county,06037,Los Angeles County,,,', ...rows].join('\n'),
});

describe('federal lists and partial dates', () => {
  it('keeps an entry taken off a list later, with the day and its sources', () => {
    const { files } = build(writeDataDir(entriesWith('doj-2025,state,48,Texas,,2025-09-26,src-a')));
    const list = (JSON.parse(String(files.get('status.json'))) as StatusIndex).federalLists[0]!;
    expect(Object.keys(list.entries).sort()).toEqual(['06037', '48']);
    expect(list.removed).toEqual({ '48': { date: '2025-09-26', sourceIds: ['src-a'] } });
  });

  it('rejects a removal without a source, or outside the list\'s life', () => {
    expect(errorsOf(entriesWith('doj-2025,state,48,Texas,,2025-09-26,'))).toEqual([
      'federal/entries.csv:3: source_ids: a removed entry needs a source for its removal',
    ]);
    expect(errorsOf(entriesWith('doj-2025,state,48,Texas,,2025-08-01,src-a'))[0]).toBe(
      "federal/entries.csv:3: removed_date: 2025-08-01 is not after the list's publication (2025-08-05)",
    );
    expect(errorsOf(entriesWith('doj-2025,state,48,Texas,,,src-a'))[0]).toBe(
      'federal/entries.csv:3: source_ids: sources on an entry are for its removal: give removed_date too',
    );
  });

  it('starts a year- or month-only effective date no earlier than a vote or signature inside it', () => {
    const row = 'p1,county,48201,"Harris County, TX",,,ordinance,,limits,2010-03-02,2010-03-09,2010,,,Ord. 1,Test.,src-a,high,';
    const status = JSON.parse(String(build(writeDataDir(localWith(row))).files.get('status.json'))) as StatusIndex;
    const harris = status.jurisdictions.find((j) => j.id === '48201')!;
    expect(harris.intervals.find(([, c]) => c === 'limits')?.[0]).toBe('2010-03-09');
    // A signature outside the period does not move it.
    const other = row.replace('2010-03-09,2010,', '2009-12-20,2010,').replace('2010-03-02', '');
    const later = JSON.parse(String(build(writeDataDir(localWith(other))).files.get('status.json'))) as StatusIndex;
    expect(later.jurisdictions.find((j) => j.id === '48201')!.intervals.find(([, c]) => c === 'limits')?.[0]).toBe('2010-01-01');
  });
});

describe('build pipeline errors name file, line and field', () => {
  it('unknown FIPS', () => {
    expect(errorsOf(localWith(good.replace('48201', '48999')))).toEqual([
      'policies/local.csv:2: fips: unknown county FIPS "48999"',
    ]);
  });
  it('impossible date', () => {
    expect(errorsOf(localWith(good.replace('2010-01-01', '2019-02-30')))[0]).toMatch(/^policies\/local\.csv:2: effective_date: .*not a real day/);
  });
  it('end before start', () => {
    expect(errorsOf(localWith(good.replace('2010-01-01,,', '2010-01-01,2009-12-31,')))[0]).toMatch(/^policies\/local\.csv:2: end_date: 2009-12-31 is not after/);
  });
  it('overlapping intervals of the same jurisdiction and kind', () => {
    const second = good.replace('p1,', 'p2,').replace('2010-01-01', '2012-01-01');
    expect(errorsOf(localWith(`${good}\n${second}`))[0]).toMatch(/^policies\/local\.csv:3: effective_date: overlaps "p1"/);
  });
  it('no source', () => {
    expect(errorsOf(localWith(good.replace(',src-a,', ',,')))[0]).toMatch(/^policies\/local\.csv:2: source_ids: no source/);
  });
  it('unknown source', () => {
    expect(errorsOf(localWith(good.replace(',src-a,', ',src-zz,')))[0]).toBe('policies/local.csv:2: source_ids: unknown source "src-zz" (add it to a file in data/sources/)');
  });
  it('non-http(s) URL', () => {
    const sources = MINI_FILES['sources/main.csv']!.replace('https://example.org/a', 'javascript:alert(1)');
    expect(errorsOf({ 'sources/main.csv': sources })[0]).toMatch(/^sources\/main\.csv:2: url: only http\(s\) links/);
  });
  it('unknown category', () => {
    expect(errorsOf(localWith(good.replace(',limits,', ',sanctuary,')))[0]).toMatch(/^policies\/local\.csv:2: category: unknown category "sanctuary"/);
  });
  it('duplicate ids across files', () => {
    expect(errorsOf(localWith(good.replace('p1,', 'tx-law,')))[0]).toMatch(/^policies\/states\.csv:2: id: duplicate record id "tx-law" \(first at policies\/local\.csv:2\)/);
  });
  it('a row with a missing column and a multi-line quoted field before it keeps the right line', () => {
    const multi = good.replace('Test.', '"Line one\nline two"');
    expect(errorsOf(localWith(`${multi}\np2,county,48201`))[0]).toMatch(/^policies\/local\.csv:4: csv: row has 3 fields/);
  });
  it('non-UTF-8 bytes', () => {
    const bytes = Buffer.concat([Buffer.from(`${POLICY_HEADER}\n`), Buffer.from([0x70, 0x31, 0xff, 0x0a])]);
    expect(errorsOf({ 'policies/local.csv': bytes })[0]).toBe('policies/local.csv:2: encoding: not valid UTF-8 (save the file as UTF-8)');
  });
});

describe('atomic output', () => {
  it('replaces the whole folder and leaves nothing behind', () => {
    const parent = mkdtempSync(join(tmpdir(), 'out-'));
    const out = join(parent, 'data');
    writeFolderAtomically(out, new Map([['a.json', '1']]));
    writeFileSync(join(out, 'stale.json'), 'x');
    writeFolderAtomically(out, new Map([['a.json', '2']]));
    expect(readdirSync(parent)).toEqual(['data']);
    expect(readdirSync(out)).toEqual(['a.json']);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('2');
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
  });
});
