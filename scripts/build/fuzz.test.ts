// @vitest-environment node
/**
 * "Holds up under bad input": property tests of the read-and-validate stage and of the whole build.
 * Thousands of generated bad data folders (tests/fixtures/bad-inputs.ts) must each stop the build
 * with `file:line: field: problem` naming the right place, and never with any other exception;
 * valid folders written in any way a spreadsheet or editor might must build byte-identically.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BAD_KIND_PREFIXES,
  BASE,
  CANONICAL,
  FUZZ_COUNTIES,
  badCase,
  render,
  styleArb,
  validDataset,
  writeFiles,
  type Dataset,
  type Files,
} from '../../tests/fixtures/bad-inputs';
import { DataError, dataErrorsOf } from './errors';
import { buildData, loadAtlas, readRawData } from './pipeline';
import { readCsv, type CsvRow } from './read-csv';
import { COLUMNS, validate, type RawData, type ValidData } from './validate';

/** Generated bad folders per run, read in memory (about 2 ms each with generation). */
const BAD_RUNS = Number(process.env.FUZZ_BAD_RUNS ?? 2_000);
/** Of those, also written to disk and read by readRawData, to prove the in-memory reader equivalent. */
const DISK_RUNS = 150;
/** Valid folders per run, read and validated in two styles. */
const VALID_RUNS = Number(process.env.FUZZ_VALID_RUNS ?? 200);
/** Whole builds per run (about 0.5 s each). */
const BUILD_RUNS = Number(process.env.FUZZ_BUILD_RUNS ?? 10);

/** One line, `file:line: field: problem`. */
const FORMAT = /^[^:\n]+:\d+: [a-z_]+: [^\n]+$/;
const GEOGRAPHY = { counties: new Set(FUZZ_COUNTIES) };

