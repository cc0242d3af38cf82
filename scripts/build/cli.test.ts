// @vitest-environment node
/**
 * End-to-end runs of the real CLI (`node --import tsx scripts/build-data.ts`): a good folder builds
 * and exits 0; each of a sample of generated bad folders exits non-zero with the
 * `file:line: field: problem` message and no stack trace, and leaves the previous output
 * byte-for-byte as it was.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, CANONICAL, render, sampleBadCase, writeFiles, type BadCase } from '../../tests/fixtures/bad-inputs';
import { buildData, loadAtlas } from './pipeline';
import { contentAddress } from './site/content-address';
import { renderTiles } from './tiles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'scripts/build-data.ts');
/** One kind of each family of bad input; the seed (printed on failure) picks the case. */
const SAMPLE = ['cell:policies.fips', 'cell:policies.effective_date', 'cell:sources.url', 'non-utf8', 'stray-quote', 'duplicate-id:', 'overlap:', 'header:'];
const SEED = Number(process.env.CLI_SEED ?? Math.floor(Math.random() * 2 ** 31));
const FORMAT = /^[^:\n]+:\d+: [a-z_]+: [^\n]+$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(data: string, out: string): Promise<Run> {
  return new Promise((done, fail) => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--data', data, '--out', out], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** path → sha256 of every file in a folder and its sub-folders (the tiles). */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort()
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}

let root: string;
let out: string;
let good: Run;
let goodData: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cli-test-'));
  out = join(root, 'out');
  goodData = join(root, 'good');
  writeFiles(goodData, render(BASE, CANONICAL).files);
  good = await runCli(goodData, out);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('build-data CLI', () => {
  it('builds a good folder: exit 0, a summary line, the same files buildData renders', () => {
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^build:data: 6 records, 3 sources, \d+ jurisdictions \(2 places\), 287\(g\) agreements as of \d{4}-\d{2}-\d{2}, state and local research as of \d{4}-\d{2}-\d{2} → .* in \d+ ms\nbuild:data: tiles \d+ files, \d+ B, in \d+ ms\n$/);
    // Origins are shown relative to the cwd, as the CLI does; the CLI adds the tiles, content-addresses the app's files and adds their manifest.
    const built = buildData(goodData, loadAtlas(), ROOT).files;
    const json = (name: string) => JSON.parse(String(built.get(name))) as never;
    for (const [name, bytes] of renderTiles(json('map.topo.json'), json('status.json')).files) built.set(name, Buffer.from(bytes));
    const { files: expected, manifest } = contentAddress(built);
    expected.set('manifest.json', `${JSON.stringify(manifest, null, 1)}\n`);
    expect(manifest['data/tiles']).toMatch(/^data\/tiles\.[0-9a-f]{10}$/);
    expect(Object.keys(hashes(out))).toEqual([...expected.keys()].sort());
    for (const [name, content] of expected) expect(Buffer.from(content).equals(readFileSync(join(out, name))), name).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['good', 'out']);
  });

  it(`stops on ${SAMPLE.length} sampled bad folders (seed ${SEED}) with the message, no stack trace, the output untouched`, async () => {
    expect(good.code).toBe(0);
    const before = hashes(out);
    const cases: BadCase[] = SAMPLE.map((kind, i) => sampleBadCase(kind, SEED + i));
    const runs = await Promise.all(
      cases.map(async (bad, i) => {
        const data = join(root, `bad-${i}`, 'data');
        const previous = join(root, `bad-${i}`, 'out');
        writeFiles(data, bad.files);
        cpSync(out, previous, { recursive: true });
        return { bad, data, previous, run: await runCli(data, previous) };
      }),
    );
    for (const { bad, data, previous, run } of runs) {
      const context = `${bad.kind} (seed ${SEED}), expected ${JSON.stringify(bad.expect)}\nstderr:\n${run.stderr}`;
      expect(run.code, context).toBe(1);
      expect(run.stdout, context).toBe('');
      expect(run.stderr, `${context}: a stack trace`).not.toMatch(/^ {4}at /m);
      const lines = run.stderr.trimEnd().split('\n');
      const summary = lines.pop()!;
      expect(summary, context).toBe(`build:data: stopped on ${lines.length} problem${lines.length > 1 ? 's' : ''}; ${previous} was left as it was.`);
      for (const line of lines) expect(line, context).toMatch(FORMAT);
      const { file, line, lastLine = line, field } = bad.expect;
      const shown = relative(ROOT, join(data, file));
      const named = lines.some((l) => {
        const m = /^(.+?):(\d+): ([a-z_]+): /.exec(l);
        return !!m && m[1] === shown && (line === undefined || (Number(m[2]) >= line && Number(m[2]) <= lastLine!)) && (field === undefined || m[3] === field);
      });
      expect(named, `${context}: no line names ${shown}:${line ?? '*'}: ${field ?? '*'}`).toBe(true);
      expect(hashes(previous), `${context}: the previous output changed`).toEqual(before);
      expect(readdirSync(dirname(previous)).sort(), `${context}: temp folders left behind`).toEqual(['data', 'out']);
    }
    expect(hashes(out)).toEqual(before);
  }, 120_000);
});
