/**
 * The map as a PNG with its title, date, legend and credit drawn in, composed on a 2D canvas.
 *
 * maplibre draws into a WebGL canvas without preserveDrawingBuffer (keeping it would slow every
 * frame), so its pixels can only be read in the task that drew them: `map.redraw()` renders a frame
 * synchronously and the map canvas is copied onto the 2D canvas right after, in the same task
 * (wholeMap.ts, which also frames the whole country at print resolution).
 * Layout is a pure function of the content and a text-measuring function, tested without a
 * canvas; drawing takes any 2D context.
 */
import type { MapInstance } from './mapHandle';
import { type Bounds, EXPORT_MAP_SIZE, exportPixelRatio, withWholeMap } from './wholeMap';

export interface LegendEntry {
  color: string;
  /** A symbol drawn on the swatch so categories differ without colour (src/a11y/CategoryMark.tsx), and its ink. */
  symbol?: string;
  ink?: string;
  label: string;
  /** Already formatted ("1,234"). */
  count: string;
}

export interface ExportContent {
  title: string;
  /** e.g. "US counties, cities and towns on September 30, 2017". */
  subtitle: string;
  legend: LegendEntry[];
  credit: string;
  /** The link to this view, printed at the bottom. */
  url: string;
}

export interface ExportTheme {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
}

export type Measure = (text: string, font: string) => number;

const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const EXPORT_FONTS = {
  title: `700 24px ${FAMILY}`,
  subtitle: `400 16px ${FAMILY}`,
  legend: `400 14px ${FAMILY}`,
  count: `400 14px ${FAMILY}`,
  credit: `400 12px ${FAMILY}`,
  symbol: `700 11px ${FAMILY}`,
};

const MARGIN = 24;
const MIN_WIDTH = 480;
const LINE = { title: 30, subtitle: 22, legend: 24, credit: 16 };
const SWATCH = 16;

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface LegendItemLayout {
  color: string;
  symbol?: string;
  ink?: string;
  swatch: { x: number; y: number; size: number };
  label: TextLine;
  count: TextLine;
}

export interface ExportLayout {
  width: number;
  height: number;
  title: TextLine[];
  subtitle: TextLine[];
  map: { x: number; y: number; width: number; height: number };
  legend: LegendItemLayout[];
  credit: TextLine[];
}

/** Greedy word wrap; a word longer than the line (a URL) is kept whole on its own line. */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function layoutExport(content: ExportContent, mapSize: { width: number; height: number }, measure: Measure): ExportLayout {
  const mapWidth = Math.max(1, Math.round(mapSize.width));
  const mapHeight = Math.max(1, Math.round(mapSize.height));
  const width = Math.max(MIN_WIDTH, mapWidth) + 2 * MARGIN;
  const inner = width - 2 * MARGIN;
  let y = MARGIN;

  const block = (text: string, font: string, lineHeight: number, ascent: number): TextLine[] =>
    wrapText(text, inner, font, measure).map((line) => {
      const out = { text: line, x: MARGIN, y: y + ascent };
      y += lineHeight;
      return out;
    });

  const title = block(content.title, EXPORT_FONTS.title, LINE.title, 23);
  const subtitle = block(content.subtitle, EXPORT_FONTS.subtitle, LINE.subtitle, 16);
  y += 10;
  const map = { x: MARGIN + Math.round((inner - mapWidth) / 2), y, width: mapWidth, height: mapHeight };
  y += mapHeight + 14;

  const legend: LegendItemLayout[] = [];
  let x = MARGIN;
  for (const entry of content.legend) {
    const labelWidth = measure(entry.label, EXPORT_FONTS.legend);
    const countWidth = measure(entry.count, EXPORT_FONTS.count);
    const itemWidth = SWATCH + 6 + labelWidth + 6 + countWidth;
    if (x > MARGIN && x + itemWidth > MARGIN + inner) {
      x = MARGIN;
      y += LINE.legend;
    }
    legend.push({
      color: entry.color,
      ...(entry.symbol !== undefined ? { symbol: entry.symbol } : {}),
      ...(entry.ink !== undefined ? { ink: entry.ink } : {}),
      swatch: { x, y: y + 2, size: SWATCH },
      label: { text: entry.label, x: x + SWATCH + 6, y: y + 15 },
      count: { text: entry.count, x: x + SWATCH + 6 + labelWidth + 6, y: y + 15 },
    });
    x += itemWidth + 22;
  }
  y += LINE.legend + 8;

  const credit = [...block(content.credit, EXPORT_FONTS.credit, LINE.credit, 12), ...block(content.url, EXPORT_FONTS.credit, LINE.credit, 12)];
  y += MARGIN - 4;
  return { width, height: Math.ceil(y), title, subtitle, map, legend, credit };
}

