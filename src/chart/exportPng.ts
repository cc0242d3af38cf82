/**
 * The chart as a PNG: the live SVG (bands, axes, rule) drawn onto a canvas under its title, with
 * the legend values of the shown month, the notes and a credit below, so the image stands on its
 * own. The SVG goes through a data: URL (allowed by the page's img-src), not a blob: URL.
 */
import { BAND_COLORS } from './Chart';
import type { BandKey } from './model';

export interface PngText {
  title: string;
  month: string;
  legend: { key: BandKey; label: string; value: string }[];
  notes: string[];
  credit: string;
}

const SCALE = 2;
const PAD = 16;

export async function chartPng(svg: SVGSVGElement, text: PngText): Promise<Blob> {
  const width = svg.width.baseVal.value || 720;
  const height = svg.height.baseVal.value || 300;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('color', '#1a1a1a');
  const source = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();

  const legendRows = Math.ceil(text.legend.length / 3);
  const total = PAD + 28 + 18 + height + 8 + legendRows * 20 + text.notes.length * 16 + 24 + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = (width + PAD * 2) * SCALE;
  canvas.height = total * SCALE;
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width + PAD * 2, total);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = 'bold 17px system-ui, sans-serif';
  let y = PAD + 18;
  ctx.fillText(text.title, PAD, y);
  ctx.font = '13px system-ui, sans-serif';
  y += 20;
  ctx.fillText(text.month, PAD, y);
  y += 10;
  ctx.drawImage(image, PAD, y, width, height);
  y += height + 8;
  const column = width / 3;
  text.legend.forEach((item, i) => {
    const x = PAD + (i % 3) * column;
    const rowY = y + Math.floor(i / 3) * 20;
    ctx.fillStyle = BAND_COLORS[item.key];
    ctx.fillRect(x, rowY, 12, 12);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(`${item.label}: ${item.value}`, x + 18, rowY + 11);
  });
  y += legendRows * 20 + 6;
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = '#4a4a4a';
  for (const note of text.notes) {
    ctx.fillText(note, PAD, y + 10, width);
    y += 16;
  }
  ctx.fillText(text.credit, PAD, y + 16, width);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
