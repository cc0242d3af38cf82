/**
 * Reads one CSV data file into rows that remember their line, so every later stage can report
 * `file:line: field`. Accepts what spreadsheets and editors write: a BOM, CRLF, LF or CR line ends
 * (even mixed in one file), quoted multi-line fields.
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
/** C0 controls other than tab, LF and CR, and DEL: no spreadsheet writes them; a NUL usually means a UTF-16 or binary file. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Point at the line of the first bad byte so the editor can find it.
    throw new DataError(file, lineAt(bytes, firstInvalidByte(bytes)), 'encoding', 'not valid UTF-8 (save the file as UTF-8)');
  }
}

export function readCsv(file: string, bytes: Uint8Array, columns: readonly string[]): CsvRow[] {
  let text = decodeUtf8(file, bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DataError(file, 1, 'header', 'the file is empty (it needs at least a header row)');

  let parsed: string[][];
  let completed = 0;
  try {
    parsed = parse(text, {
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[]) => {
        completed++;
        return record;
      },
    }) as string[][];
  } catch (error) {
    // The parser's own line count is off after CRLF inside quotes and points at where it gave up;
    // the row that opened the bad quote is the one to fix.
    const starts = recordStartLines(text);
    const e = error as { code?: string; message?: string };
    throw new DataError(file, starts[completed] ?? starts.at(-1) ?? 1, 'csv', csvProblem(e.code, e.message ?? String(error)));
  }

  const starts = recordStartLines(text);
  const [headerRow, ...body] = parsed;
  if (!headerRow) throw new DataError(file, 1, 'header', 'the file is empty');
  const header = headerRow.map((h) => h.trim());
  const headerLine = starts[0] ?? 1;
  const headerControl = headerRow.map((h) => CONTROL.exec(h)).find((m) => m);
  if (headerControl) throw new DataError(file, headerLine, 'header', controlProblem(headerControl[0]));
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DataError(file, headerLine, 'header', `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  }
  const unknown = header.filter((h) => !columns.includes(h));
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).map((u) => JSON.stringify(clip(u, 40))).join(', ') + (unknown.length > 5 ? `, … (${unknown.length} in all)` : '');
    throw new DataError(file, headerLine, 'header', `unknown column${unknown.length > 1 ? 's' : ''}: ${names} (expected ${columns.join(', ')})`);
  }
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate) throw new DataError(file, headerLine, 'header', `column "${duplicate}" appears twice`);

  return body.map((record, i) => {
    const line = starts[i + 1] ?? headerLine;
    if (record.length !== header.length) {
      throw new DataError(file, line, 'csv', `row has ${record.length} fields, the header has ${header.length} (a missing or stray comma or quote?)`);
    }
    const values: Record<string, string> = {};
    header.forEach((column, j) => {
      const value = record[j]!.replace(/\r\n?/g, '\n');
      if (value.length > MAX_FIELD) throw new DataError(file, line, column, `field is ${value.length} characters long (limit ${MAX_FIELD})`);
      const control = CONTROL.exec(value);
      if (control) throw new DataError(file, line, column, controlProblem(control[0]));
      values[column] = value;
    });
    return { file, line, values };
  });
}

function controlProblem(char: string): string {
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `contains the control character ${code} (a binary or UTF-16 file, or a bad paste?)`;
}

/** A problem text fit for one line of output: line breaks and control characters escaped, long echoes of the input cut. */
export function printable(problem: string, max = 500): string {
  const escaped = problem
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return clip(escaped, max);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = Math.floor(max / 3);
  return `${text.slice(0, max - tail - 1)}…${text.slice(text.length - tail)}`;
}

/**
 * The line on which each record starts, skipping empty lines as the parser does. Only called on
 * text the parser accepted up to the record in question, where every quote opens or closes a
 * field or is doubled inside one, so toggling on each quote tracks whether a line end is data.
 */
function recordStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const lineEnd = c === '\n' || c === '\r';
    if (lineEnd) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      if (!quoted) atStart = true;
      continue;
    }
    if (atStart) {
      starts.push(line);
      atStart = false;
    }
    if (c === '"') quoted = !quoted;
  }
  return starts;
}

/** Lines before a byte offset: CRLF, LF or a lone CR each end one. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * Offset of the first byte a strict decoder rejects: the shortest prefix that fails to decode in
 * streaming mode (which forgives only a sequence cut off at the end). A U+FFFD already in the file
 * is valid text, so searching the leniently decoded text for one would point at the wrong line.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const fails = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) return bytes.length; // only the last character is cut off
  let ok = 0;
  let bad = bytes.length;
  while (bad - ok > 1) {
    const mid = (ok + bad) >>> 1;
    if (fails(mid)) bad = mid;
    else ok = mid;
  }
  return bad - 1;
}

function csvProblem(code: string | undefined, message: string): string {
  const advice = 'inside a quoted field write a quote as ""';
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `a quote opened on this row is never closed (a stray quote? ${advice})`;
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return `a quote inside an unquoted field (quote the whole field; ${advice})`;
    case 'CSV_INVALID_CLOSING_QUOTE': {
      const got = /got "(.*?)" at line/s.exec(message)?.[1];
      return `a quoted field on this row is followed by ${got === undefined ? 'text' : JSON.stringify(got)} instead of a comma or line end (a stray quote? ${advice})`;
    }
    default:
      return printable(message.replace(/^Invalid Record Length:.*$/s, 'inconsistent number of fields').replace(/\s+/g, ' ').trim());
  }
}
