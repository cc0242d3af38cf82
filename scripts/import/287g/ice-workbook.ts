/**
 * Reads ICE's "287(g) Participating Agencies" list as ICE publishes it (.xlsx, read with exceljs)
 * or as the CSV this project keeps of it (participating_agencies_YYYY-MM-DD.csv). A file that is not
 * a readable workbook, lacks ICE's columns, or holds a row that does not parse is refused as a
 * whole with `file: problem` (or `file:row: field: problem`).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { Model287g } from '../../../src/domain/schema';
import { DataError } from '../../build/errors';
import { readCsv } from '../../build/read-csv';
import { normalizeMoaUrl } from './merge-union';
import { clean, modelFrom } from './util';

export interface WorkbookRow {
  /** Row of the sheet (or line of the CSV), for messages. */
  line: number;
  state: string;
  agency: string;
  type: string;
  county: string;
  model: Model287g;
  supportType: string;
  /** ISO day; '' where ICE printed none. */
  signed: string;
  moaUrl?: string;
  addendumUrl?: string;
}

const HEADER = ['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE', 'SIGNED'] as const;

export class WorkbookError extends Error {}

/** ICE's SIGNED cell: an Excel date, an ISO day, or M/D/YYYY. */
export function signedDay(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const s = clean(String(value));
  if (s === '') return '';
  let m = /^(\d{4})-(\d{2})-(\d{2})(T00:00:00(\.000)?Z?)?$/.exec(s);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return validDay(+m[3]!, +m[1]!, +m[2]!);
  return undefined;
}

function validDay(y: number, mo: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

function cellText(value: unknown): { text: string; link?: string } {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as { text?: unknown; hyperlink?: unknown; richText?: { text: string }[]; result?: unknown };
    const text = v.richText ? v.richText.map((r) => r.text).join('') : String(v.text ?? v.result ?? '');
    return { text: clean(text), link: typeof v.hyperlink === 'string' ? v.hyperlink : undefined };
  }
  return { text: clean(value === undefined || value === null ? '' : String(value)) };
}

interface RawRow {
  line: number;
  get: (column: string) => unknown;
}

function toRows(file: string, raw: RawRow[]): WorkbookRow[] {
  const rows: WorkbookRow[] = [];
  for (const r of raw) {
    const text = (c: string) => cellText(r.get(c));
    const state = text('STATE').text;
    const agency = text('LAW ENFORCEMENT AGENCY').text;
    const supportType = text('SUPPORT TYPE').text;
    if (state === '' && agency === '' && supportType === '') continue; // blank or trailing row
    const fail = (field: string, problem: string) => {
      throw new DataError(file, r.line, field, problem);
    };
    if (state === '') fail('STATE', 'empty');
    if (agency === '') fail('LAW ENFORCEMENT AGENCY', 'empty');
    const model = modelFrom(supportType);
    if (!model) fail('SUPPORT TYPE', `"${supportType}" is not a 287(g) model (Jail Enforcement, Task Force, Warrant Service Officer)`);
    const signed = signedDay(r.get('SIGNED'));
    if (signed === undefined) fail('SIGNED', `"${cellText(r.get('SIGNED')).text}" is not a date`);
    const moa = text('MOA');
    const addendum = text('ADDENDUM');
    const moaUrl = cellText(r.get('MOA_URL')).text || moa.link;
    const addendumUrl = cellText(r.get('ADDENDUM_URL')).text || addendum.link;
    rows.push({
      line: r.line,
      state,
      agency,
      type: text('TYPE').text,
      county: text('COUNTY').text,
      model: model!,
      supportType,
      signed: signed!,
      moaUrl: moaUrl ? normalizeMoaUrl(moaUrl).url : undefined,
      addendumUrl: addendumUrl ? normalizeMoaUrl(addendumUrl).url : undefined,
    });
  }
  if (rows.length === 0) throw new DataError(file, 0, 'file', 'no agreements in the list (an empty or truncated file?)');
  return rows;
}

async function readXlsx(path: string, file: string): Promise<WorkbookRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  } catch (error) {
    throw new DataError(file, 0, 'file', `not a readable .xlsx workbook (${(error as Error).message.split('\n')[0]}); a truncated or corrupt download?`);
  }
  for (const sheet of workbook.worksheets) {
    // ICE's header is the first row that names the state and agency columns.
    for (let h = 1; h <= Math.min(sheet.rowCount, 10); h++) {
      const header = new Map<string, number>();
      sheet.getRow(h).eachCell((cell, col) => header.set(cellText(cell.value).text.toUpperCase(), col));
      if (!HEADER.every((c) => header.has(c))) continue;
      const raw: RawRow[] = [];
      for (let i = h + 1; i <= sheet.rowCount; i++) {
        const row = sheet.getRow(i);
        raw.push({ line: i, get: (c) => (header.has(c) ? row.getCell(header.get(c)!).value : undefined) });
      }
      return toRows(file, raw);
    }
  }
  throw new DataError(file, 0, 'file', `no sheet with ICE's columns (${HEADER.join(', ')})`);
}

function readCsvList(path: string, file: string): WorkbookRow[] {
  const columns = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA', 'ADDENDUM', 'MOA_URL', 'ADDENDUM_URL'];
  const rows = readCsv(file, readFileSync(path), columns);
  return toRows(file, rows.map((r) => ({ line: r.line, get: (c: string) => r.values[c] })));
}

/** The list's rows; `display` is the name used in messages (default: the file's name). */
export async function readIceList(path: string, display = basename(path)): Promise<WorkbookRow[]> {
  if (/\.xlsx$/i.test(path)) return readXlsx(path, display);
  if (/\.csv$/i.test(path)) return readCsvList(path, display);
  throw new DataError(display, 0, 'file', 'expected ICE\'s workbook (.xlsx) or its CSV copy (.csv)');
}
