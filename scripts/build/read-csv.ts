/**
 * Reads one CSV data file into rows that remember their line, so every later stage can report
 * `file:line: field`. Accepts what spreadsheets write: a BOM, CRLF or LF, quoted multi-line fields.
 */
import { parse } from 'csv-parse/sync';
import { DataError } from './errors';

export interface CsvRow {
  file: string;
  /** 1-based line on which the row starts. */
  line: number;
  values: Record<string, string>;
}

const MAX_FIELD = 20_000;

export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Point at the line of the first bad byte so the editor can find it.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const bad = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, Math.max(bad, 0)).split('\n').length;
    throw new DataError(file, line, 'encoding', 'not valid UTF-8 (save the file as UTF-8)');
  }
}

export function readCsv(file: string, bytes: Uint8Array, columns: readonly string[]): CsvRow[] {
  let text = decodeUtf8(file, bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DataError(file, 1, 'header', 'the file is empty (it needs at least a header row)');

  let parsed: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    parsed = parse(text, {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new DataError(file, e.lines ?? 1, 'csv', cleanCsvMessage(e.message ?? String(error)));
  }

  const [headerRow, ...body] = parsed;
  if (!headerRow) throw new DataError(file, 1, 'header', 'the file is empty');
  const header = headerRow.record.map((h) => h.trim());
  const headerLine = startLine(headerRow);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DataError(file, headerLine, 'header', `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  }
  const unknown = header.filter((h) => !columns.includes(h));
  if (unknown.length > 0) {
    throw new DataError(file, headerLine, 'header', `unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.map((u) => JSON.stringify(u)).join(', ')} (expected ${columns.join(', ')})`);
  }
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate) throw new DataError(file, headerLine, 'header', `column "${duplicate}" appears twice`);

  return body.map((row) => {
    const line = startLine(row);
    if (row.record.length !== header.length) {
      throw new DataError(file, line, 'csv', `row has ${row.record.length} fields, the header has ${header.length} (a missing or stray comma or quote?)`);
    }
    const values: Record<string, string> = {};
    header.forEach((column, i) => {
      const value = row.record[i]!.replace(/\r\n?/g, '\n');
      if (value.length > MAX_FIELD) throw new DataError(file, line, column, `field is ${value.length} characters long (limit ${MAX_FIELD})`);
      values[column] = value;
    });
    return { file, line, values };
  });
}

function startLine(row: { info: { lines: number }; raw: string }): number {
  const trailing = row.raw.replace(/(\r\n|\n|\r)$/, '');
  const newlines = (trailing.match(/\r\n|\n|\r/g) ?? []).length;
  return row.info.lines - newlines;
}

function cleanCsvMessage(message: string): string {
  return message.replace(/^Invalid Record Length:.*$/s, 'inconsistent number of fields').replace(/\s+/g, ' ').trim();
}
