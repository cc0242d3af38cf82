/**
 * One new ICE list → the raw inputs the importer reads. The list becomes a snapshot: its
 * agreements are matched to the union rows (state, agency name key, model, signing date, as the
 * union was built), seen ones get `last_seen` = the list's date, new ones a row of their own, and
 * every other row leaves the latest list. Re-running the whole import on the result then applies
 * the importer's own rules: a listing under a new name folds into its agreement, an agreement gone
 * from the list ends on the list's date (the first list without it; the previous list is the other
 * bound), one that comes back after a gap is open again. Pure: nothing is read or written here.
 */
import { basename } from 'node:path';
import type { CsvRow } from '../csv';
import { MODEL_LABEL } from './constants';
import type { WorkbookRow } from './ice-workbook';
import { unionKey } from './redate-snapshot';
import type { RawInputs } from './types';
import { modelFrom } from './util';

export class RefusedList extends Error {}

export interface ListUpdate {
  raw: RawInputs;
  /** What the list did to the union, for the report. */
  counts: { rows: number; seen: number; newRows: number; leftList: number };
}

export type UpdateResult = { kind: 'unchanged'; reason: string } | ({ kind: 'updated' } & ListUpdate);

/** Share of the previous list that may vanish at once before the list is taken for a truncated file. */
export const MAX_VANISHED_SHARE = 0.25;

const LATEST_VALUES = (w: WorkbookRow): Record<string, string> => ({
  STATE: w.state,
  'LAW ENFORCEMENT AGENCY': w.agency,
  TYPE: w.type,
  COUNTY: w.county,
  'SUPPORT TYPE': MODEL_LABEL[w.model],
  SIGNED: w.signed,
  MOA: w.moaUrl ? 'link' : '',
  ADDENDUM: w.addendumUrl ? 'link' : '',
  MOA_URL: w.moaUrl ?? '',
  ADDENDUM_URL: w.addendumUrl ?? '',
});

/** The filename date ICE gives its workbooks (participatingAgencies05182026am.xlsx → 2026-05-18). */
export function filenameDate(file: string): string | undefined {
  const m = /(\d{2})(\d{2})(\d{4})(am|pm)?(_\w+)?\.(xlsx|csv)$/i.exec(basename(file));
  return m ? `${m[3]}-${m[1]}-${m[2]}` : undefined;
}

