/**
 * Census county population (Vintage 2024) → data/population/census-2024.csv.
 *
 *   npx tsx scripts/import/census-population.ts [path/to/co-est2024-alldata.csv]
 *
 * Keeps only what the chart uses: state (SUMLEV 040) and county (050) rows with the July 1, 2024
 * estimate, re-encoded from the Census file's Latin-1 to UTF-8 ("Doña Ana County"). Sorted by FIPS,
 * byte-identical on rerun. Provenance: data/population/SOURCE.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { toCsv } from './csv';

const input = process.argv[2] ?? '/work/shared/data-sources/census-county-population-2024/co-est2024-alldata.csv';
const output = 'data/population/census-2024.csv';

// The Census file is Latin-1, not UTF-8: decoding it as UTF-8 would mangle ñ and similar letters.
const rows = parse(readFileSync(input).toString('latin1'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const out = rows
  .filter((r) => r.SUMLEV === '040' || r.SUMLEV === '050')
  .map((r) => ({
    fips: r.SUMLEV === '040' ? r.STATE! : `${r.STATE}${r.COUNTY}`,
    name: r.SUMLEV === '040' ? r.STNAME! : `${r.CTYNAME}, ${r.STNAME}`,
    population_2024: r.POPESTIMATE2024!,
  }))
  .sort((a, b) => (a.fips < b.fips ? -1 : 1));
writeFileSync(output, toCsv(['fips', 'name', 'population_2024'] as const, out));
console.log(`${output}: ${out.length} rows`);
