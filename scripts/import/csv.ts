/**
 * CSV helpers shared by the import scripts: read with line numbers, write deterministically
 * (fixed column order, "\n" endings, quotes only where needed), and validate written files
 * against the zod schemas with `file:line: field: problem` errors.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

export interface CsvRow {
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export function parseCsv(text: string): CsvRow[] {
  const parsed = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return parsed.map(({ record, info }) => {
    const embeddedNewlines = Object.values(record).reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - embeddedNewlines, values: record };
  });
}

export function readCsv(path: string): CsvRow[] {
  return parseCsv(readFileSync(path, 'utf8'));
}

function quote(value: string): string {
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv<K extends string>(columns: readonly K[], rows: readonly Partial<Record<K, string | undefined>>[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

/** Parses a written file and checks every row against `schema`; throws listing every bad row. */
export function validateCsvFile(path: string, schema: z.ZodType, columns: readonly string[]): number {
  const text = readFileSync(path, 'utf8');
  const header = text.slice(0, text.indexOf('\n'));
  if (header !== columns.join(',')) throw new Error(`${path}:1: header is "${header}", expected "${columns.join(',')}"`);
  const rows = parse(text, { columns: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
  const problems: string[] = [];
  for (const { record, info } of rows) {
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${path}:${info.lines}: ${issue.path.join('.') || '(row)'}: ${issue.message}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`schema validation failed:\n${problems.slice(0, 50).join('\n')}`);
  return rows.length;
}
