// @vitest-environment node
/**
 * The static site stage on the mini data set (tests/fixtures/mini-data): a page per jurisdiction
 * in both languages with the record's citation, summary and source; the sitemap lists them with
 * SITE_URL; the share image is a 1200×630 PNG; the poster's counts match the status on its day;
 * data names are content-addressed; the written folders replace the old ones whole.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { POLICY_HEADER, writeDataDir } from '../../../tests/fixtures/mini-data';
import type { RecordIndex, StatusIndex } from '../../../src/domain/dataset';
import { statusOn } from '../../../src/domain/status';
import { buildData, loadAtlas } from '../pipeline';
import { contentAddress, hashedName } from './content-address';
import { siteUrlFrom } from './html';
import { renderSite } from './index';
import { headersFile } from './vite-plugin';
import { writeSiteFiles } from './write';

vi.setConfig({ testTimeout: 90_000 });

const good = 'p1,county,48201,"Harris County, TX",,,ordinance,,limits,,,2010-01-01,,,Ord. 1,Test summary of the ordinance.,src-a,high,';
const dir = writeDataDir({ 'policies/local.csv': `${POLICY_HEADER}\n${good}` });
const built = buildData(dir, loadAtlas(), dir);
const json = <T,>(name: string) => JSON.parse(String(built.files.get(name))) as T;
const index = json<StatusIndex>('status.json');
const records = json<RecordIndex>('records.json');
const DAY = '2015-06-01';

function render(site: string | undefined) {
  return renderSite({
    topology: json('map.topo.json'),
    index,
    records,
    day: DAY,
    site,
    downloads: { recordsCsv: 'data/records.csv', geojson: 'data/jurisdictions.abc.geojson' },
    hasChanges: true,
  });
}
const withSite = render('https://example.org/ice-map/');
const text = (path: string) => String(withSite.files.get(path));

describe('static site stage', () => {
  it('writes an English and a Spanish page for every jurisdiction', () => {
    for (const j of index.jurisdictions) {
      expect(withSite.files.has(`place/${j.id}/index.html`), j.id).toBe(true);
      expect(withSite.files.has(`place/${j.id}/es/index.html`), j.id).toBe(true);
    }
    expect(withSite.pages).toBe(index.jurisdictions.length * 2);
  });

  it('a county page: name, status today, history in words, the record with citation, summary and source, links', () => {
    const page = text('place/48201/index.html');
    expect(page).toContain('<html lang="en">');
    expect(page).toMatch(/<title>Harris County, Texas: cooperation with ICE, status and sources<\/title>/);
    expect(page).toMatch(/<meta name="description" content="Harris County, Texas as of June 1, 2015: Limits cooperation\. One policy record/);
    expect(page).toContain('From January 1, 2010: Limits cooperation.');
    expect(page).toContain('Until January 1, 2010: No known policy.');
    expect(page).toContain('<h3>Ord. 1</h3>');
    expect(page).toContain('Test summary of the ordinance.');
    const source = records.sources['src-a']!;
    expect(page).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
    expect(page).toContain('href="../../?j=48201"');
    expect(page).toContain('href="../../place/48/"');
    expect(page).toContain('href="../../changes/"');
    expect(page).toContain('<link rel="canonical" href="https://example.org/ice-map/place/48201/">');
    expect(page).toContain('<link rel="alternate" hreflang="es" href="https://example.org/ice-map/place/48201/es/">');
    expect(page).toContain('<meta property="og:image" content="https://example.org/ice-map/og.png">');
    expect(page).not.toMatch(/<script|style="/);
  });

  it('the Spanish page translates the interface and marks English record text', () => {
    const page = text('place/48201/es/index.html');
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('Condado de Harris, Texas');
    expect(page).toContain('Desde el 1 de enero de 2010: Limita la cooperación.');
    expect(page).toContain('<p lang="en">Test summary of the ordinance.</p>');
    expect(page).toContain('href="../../../?j=48201&amp;lang=es"'.replace('&amp;', '&'));
  });

  it('a state page lists its counties with links', () => {
    const page = text('place/48/index.html');
    expect(page).toContain('href="../../place/48201/"');
  });

  it('sitemap and robots name absolute URLs with SITE_URL; relative without', () => {
    const sitemap = text('sitemap.xml');
    expect(sitemap).toContain('<loc>https://example.org/ice-map/place/48201/</loc>');
    expect(sitemap).toContain('<loc>https://example.org/ice-map/place/48201/es/</loc>');
    expect(sitemap.match(/<loc>/g)).toHaveLength(index.jurisdictions.length * 2 + 4);
    expect(text('robots.txt')).toContain('Sitemap: https://example.org/ice-map/sitemap.xml');
    const local = render(undefined);
    expect(String(local.files.get('robots.txt'))).not.toContain('Sitemap');
    expect(local.front.head).toContain('<meta property="og:image" content="og.png">');
    expect(withSite.front.head).toContain('<meta property="og:url" content="https://example.org/ice-map/">');
    expect(withSite.front.head).toContain('<meta name="twitter:card" content="summary_large_image">');
  });

  it('SITE_URL: normalised with a trailing slash; not a URL is an error', () => {
    expect(siteUrlFrom('https://example.org/ice-map')).toBe('https://example.org/ice-map/');
    expect(siteUrlFrom(undefined)).toBeUndefined();
    expect(() => siteUrlFrom('example.org')).toThrow(/SITE_URL/);
  });

  it('the share image is a 1200×630 PNG', () => {
    const png = withSite.files.get('og.png') as Buffer;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it('the poster: an inline SVG whose counts are the counties on its day, legend and links without JS', () => {
    const counties = index.jurisdictions.filter((j) => j.level === 'county');
    expect(withSite.poster.counts.limits).toBe(counties.filter((j) => statusOn(j.intervals, DAY) === 'limits').length);
    expect(withSite.front.body).toMatch(/^<div id="poster" class="poster" data-day="2015-06-01"><svg /);
    expect(withSite.front.body).toContain('<noscript>');
    expect(withSite.front.body).toContain('href="data/records.csv"');
    expect(withSite.front.body).toContain('href="place/"');
    expect(withSite.front.body).toContain('href="es/"');
    expect(text('es/index.html')).toContain('<html lang="es">');
  });
});

describe('content-addressed data', () => {
  it('renames the files the app reads and lists them in a manifest; downloads keep their names', () => {
    const { files, manifest } = contentAddress(built.files);
    const status = manifest['data/status.json']!;
    expect(status).toMatch(/^data\/status\.[0-9a-f]{10}\.json$/);
    expect(files.get(status.slice(5))).toBe(built.files.get('status.json'));
    expect(files.has('status.json')).toBe(false);
    expect(files.has('records.csv')).toBe(true);
    expect(hashedName('a.json', 'x')).not.toBe(hashedName('a.json', 'y'));
  });

  it('_headers: immutable for hashed files, short for HTML, security headers everywhere, no path with two cache rules', () => {
    const file = headersFile("default-src 'self'", ['data/status.0123456789.json', 'data/tiles.abcdef0123']);
    expect(file).toMatch(/\/data\/status\.0123456789\.json\n {2}Cache-Control: public, max-age=31536000, immutable/);
    // The tiles' folder is hashed as a whole: everything in it is immutable.
    expect(file).toMatch(/\n\/data\/tiles\.abcdef0123\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(file).toMatch(/\/place\/\*\n {2}Cache-Control: public, max-age=300/);
    expect(file).toMatch(/Content-Security-Policy: default-src 'self'; frame-ancestors \*/);
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file.split('\n/*\n')[1]!.split('\n/')[0]).not.toContain('Cache-Control');
  });
});

describe('writing the site', () => {
  it('replaces its folders whole and leaves data/ and changes/ alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(root, 'place', 'stale'), { recursive: true });
    mkdirSync(join(root, 'changes'));
    writeFileSync(join(root, 'changes', 'index.html'), 'changes');
    writeSiteFiles(root, new Map<string, string>([['place/1/index.html', 'a'], ['robots.txt', 'r']]));
    expect(readdirSync(join(root, 'place'))).toEqual(['1']);
    expect(readFileSync(join(root, 'changes', 'index.html'), 'utf8')).toBe('changes');
    expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toBe('r');
    expect(readdirSync(root).sort()).toEqual(['changes', 'place', 'robots.txt']);
    expect(() => writeSiteFiles(root, new Map([['data/x.json', '1']]))).toThrow(/another stage/);
    expect(existsSync(join(root, 'data'))).toBe(false);
  });
});