/** The 2D-context calls drawing needs (a CanvasRenderingContext2D, or a recorder in tests). */
export type ExportContext = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'font' | 'textBaseline' | 'textAlign' | 'fillRect' | 'strokeRect' | 'fillText' | 'drawImage'
>;

export function drawExport(ctx: ExportContext, layout: ExportLayout, mapImage: CanvasImageSource, theme: ExportTheme): void {
  ctx.fillStyle = theme.paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';

  ctx.fillStyle = theme.ink;
  ctx.font = EXPORT_FONTS.title;
  for (const line of layout.title) ctx.fillText(line.text, line.x, line.y);
  ctx.fillStyle = theme.muted;
  ctx.font = EXPORT_FONTS.subtitle;
  for (const line of layout.subtitle) ctx.fillText(line.text, line.x, line.y);

  const { map } = layout;
  ctx.drawImage(mapImage, map.x, map.y, map.width, map.height);
  ctx.strokeStyle = theme.rule;
  ctx.lineWidth = 1;
  ctx.strokeRect(map.x + 0.5, map.y + 0.5, map.width - 1, map.height - 1);

  for (const item of layout.legend) {
    ctx.fillStyle = item.color;
    ctx.fillRect(item.swatch.x, item.swatch.y, item.swatch.size, item.swatch.size);
    ctx.strokeStyle = theme.rule;
    ctx.strokeRect(item.swatch.x + 0.5, item.swatch.y + 0.5, item.swatch.size - 1, item.swatch.size - 1);
    if (item.symbol !== undefined) {
      ctx.fillStyle = item.ink ?? theme.ink;
      ctx.font = EXPORT_FONTS.symbol;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(item.symbol, item.swatch.x + item.swatch.size / 2, item.swatch.y + item.swatch.size / 2 + 0.5);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
    }
    ctx.fillStyle = theme.ink;
    ctx.font = EXPORT_FONTS.legend;
    ctx.fillText(item.label.text, item.label.x, item.label.y);
    ctx.fillStyle = theme.muted;
    ctx.font = EXPORT_FONTS.count;
    ctx.fillText(item.count.text, item.count.x, item.count.y);
  }

  ctx.fillStyle = theme.muted;
  ctx.font = EXPORT_FONTS.credit;
  for (const line of layout.credit) ctx.fillText(line.text, line.x, line.y);
}

/** The page's own colours (light or dark theme), from its CSS custom properties. */
function pageTheme(doc: Document = document): ExportTheme {
  const style = doc.defaultView?.getComputedStyle(doc.documentElement);
  const read = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
  return { paper: read('--paper', '#ffffff'), ink: read('--ink', '#1a1a1a'), muted: read('--ink-2', '#4a4a4a'), rule: read('--rule', '#dcdcdc') };
}

/**
 * Composes the whole map (see wholeMap.ts: the country and its insets, at least 2× the screen's
 * resolution) with `content` into a PNG.
 */
export async function renderMapPng(
  map: MapInstance,
  bounds: Bounds,
  content: ExportContent,
  theme: ExportTheme = pageTheme(),
  doc: Document = document,
): Promise<Blob> {
  const out = doc.createElement('canvas');
  const ctx = out.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas');
  const measure: Measure = (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layout = layoutExport(content, EXPORT_MAP_SIZE, measure);
  const scale = exportPixelRatio(doc.defaultView?.devicePixelRatio || 1);
  out.width = Math.round(layout.width * scale);
  out.height = Math.round(layout.height * scale);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  await withWholeMap(map, bounds, (source) => drawExport(ctx, layout, source, theme), doc.defaultView ?? window);
  return new Promise<Blob>((resolve, reject) => {
    out.toBlob((blob) => (blob !== null ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}
