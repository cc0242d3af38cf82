import { describe, expect, it } from 'vitest';
import { drawExport, EXPORT_FONTS, type ExportContent, type ExportContext, layoutExport, wrapText } from './png';

/** Every character 8px wide (credit 6px): enough to test wrapping and placement. */
const measure = (text: string, font: string) => text.length * (font === EXPORT_FONTS.credit ? 6 : 8);

const content: ExportContent = {
  title: 'Police, jails and ICE: who cooperates, and since when',
  subtitle: 'US counties, cities and towns on September 30, 2017',
  legend: [
    { color: '#5e3c99', symbol: '−−', ink: '#ffffff', label: 'Limits cooperation', count: '162' },
    { color: '#b2abd2', label: 'Some limits', count: '121' },
    { color: '#e4e4e4', label: 'No known policy', count: '1,699' },
    { color: '#fdb863', label: 'Required to cooperate', count: '1,183' },
    { color: '#e66101', label: 'Takes part in enforcement', count: '55' },
  ],
  credit: 'Data as of July 1, 2026. Sources: state and local laws and policies, ICE 287(g) lists, DHS and DOJ lists. Boundaries: US Census Bureau.',
  url: 'https://example.org/map/?date=2017-09',
};

describe('PNG layout', () => {
  it('wraps text to the width, keeping long words whole', () => {
    expect(wrapText('aa bb cc', 5 * 8, 'x', measure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('https://a-very-long.example/link', 40, 'x', measure)).toEqual(['https://a-very-long.example/link']);
  });

  it('stacks title, date, map, legend and credit without overlap, inside the image', () => {
    const layout = layoutExport(content, { width: 600, height: 400 }, measure);
    expect(layout.width).toBe(648);
    const titleBottom = Math.max(...layout.title.map((l) => l.y));
    const subtitleBottom = Math.max(...layout.subtitle.map((l) => l.y));
    expect(layout.title.length).toBeGreaterThan(0);
    expect(subtitleBottom).toBeGreaterThan(titleBottom);
    expect(layout.map.y).toBeGreaterThan(subtitleBottom);
    expect(layout.map).toMatchObject({ width: 600, height: 400 });
    const legendTop = Math.min(...layout.legend.map((i) => i.swatch.y));
    expect(legendTop).toBeGreaterThan(layout.map.y + layout.map.height);
    expect(layout.legend).toHaveLength(5);
    for (const item of layout.legend) expect(item.count.x + measure(item.count.text, EXPORT_FONTS.count)).toBeLessThanOrEqual(layout.width - 24);
    expect(Math.min(...layout.credit.map((l) => l.y))).toBeGreaterThan(Math.max(...layout.legend.map((i) => i.label.y)));
    expect(Math.max(...layout.credit.map((l) => l.y))).toBeLessThan(layout.height);
  });

  it('draws every part: background, texts, the map image and legend swatches', () => {
    const layout = layoutExport(content, { width: 600, height: 400 }, measure);
    const texts: string[] = [];
    const rects: string[] = [];
    const images: unknown[] = [];
    class Recorder {
      fillStyle = '';
      strokeStyle = '';
      lineWidth = 1;
      font = '';
      textBaseline = 'alphabetic';
      textAlign = 'left';
      fillRect(x: number, y: number, w: number, h: number) {
        rects.push(`${this.fillStyle} ${x},${y},${w},${h}`);
      }
      strokeRect() {}
      fillText(text: string) {
        texts.push(text);
      }
      drawImage(image: unknown, ...args: number[]) {
        images.push([image, ...args]);
      }
    }
    // A recorder standing in for CanvasRenderingContext2D (only the calls drawing makes).
    const ctx = new Recorder() as unknown as ExportContext;
    const map = { width: 1200, height: 800 } as unknown as CanvasImageSource;
    drawExport(ctx, layout, map, { paper: '#ffffff', ink: '#111111', muted: '#555555', rule: '#dddddd' });
    expect(rects[0]).toBe(`#ffffff 0,0,${layout.width},${layout.height}`);
    expect(images).toEqual([[map, layout.map.x, layout.map.y, 600, 400]]);
    const joined = texts.join(' | ');
    for (const part of [content.legend[0]!.label, '1,699', 'Takes part in enforcement', 'September 30, 2017', content.url]) expect(joined).toContain(part);
    for (const entry of content.legend) expect(rects.some((r) => r.startsWith(entry.color))).toBe(true);
    expect(texts).toContain('−−');
  });
});