export function applyList(raw: RawInputs, rows: WorkbookRow[], file: string, date: string, options: { acceptLargeDrop?: boolean } = {}): UpdateResult {
  const name = basename(file);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new RefusedList(`${name}: --date ${date} is not a day (YYYY-MM-DD)`);
  const future = rows.filter((r) => r.signed !== '' && r.signed > date);
  if (future.length > 0) {
    const e = future[0]!;
    throw new RefusedList(
      `${name}: mis-dated: ${future.length} agreement${future.length > 1 ? 's' : ''} signed after the list's date ${date} (e.g. row ${e.line}: ${e.agency}, signed ${e.signed})`,
    );
  }
  const snapshotDates = raw.snapshots.map((s) => s.values.snapshot_date!).sort();
  const latestDate = snapshotDates[snapshotDates.length - 1]!;
  const keyOf = (w: WorkbookRow) => unionKey(w.state, w.agency, w.model, w.signed);
  const listKeys = new Set(rows.map(keyOf));

  if (snapshotDates.includes(date)) {
    if (date !== latestDate) return { kind: 'unchanged', reason: `a list of ${date} is already in the data (older than the latest, ${latestDate})` };
    const latestKeys = new Set(raw.latest.map((l) => unionKey(l.values.STATE!, l.values['LAW ENFORCEMENT AGENCY']!, modelOf(l.values['SUPPORT TYPE']!), l.values.SIGNED!)));
    const same = latestKeys.size === listKeys.size && [...listKeys].every((k) => latestKeys.has(k));
    if (same) return { kind: 'unchanged', reason: `the list of ${date} is already in the data, with the same ${listKeys.size} agreements` };
    throw new RefusedList(`${name}: a different list of ${date} is already in the data (${latestKeys.size} agreements there, ${listKeys.size} here); give this one its own date`);
  }
  if (date < latestDate) throw new RefusedList(`${name}: mis-dated: ${date} is before the newest list already imported (${latestDate}); lists are imported in date order`);

  const union = raw.union.map((r) => ({ ...r, values: { ...r.values } }));
  const byKey = new Map<string, (typeof union)[number]>();
  for (const r of union) {
    const model = modelOf(r.values.support_type ?? '');
    byKey.set(unionKey(r.values.state!, r.values.agency!, model, r.values.signed ?? ''), r);
  }
  const wasOnLatest = union.filter((r) => r.values.on_latest_list === 'True');
  const vanished = wasOnLatest.filter((r) => !listKeys.has(unionKey(r.values.state!, r.values.agency!, modelOf(r.values.support_type ?? ''), r.values.signed ?? '')));
  if (!options.acceptLargeDrop && wasOnLatest.length > 0 && vanished.length / wasOnLatest.length > MAX_VANISHED_SHARE) {
    throw new RefusedList(
      `${name}: truncated? ${vanished.length} of the ${wasOnLatest.length} agreements on the list of ${latestDate} are missing (more than ${MAX_VANISHED_SHARE * 100}%); if ICE really ended them, re-run with --accept-large-drop`,
    );
  }
  for (const r of wasOnLatest) r.values.on_latest_list = 'False';
  // Agreements leaving the list keep the MOA links the previous list gave them.
  const previous = new Map(raw.latest.map((l) => [unionKey(l.values.STATE!, l.values['LAW ENFORCEMENT AGENCY']!, modelOf(l.values['SUPPORT TYPE']!), l.values.SIGNED!), l.values]));
  const moaLinks = [...(raw.moaLinks ?? [])];
  for (const r of vanished) {
    const l = previous.get(unionKey(r.values.state!, r.values.agency!, modelOf(r.values.support_type ?? ''), r.values.signed ?? ''));
    if (!l || (!l.MOA_URL && !l.ADDENDUM_URL)) continue;
    const values = { state: l.STATE!, agency: l['LAW ENFORCEMENT AGENCY']!, support_type: l['SUPPORT TYPE']!, signed: l.SIGNED!, moa_url: l.MOA_URL ?? '', addendum_url: l.ADDENDUM_URL ?? '', list_date: latestDate };
    moaLinks.push({ file: 'moaLinks', line: moaLinks.length + 2, values });
  }
  let seen = 0;
  let newRows = 0;
  const done = new Set<string>();
  const file0 = raw.union[0]?.file ?? 'union';
  for (const w of rows) {
    const key = keyOf(w);
    if (done.has(key)) continue; // the same agreement twice in one list
    done.add(key);
    const existing = byKey.get(key);
    if (existing) {
      existing.values.last_seen = date;
      existing.values.on_latest_list = 'True';
      existing.values.n_snapshot_files = String(Number(existing.values.n_snapshot_files ?? 0) + 1);
      seen++;
    } else {
      const values = {
        state: w.state,
        agency: w.agency,
        agency_type: w.type,
        county: w.county,
        support_type: MODEL_LABEL[w.model],
        signed: w.signed,
        first_seen: date,
        last_seen: date,
        on_latest_list: 'True',
        n_snapshot_files: '1',
      };
      const row = { file: file0, line: union.length + 2, values };
      union.push(row);
      byKey.set(key, row);
      newRows++;
    }
  }
  const latest: CsvRow[] = [];
  const seenLatest = new Set<string>();
  for (const w of rows) {
    if (seenLatest.has(keyOf(w))) continue;
    seenLatest.add(keyOf(w));
    latest.push({ file: 'latest', line: w.line, values: LATEST_VALUES(w) });
  }
  const basis = filenameDate(name) === date ? 'ICE filename date' : 'date given at import (npm run data:import-287g -- --date)';
  const snapshots = [...raw.snapshots, { file: 'snapshots', line: raw.snapshots.length + 2, values: { file: name, snapshot_date: date, date_basis: basis, rows: String(rows.length) } }];
  return {
    kind: 'updated',
    raw: { ...raw, union, latest, snapshots, moaLinks },
    counts: { rows: rows.length, seen, newRows, leftList: vanished.length },
  };
}

function modelOf(supportType: string): string {
  return modelFrom(supportType) ?? '';
}