const scratch = mkdtempSync(join(tmpdir(), 'fuzz-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Outcome = { ok: true; data: ValidData } | { ok: false; errors: readonly DataError[] };

/** The folders and files readRawData reads (pipeline.ts), for reading a folder held in memory. */
const LAYOUT: [keyof RawData, string, 'folder' | 'file', 'required' | 'optional'][] = [
  ['policies', 'policies', 'folder', 'required'],
  ['sources', 'sources', 'folder', 'required'],
  ['places', 'places', 'folder', 'optional'],
  ['lists', 'federal/lists.csv', 'file', 'optional'],
  ['entries', 'federal/entries.csv', 'file', 'optional'],
  ['events', 'events.csv', 'file', 'optional'],
  ['consolidated', 'consolidated.csv', 'file', 'optional'],
];

/** readRawData for files held in memory: readCsv on each, in the same order, with the same errors. */
function readInMemory(files: Files): RawData {
  const raw = {} as RawData;
  for (const [role, path, shape, need] of LAYOUT) {
    const paths = Object.keys(files)
      .filter((p) => (shape === 'folder' ? p.startsWith(`${path}/`) && p.endsWith('.csv') : p === path))
      .sort();
    if (paths.length === 0 && need === 'required') throw new DataError(path, 0, 'file', 'missing (the build needs it)');
    const rows: CsvRow[] = [];
    for (const p of paths) {
      const content = files[p]!;
      rows.push(...readCsv(p, typeof content === 'string' ? Buffer.from(content) : content, COLUMNS[role]));
    }
    raw[role] = rows;
  }
  return raw;
}

/** Reads and validates a data folder given as files; anything but a DataError propagates. */
function readAndValidate(files: Files, disk?: string): Outcome {
  try {
    if (!disk) return { ok: true, data: validate(readInMemory(files), GEOGRAPHY) };
    writeFiles(disk, files);
    return { ok: true, data: validate(readRawData(disk, disk), GEOGRAPHY) };
  } catch (error) {
    const errors = dataErrorsOf(error);
    if (!errors) throw error;
    return { ok: false, errors };
  }
}

const show = (files: Files) =>
  Object.entries(files)
    .map(([path, content]) => `--- ${path}\n${typeof content === 'string' ? JSON.stringify(content.slice(0, 2_000)) : `<${content.length} bytes>`}`)
    .join('\n');

describe('bad input', () => {
  it(`stops on each of ${BAD_RUNS} generated bad folders with file:line: field: problem at the right place`, () => {
    const kinds = new Map<string, number>();
    let runs = 0;
    fc.assert(
      fc.property(badCase, (bad) => {
        kinds.set(bad.kind, (kinds.get(bad.kind) ?? 0) + 1);
        const outcome = readAndValidate(bad.files);
        const context = `${bad.kind}, expected ${JSON.stringify(bad.expect)}`;
        if (runs++ < DISK_RUNS) {
          const onDisk = readAndValidate(bad.files, join(scratch, 'data'));
          expect(onDisk.ok ? [] : onDisk.errors.map((e) => e.message), `${context}: readRawData on disk disagrees`).toEqual(
            outcome.ok ? [] : outcome.errors.map((e) => e.message),
          );
        }
        if (outcome.ok) expect.fail(`accepted a bad folder (${context})\n${show(bad.files)}`);
        const messages = outcome.errors.map((e) => e.message);
        for (const m of messages) {
          expect(m, context).toMatch(FORMAT);
          expect(m.length, `${context}: an over-long message`).toBeLessThanOrEqual(600);
        }
        const known = new Set([...Object.keys(bad.files), bad.expect.file]);
        for (const e of outcome.errors) expect(known, `${context}: ${e.message} names a file not in the folder`).toContain(e.file);
        const { file, line, lastLine = line, field } = bad.expect;
        const lineOk = (n: number) => line === undefined || (n >= line && n <= lastLine!);
        const hit = outcome.errors.some((e) => e.file === file && lineOk(e.line) && (field === undefined || e.field === field));
        const where = `${file}:${line === undefined ? '*' : line === lastLine ? line : `${line}-${lastLine}`}: ${field ?? '*'}`;
        if (!hit) expect.fail(`no error names ${where} (${bad.kind}); got:\n${messages.join('\n')}\n${show(bad.files)}`);
      }),
      { numRuns: BAD_RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );
    expect(runs).toBe(BAD_RUNS);
    const untried = BAD_KIND_PREFIXES.filter((prefix) => ![...kinds.keys()].some((k) => k.startsWith(prefix)));
    expect(untried, 'kinds of bad input the run never generated').toEqual([]);
  }, Math.max(60_000, BAD_RUNS * 20));
});

/** Canonical writing vs. any other valid writing of the same rows. */
describe('valid edits', () => {
  it(`reads ${VALID_RUNS} valid folders written in any style (BOM, CRLF/CR/mixed, quoting, padding) to the same data`, () => {
    fc.assert(
      fc.property(validDataset, styleArb(), (ds, style) => {
        const canonical = readAndValidate(render(ds, CANONICAL).files);
        if (!canonical.ok) expect.fail(`the generated valid folder is invalid:\n${canonical.errors.map((e) => e.message).join('\n')}`);
        const edited = readAndValidate(render(ds, style).files);
        if (!edited.ok) expect.fail(`a valid edit was rejected (${JSON.stringify(style)}):\n${edited.errors.map((e) => e.message).join('\n')}`);
        expect(edited.data).toEqual(canonical.data);
      }),
      { numRuns: VALID_RUNS },
    );
  }, Math.max(60_000, VALID_RUNS * 20));

  it(`builds byte-identical output for ${BUILD_RUNS} valid edits, also with rows reordered and blank lines`, () => {
    const atlas = loadAtlas();
    const build = (files: Files, name: string) => {
      const dir = join(scratch, name);
      writeFiles(dir, files);
      return buildData(dir, atlas, dir).files;
    };
    const expected = build(render(BASE, CANONICAL).files, 'base');
    const permutation = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });
    const reorderings = fc.tuple(
      ...Object.keys(BASE)
        .sort()
        .map((path) => fc.option(permutation(BASE[path]!.rows.length), { nil: undefined })),
    );
    fc.assert(
      fc.property(styleArb(fc.boolean()), reorderings, (style, orders) => {
        const ds: Dataset = Object.fromEntries(
          Object.keys(BASE)
            .sort()
            .map((path, i) => {
              const t = BASE[path]!;
              const order = orders[i];
              return [path, { header: t.header, rows: order ? order.map((j) => t.rows[j]!) : t.rows }];
            }),
        );
        const { files, lines } = render(ds, style);
        const actual = build(files, 'edited');
        expect([...actual.keys()]).toEqual([...expected.keys()]);
        const moved = style.blankLines || orders.some((o) => o && o.some((j, k) => j !== k));
        for (const [name, content] of expected) {
          if (name !== 'records.json' || !moved) {
            expect(String(actual.get(name)) === String(content), `${name} differs (${JSON.stringify(style)}, ${JSON.stringify(orders)})`).toBe(true);
            continue;
          }
          // records.json names each record's file:line (for "report an error" links): rows that
          // moved must point at their new line and be otherwise identical.
          const before = JSON.parse(String(content)) as { records: Record<string, { origin: string }> };
          const after = JSON.parse(String(actual.get(name))) as typeof before;
          for (const [id, record] of Object.entries(after.records)) {
            const [path, line] = record.origin.split(':') as [string, string];
            const row = ds[path]!.rows.findIndex((r) => r[0] === id);
            expect(Number(line), `origin of ${id}`).toBe(lines[path]![row + 1]);
            record.origin = before.records[id]!.origin;
          }
          expect(JSON.stringify(after)).toBe(String(content));
        }
      }),
      { numRuns: BUILD_RUNS },
    );
  }, 120_000);
});
