/**
 * The share preview: a 1200×630 PNG of today's map with title, date, legend and credit, drawn as
 * SVG and rasterised by resvg. resvg draws text only with the fonts it is given, so it gets
 * DejaVu Sans from an npm package and never looks at the machine's fonts (same image everywhere).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { CATEGORIES, CATEGORY_COLORS, type Category } from '../../../src/domain/categories';
import { formatNumber } from '../../../src/i18n/format';
import { esc } from './html';
import type { Poster } from './poster';
import type { Words } from './words';

const require = createRequire(import.meta.url);
export const OG_FONTS = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export function ogSvg(poster: Poster, w: Words, date: string, asOf: string): string {
  const mapBox = { x: 16, y: 112, width: 780, height: 490 };
  const legend = CATEGORIES.map((c: Category, i) => {
    const y = 150 + i * 64;
    return (
      `<rect x="812" y="${y}" width="28" height="28" rx="4" fill="${CATEGORY_COLORS[c]}"/>` +
      `<text x="852" y="${y + 21}" font-size="21" fill="#1a1a1a">${esc(w.category[c])}</text>` +
      `<text x="852" y="${y + 48}" font-size="19" fill="#555">${esc(formatNumber(poster.counts[c], w.locale))}</text>`
    );
  }).join('');
  // The poster's own <svg>, re-placed into the card's map box (nested SVGs keep their viewBox).
  const map = poster.svg.replace(/^<svg /, `<svg x="${mapBox.x}" y="${mapBox.y}" width="${mapBox.width}" height="${mapBox.height}" `);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="DejaVu Sans">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>` +
    `<text x="32" y="58" font-size="36" font-weight="bold" fill="#111">${esc(w.siteTitle)}</text>` +
    `<text x="32" y="96" font-size="24" fill="#444">${esc(w.legendTitle(date))}</text>` +
    map +
    legend +
    `<text x="812" y="${OG_HEIGHT - 28}" font-size="16" fill="#555">${esc(w.dataAsOf(asOf))}</text>` +
    '</svg>'
  );
}

export function renderOgPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: OG_FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}
