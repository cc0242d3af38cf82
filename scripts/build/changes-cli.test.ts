// @vitest-environment node
/** build:data writes the "What changed" page and feed beside its output, and stops on a bad changelog. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });
const root = mkdtempSync(join(tmpdir(), 'changes-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(data: string, out: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--data', data, '--out', out], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('build:data and the changelog', () => {
  it('writes changes/index.html and changes.atom beside the data output, with SITE_URL links', () => {
    const out = join(root, 'site', 'data');
    const r = run('data', out, { SITE_URL: 'https://example.org/map/' });
    expect(r.status, r.stderr).toBe(0);
    const feed = readFileSync(join(root, 'site', 'changes.atom'), 'utf8');
    expect(feed).toContain('<id>https://example.org/map/changes.atom</id>');
    expect(readFileSync(join(root, 'site', 'changes', 'index.html'), 'utf8')).toContain('https://example.org/map/place/04013/');
  });

  it('stops on a bad changelog with file and field, and writes nothing', () => {
    const data = join(root, 'bad-data');
    cpSync('data', data, { recursive: true, filter: (src) => !src.includes('/raw') });
    const entries = JSON.parse(readFileSync(join(data, 'changelog.json'), 'utf8')) as { counts: { corrected: number } }[];
    entries[0]!.counts.corrected += 1;
    writeFileSync(join(data, 'changelog.json'), JSON.stringify(entries));
    const out = join(root, 'bad-site', 'data');
    const r = run(data, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/changelog\.json:0: \[0\]\.counts\.corrected: says \d+ but the entry lists \d+/);
    expect(existsSync(join(root, 'bad-site'))).toBe(false);
  });
});
