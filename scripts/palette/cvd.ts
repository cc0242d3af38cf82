/**
 * Colour-vision-deficiency simulation and colour difference, to check that the category palette
 * stays distinguishable (scripts/check-palette.ts, docs/accessibility.md).
 *
 * - Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
 *   vision deficiency": 3×3 matrices on linear RGB; severity 1.0 (dichromacy, the worst case).
 * - Brettel, Viénot & Mollon (1997), "Computerized simulation of color appearance for dichromats":
 *   two half-plane projections in LMS, precomputed for sRGB as in DaltonLens (libDaltonLens).
 * - CIEDE2000 colour difference (Sharma, Wu & Dalal 2005) in CIELAB (D65).
 */
import { parseHex, toLinear } from '../../src/a11y/contrast';

export type Vec3 = [number, number, number];
type Mat3 = readonly [number, number, number, number, number, number, number, number, number];

export const DEFICIENCIES = ['protanopia', 'deuteranopia', 'tritanopia'] as const;
export type Deficiency = (typeof DEFICIENCIES)[number];

const MACHADO_2009: Record<Deficiency, Mat3> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

interface BrettelParams {
  first: Mat3;
  second: Mat3;
  /** Normal of the plane separating the two half-planes, in linear RGB. */
  normal: Vec3;
}

const BRETTEL_1997: Record<Deficiency, BrettelParams> = {
  protanopia: {
    first: [0.1498, 1.19548, -0.34528, 0.10764, 0.84864, 0.04372, 0.00384, -0.0054, 1.00156],
    second: [0.1457, 1.16172, -0.30742, 0.10816, 0.85291, 0.03892, 0.00386, -0.00524, 1.00139],
    normal: [0.00048, 0.00393, -0.00441],
  },
  deuteranopia: {
    first: [0.36477, 0.86381, -0.22858, 0.26294, 0.64245, 0.09462, -0.02006, 0.02728, 0.99278],
    second: [0.37298, 0.88166, -0.25464, 0.25954, 0.63506, 0.1054, -0.0198, 0.02784, 0.99196],
    normal: [-0.00281, -0.00611, 0.00892],
  },
  tritanopia: {
    first: [1.01277, 0.13548, -0.14826, -0.01243, 0.86812, 0.14431, 0.07589, 0.805, 0.11911],
    second: [0.93678, 0.18979, -0.12657, 0.06154, 0.81526, 0.1232, -0.37562, 1.12767, 0.24796],
    normal: [0.03901, -0.02788, -0.01113],
  },
};

function apply(m: Mat3, [r, g, b]: Vec3): Vec3 {
  return [m[0] * r + m[1] * g + m[2] * b, m[3] * r + m[4] * g + m[5] * b, m[6] * r + m[7] * g + m[8] * b];
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

export function linearRgb(hex: string): Vec3 {
  return parseHex(hex).map(toLinear) as Vec3;
}

export type Method = 'machado2009' | 'brettel1997';

/** The linear RGB a viewer with `deficiency` perceives for `hex` (clamped to the gamut). */
export function simulate(hex: string, deficiency: Deficiency, method: Method): Vec3 {
  const rgb = linearRgb(hex);
  let out: Vec3;
  if (method === 'machado2009') {
    out = apply(MACHADO_2009[deficiency], rgb);
  } else {
    const p = BRETTEL_1997[deficiency];
    const side = rgb[0] * p.normal[0] + rgb[1] * p.normal[1] + rgb[2] * p.normal[2];
    out = apply(side >= 0 ? p.first : p.second, rgb);
  }
  return out.map(clamp01) as Vec3;
}

/** "#rrggbb" of a linear RGB colour. */
export function hexOf(linear: Vec3): string {
  return `#${linear
    .map((c) => {
      const s = c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
      return Math.round(clamp01(s) * 255)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')}`;
}

/** CIELAB (D65, 2°) of a linear RGB colour. */
export function labOf([r, g, b]: Vec3): Vec3 {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const fx = f(x);
  const fy = f(y);
  const fz = f(z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const DEG = Math.PI / 180;

/** CIEDE2000 ΔE between two CIELAB colours (kL = kC = kH = 1). */
export function deltaE2000([L1, a1, b1]: Vec3, [L2, a2, b2]: Vec3): number {
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cbar = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cbar ** 7 / (Cbar ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a) / DEG;
    return h < 0 ? h + 360 : h;
  };
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * DEG);
  const Lbarp = (L1 + L2) / 2;
  const Cbarp = (C1p + C2p) / 2;
  let hbarp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hbarp = (h1p + h2p) / 2;
    else hbarp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hbarp - 30) * DEG) +
    0.24 * Math.cos(2 * hbarp * DEG) +
    0.32 * Math.cos((3 * hbarp + 6) * DEG) -
    0.2 * Math.cos((4 * hbarp - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hbarp - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cbarp ** 7 / (Cbarp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lbarp - 50) ** 2) / Math.sqrt(20 + (Lbarp - 50) ** 2);
  const Sc = 1 + 0.045 * Cbarp;
  const Sh = 1 + 0.015 * Cbarp * T;
  const Rt = -Math.sin(2 * dTheta * DEG) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

export interface PairDifference {
  a: string;
  b: string;
  deltaE: number;
}

/** Every pair of `colors` (name → hex) under a vision (undefined: normal), smallest ΔE first. */
export function pairDifferences(
  colors: Readonly<Record<string, string>>,
  vision: { deficiency: Deficiency; method: Method } | undefined,
): PairDifference[] {
  const names = Object.keys(colors);
  const lab = new Map(
    names.map((n) => [n, labOf(vision === undefined ? linearRgb(colors[n]!) : simulate(colors[n]!, vision.deficiency, vision.method))]),
  );
  const pairs: PairDifference[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      pairs.push({ a: names[i]!, b: names[j]!, deltaE: deltaE2000(lab.get(names[i]!)!, lab.get(names[j]!)!) });
    }
  }
  return pairs.sort((x, y) => x.deltaE - y.deltaE);
}
