/**
 * A tiny PNG decoder (node:zlib) for reading the pixels of playwright screenshots: 8-bit RGB,
 * RGBA, grey and grey+alpha, non-interlaced — what Chromium writes. Plus colour helpers for pixel
 * assertions (hex parsing, distance, distinct-colour counts).
 */
import { inflateSync } from 'node:zlib';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, row-major, 4 bytes per pixel. */
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Uint8Array): DecodedPng {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colourType = body[9]!;
      const interlace = body[12];
      if (depth !== 8 || CHANNELS[colourType] === undefined || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const channels = CHANNELS[colourType];
  if (channels === undefined || width === 0) throw new Error('PNG without a usable IHDR');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[src + x]!;
      const left = x >= channels ? pixels[dst + x - channels]! : 0;
      const up = y > 0 ? pixels[dst - stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[dst - stride + x - channels]! : 0;
      let out: number;
      switch (filter) {
        case 0:
          out = value;
          break;
        case 1:
          out = value + left;
          break;
        case 2:
          out = value + up;
          break;
        case 3:
          out = value + ((left + up) >> 1);
          break;
        case 4:
          out = value + paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      pixels[dst + x] = out & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    const o = i * 4;
    if (channels >= 3) {
      data[o] = pixels[j]!;
      data[o + 1] = pixels[j + 1]!;
      data[o + 2] = pixels[j + 2]!;
    } else {
      data[o] = data[o + 1] = data[o + 2] = pixels[j]!;
    }
    data[o + 3] = channels === 4 ? pixels[j + 3]! : channels === 2 ? pixels[j + 1]! : 255;
  }
  return { width, height, data };
}

/** The pixel at (x, y), rounded to whole pixels. */
export function pixelAt(image: DecodedPng, x: number, y: number): Rgba {
  const px = Math.round(x);
  const py = Math.round(y);
  if (px < 0 || py < 0 || px >= image.width || py >= image.height) {
    throw new Error(`pixel (${px}, ${py}) outside the ${image.width}×${image.height} image`);
  }
  const o = (py * image.width + px) * 4;
  const d = image.data;
  return { r: d[o]!, g: d[o + 1]!, b: d[o + 2]!, a: d[o + 3]! };
}

export function hexToRgba(hex: string): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16), a: 255 };
}

export function rgbaToHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Largest per-channel difference of the colour channels (alpha ignored). */
export function colourDistance(a: Rgba, b: Rgba): number {
  return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b));
}

/** The name of the palette colour nearest to `colour` (for readable failure messages). */
export function nearestColour<K extends string>(colour: Rgba, palette: Record<K, string>): { name: K; distance: number } {
  let best: { name: K; distance: number } | undefined;
  for (const name of Object.keys(palette) as K[]) {
    const distance = colourDistance(colour, hexToRgba(palette[name]));
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best === undefined) throw new Error('empty palette');
  return best;
}

/** Number of distinct RGB colours covering at least `minPixels` pixels each. */
export function distinctColours(image: DecodedPng, minPixels = 1): number {
  const counts = new Map<number, number>();
  const d = image.data;
  for (let o = 0; o < d.length; o += 4) {
    const key = (d[o]! << 16) | (d[o + 1]! << 8) | d[o + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let n = 0;
  for (const count of counts.values()) if (count >= minPixels) n++;
  return n;
}

/** Pixels within `tolerance` of `colour`. */
export function countColour(image: DecodedPng, colour: Rgba, tolerance = 6): number {
  let n = 0;
  const d = image.data;
  for (let o = 0; o < d.length; o += 4) {
    if (Math.abs(d[o]! - colour.r) <= tolerance && Math.abs(d[o + 1]! - colour.g) <= tolerance && Math.abs(d[o + 2]! - colour.b) <= tolerance) n++;
  }
  return n;
}
