/**
 * CSV for the import scripts: raw files are read with the build's reader (scripts/build/read-csv.ts,
 * so a bad raw file fails as `file:line: field: problem` like a bad data file), data files are
 * written deterministically (fixed column order from the zod schemas, "\n" endings, quotes only
 * where needed).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { readCsv, type CsvRow } from '../build/read-csv';

export type { CsvRow };

/** The columns of a data file, in the order its zod schema declares them (one list, never retyped). */
export function columnsOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): (keyof S & string)[] {
  return Object.keys(schema.shape) as (keyof S & string)[];
}

/** Reads a raw source file; its header must hold exactly `columns`. */
export function readRawCsv(path: string, columns: readonly string[], displayRoot = process.cwd()): CsvRow[] {
  return readCsv(relative(displayRoot, path) || path, readFileSync(path), columns);
}

function quote(value: string): string {
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv<K extends string>(columns: readonly K[], rows: readonly Partial<Record<K, string | undefined>>[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
