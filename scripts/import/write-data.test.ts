// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeDataFiles } from './write-data';

vi.setConfig({ testTimeout: 60_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-data-test-'));
  cpSync('data', join(dir, 'data'), { recursive: true, filter: (src) => !src.includes('/raw') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeDataFiles', () => {
  it('refuses a file the build would refuse, naming file, line and field, and changes nothing', () => {
    const data = join(dir, 'data');
    const before = readFileSync(join(data, 'policies/287g.csv'), 'utf8');
    const broken = before.replace(/,participates,/, ',cooperates-a-bit,');
    expect(() => writeDataFiles(data, new Map([['policies/287g.csv', broken], ['import-report/never-written.txt', 'x\n']]))).toThrow(
      /data\/policies\/287g\.csv:\d+: category:/,
    );
    expect(readFileSync(join(data, 'policies/287g.csv'), 'utf8')).toBe(before);
    expect(readdirSync(join(data, 'import-report'))).not.toContain('never-written.txt');
    expect(readdirSync(join(data, 'policies')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes valid files together', () => {
    const data = join(dir, 'data');
    const before = readFileSync(join(data, 'sources/287g.csv'), 'utf8');
    const valid = writeDataFiles(data, new Map([['sources/287g.csv', before], ['import-report/note.txt', 'x\n']]));
    expect(valid.records.length).toBeGreaterThan(2000);
    expect(readFileSync(join(data, 'import-report/note.txt'), 'utf8')).toBe('x\n');
  });
});
