/**
 * npm-less check of the category palette (src/domain/categories.ts): for normal vision and for
 * protanopia, deuteranopia and tritanopia (Machado 2009 and Brettel 1997 simulations), the
 * smallest CIEDE2000 difference between any two categories, and each category's simulated colour.
 * Prints Markdown (the tables in docs/accessibility.md come from here) and exits 1 when any pair
 * falls under MIN_DELTA_E.
 *
 *   npx tsx scripts/check-palette.ts
 */
import { CATEGORIES, CATEGORY_COLORS } from '../src/domain/categories';
import { DEFICIENCIES, hexOf, type Method, pairDifferences, simulate } from './palette/cvd';

/** Below about 10 two flat map colours start to be confused at a glance. */
export const MIN_DELTA_E = 10;

const METHODS: Method[] = ['machado2009', 'brettel1997'];
const colors = Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_COLORS[c]]));

const rows: string[] = ['| vision | simulation | min ΔE2000 | closest pair | next closest |', '|---|---|---|---|---|'];
let worst = Infinity;
const normal = pairDifferences(colors, undefined);
const fmt = (p: { a: string; b: string; deltaE: number } | undefined) => (p === undefined ? '' : `${p.a} / ${p.b} (${p.deltaE.toFixed(1)})`);
rows.push(`| normal | — | ${normal[0]!.deltaE.toFixed(1)} | ${fmt(normal[0])} | ${fmt(normal[1])} |`);
worst = Math.min(worst, normal[0]!.deltaE);
for (const deficiency of DEFICIENCIES) {
  for (const method of METHODS) {
    const pairs = pairDifferences(colors, { deficiency, method });
    worst = Math.min(worst, pairs[0]!.deltaE);
    rows.push(`| ${deficiency} | ${method} | ${pairs[0]!.deltaE.toFixed(1)} | ${fmt(pairs[0])} | ${fmt(pairs[1])} |`);
  }
}

const sim: string[] = [
  `| category | colour | ${DEFICIENCIES.map((d) => `${d} (Machado)`).join(' | ')} |`,
  `|---|---|${DEFICIENCIES.map(() => '---').join('|')}|`,
];
for (const c of CATEGORIES) {
  sim.push(`| ${c} | ${CATEGORY_COLORS[c]} | ${DEFICIENCIES.map((d) => hexOf(simulate(CATEGORY_COLORS[c], d, 'machado2009'))).join(' | ')} |`);
}

console.log(rows.join('\n'));
console.log('');
console.log(sim.join('\n'));
console.log('');
console.log(`smallest difference under any simulation: ΔE2000 ${worst.toFixed(1)} (threshold ${MIN_DELTA_E})`);
if (worst < MIN_DELTA_E) process.exitCode = 1;
