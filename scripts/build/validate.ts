/**
 * Turns raw CSV rows into typed, cross-checked values. Every problem becomes a DataError naming
 * file, line and field; all problems of a run are collected so one pass can fix them all.
 */
import type { ZodType } from 'zod';
import { parsePartialDate } from '../../src/domain/dates';
import type { FederalListEntry, FederalRemoval, PolicyRecord, SourceEntry, TimelineEvent } from '../../src/domain/dataset';
import {
  COUNTY_FIPS,
  PLACE_FIPS,
  PLACE_ID,
  consolidatedRow,
  dateNoteRow,
  eventRow,
  federalListEntryRow,
  federalListRow,
  placeRow,
  policyRecordRow,
  sourceRow,
  type PlaceRow,
} from '../../src/domain/schema';
import { STATE_BY_FIPS, STATE_BY_USPS } from '../../src/domain/states';
import { DataError, DataErrors } from './errors';
import { printable, type CsvRow } from './read-csv';
import { deniedSource } from './source-policy';

export const COLUMNS = {
  policies: Object.keys(policyRecordRow.shape),
  sources: Object.keys(sourceRow.shape),
  places: Object.keys(placeRow.shape),
  lists: Object.keys(federalListRow.shape),
  entries: Object.keys(federalListEntryRow.shape),
  events: Object.keys(eventRow.shape),
  consolidated: Object.keys(consolidatedRow.shape),
  dateNotes: Object.keys(dateNoteRow.shape),
} as const;

export interface RawData {
  policies: CsvRow[];
  sources: CsvRow[];
  places: CsvRow[];
  lists: CsvRow[];
  entries: CsvRow[];
  events: CsvRow[];
  consolidated: CsvRow[];
  /** Optional in RawData so older callers and fixtures need not list it. */
  dateNotes?: CsvRow[];
}

export interface Place extends PlaceRow {
  origin: string;
}

export interface ValidData {
  records: PolicyRecord[];
  sources: Map<string, SourceEntry>;
  places: Map<string, Place>;
  federalLists: Omit<FederalListEntry, 'entries' | 'entryCount' | 'removed'>[];
  /** list id → jurisdiction id → name as printed */
  federalEntries: Map<string, Map<string, string>>;
  federalEntryCounts: Map<string, number>;
  /** Per list, the entries taken off it later: jurisdiction id → removal. */
  federalRemovals: Map<string, Map<string, FederalRemoval>>;
  events: TimelineEvent[];
  /** place id → the counties its government also governs */
  consolidated: Map<string, string[]>;
  /** record id → what was searched for the day of its partial effective date */
  dateNotes: Map<string, string>;
}

/** The geography the data may refer to: us-atlas counties by FIPS. */
export interface Geography {
  counties: ReadonlySet<string>;
}

const MAX_ERRORS = 50;

export function validate(raw: RawData, geography: Geography): ValidData {
  const errors: DataError[] = [];
  const fail = (row: CsvRow, field: string, problem: string) => {
    if (errors.length < MAX_ERRORS) errors.push(new DataError(row.file, row.line, field, printable(problem)));
  };
  const check = <T>(schema: ZodType<T>, row: CsvRow): T | undefined => {
    const result = schema.safeParse(row.values);
    if (result.success) return result.data;
    for (const issue of result.error.issues) fail(row, String(issue.path[0] ?? 'row'), issue.message);
    return undefined;
  };
  /** Like check, and a row whose id an earlier row already has is reported and dropped; origin keeps each id's row. */
  const checkUnique = <T extends { id: string }>(schema: ZodType<T>, row: CsvRow, origin: Map<string, CsvRow>, what: string): T | undefined => {
    const value = check(schema, row);
    if (!value) return undefined;
    const previous = origin.get(value.id);
    if (previous) {
      fail(row, 'id', `duplicate ${what} id "${value.id}" (first at ${previous.file}:${previous.line})`);
      return undefined;
    }
    origin.set(value.id, row);
    return value;
  };

  // Sources first: everything else cites them.
  const banned = (row: CsvRow, url: string) => {
    const reason = deniedSource(url);
    if (reason) fail(row, 'url', reason);
  };
  const sources = new Map<string, SourceEntry>();
  const sourceOrigin = new Map<string, CsvRow>();
  for (const row of raw.sources) {
    const s = checkUnique(sourceRow, row, sourceOrigin, 'source');
    if (!s) continue;
    banned(row, s.url);
    sources.set(s.id, {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      // As written ("2017", "2017-05"): readers see "May 2017", never a made-up "May 1, 2017" (issue 15).
      published: s.published_date || undefined,
      accessed: day(s.accessed_date),
      notes: s.notes,
    });
  }
  const checkSources = (row: CsvRow, ids: string[]) => {
    for (const id of ids) if (!sources.has(id)) fail(row, 'source_ids', `unknown source "${id}" (add it to a file in data/sources/)`);
  };
  /** checkUnique for a row that cites sources, each of which must exist. */
  const checkCited = <T extends { id: string; source_ids: string[] }>(schema: ZodType<T>, row: CsvRow, origin: Map<string, CsvRow>, what: string): T | undefined => {
    const value = checkUnique(schema, row, origin, what);
    if (value) checkSources(row, value.source_ids);
    return value;
  };

  const places = new Map<string, Place>();
  const placeByFips = new Map<string, string>();
  /** place id → the row that gave its FIPS */
  const fipsRow = new Map<string, CsvRow>();
  for (const row of raw.places) {
    const p = check(placeRow, row);
    if (!p) continue;
    if (!STATE_BY_USPS.has(p.state)) fail(row, 'state', `unknown state "${p.state}"`);
    if (!p.id.startsWith(`${p.state}-`)) fail(row, 'id', `place id "${p.id}" must start with its state "${p.state}-"`);
    if (!geography.counties.has(p.county_fips)) fail(row, 'county_fips', `unknown county FIPS "${p.county_fips}"`);
    else if (STATE_BY_FIPS.get(p.county_fips.slice(0, 2))?.usps !== p.state) {
      fail(row, 'county_fips', `county ${p.county_fips} is not in ${p.state}`);
    }
    const previous = places.get(p.id);
    if (previous) {
      if (previous.name !== p.name || previous.state !== p.state || previous.county_fips !== p.county_fips) {
        fail(row, 'id', `place "${p.id}" is described differently at ${previous.origin} (name, state and county must agree)`);
      } else if (p.fips && previous.fips && p.fips !== previous.fips) {
        fail(row, 'fips', `place "${p.id}" has FIPS ${previous.fips} at ${previous.origin}`);
      } else if (p.fips && !previous.fips) {
        places.set(p.id, { ...previous, fips: p.fips });
        fipsRow.set(p.id, row);
      }
      continue;
    }
    places.set(p.id, { ...p, origin: `${row.file}:${row.line}` });
    if (p.fips) fipsRow.set(p.id, row);
  }
  for (const [id, row] of fipsRow) {
    const fips = places.get(id)!.fips!;
    const other = placeByFips.get(fips);
    if (other) fail(row, 'fips', `FIPS ${fips} is also the FIPS of "${other}" (${fipsRow.get(other)!.file}:${fipsRow.get(other)!.line})`);
    else placeByFips.set(fips, id);
  }

  /** Canonical jurisdiction id for a record's fips column, or a problem. */
  const jurisdictionOf = (fips: string): string | { problem: string } => {
    if (/^\d{2}$/.test(fips)) return STATE_BY_FIPS.has(fips) ? fips : { problem: `unknown state FIPS "${fips}"` };
    if (COUNTY_FIPS.test(fips)) return geography.counties.has(fips) ? fips : { problem: `unknown county FIPS "${fips}"` };
    if (PLACE_FIPS.test(fips)) return placeByFips.get(fips) ?? { problem: `no place in data/places/ has FIPS "${fips}"` };
    if (PLACE_ID.test(fips)) return places.has(fips) ? fips : { problem: `unknown place "${fips}" (add it to a file in data/places/)` };
    return { problem: `"${fips}" is not a 2-digit state, 5-digit county or 7-digit place FIPS, nor a place id` };
  };

  /** A row's jurisdiction id and its shape, or undefined when its fips column names none (reported). */
  const locate = (row: CsvRow, fips: string): { where: string; shape: 'state' | 'county' | 'place' } | undefined => {
    const where = jurisdictionOf(fips);
    if (typeof where !== 'string') {
      fail(row, 'fips', where.problem);
      return undefined;
    }
    return { where, shape: where.length === 2 ? 'state' : where.length === 5 ? 'county' : 'place' };
  };

  const records: PolicyRecord[] = [];
  const recordOrigin = new Map<string, CsvRow>();
  for (const row of raw.policies) {
    const r = checkCited(policyRecordRow, row, recordOrigin, 'record');
    if (!r) continue;

    const located = locate(row, r.fips);
    if (!located) continue;
    const { where, shape } = located;
    if (r.level !== 'agency' && r.level !== shape) fail(row, 'fips', `a ${r.level} record needs a ${r.level} code, "${r.fips}" is a ${shape}`);
    if (r.level === 'agency') {
      if (!r.agency) fail(row, 'agency', 'an agency record needs the agency name');
      if (!r.agency_type) fail(row, 'agency_type', 'an agency record needs agency_type');
      if (r.agency_type === 'state_agency' && shape !== 'state') fail(row, 'fips', 'a state agency is recorded with its 2-digit state FIPS');
    } else if (r.agency_type) {
      fail(row, 'agency_type', `only agency records have an agency_type (level is ${r.level})`);
    }
    if (r.kind === 'agreement_287g') {
      if (!r.model) fail(row, 'model', 'a 287(g) agreement needs its model');
      if (r.category !== 'participates') fail(row, 'category', 'a 287(g) agreement is "participates"');
    } else if (r.model) {
      fail(row, 'model', `only 287(g) agreements have a model (kind is ${r.kind})`);
    }

    const parsed = parsePartialDate(r.effective_date);
    if (typeof parsed === 'string') continue;
    const effective = { ...parsed, day: startWithin(parsed, r.effective_date, [r.voted_date, r.signed_date]) };
    const end = r.end_date === undefined ? undefined : day(r.end_date);
    if (end !== undefined && end <= effective.day) {
      fail(row, 'end_date', `${r.end_date} is not after effective_date ${r.effective_date}`);
      continue;
    }
    records.push({
      id: r.id,
      level: r.level,
      fips: where,
      jurisdiction: r.jurisdiction,
      agency: r.agency,
      agencyType: r.agency_type,
      kind: r.kind,
      model: r.model,
      category: r.category,
      voted: r.voted_date && day(r.voted_date),
      signed: r.signed_date && day(r.signed_date),
      effective: effective.day,
      effectivePrecision: effective.precision,
      datePrecision: partialPrecisions({ voted: r.voted_date, signed: r.signed_date, end: r.end_date }),
      end,
      endNote: r.end_note,
      citation: r.citation,
      summary: r.summary,
      sourceIds: r.source_ids,
      confidence: r.confidence,
      notes: r.notes,
      origin: `${row.file}:${row.line}`,
    });
  }
  checkOverlaps(records, recordOrigin, fail);

  const federalLists: ValidData['federalLists'] = [];
  const listOrigin = new Map<string, CsvRow>();
  for (const row of raw.lists) {
    const l = checkCited(federalListRow, row, listOrigin, 'list');
    if (!l) continue;
    if (l.withdrawn_date !== undefined && day(l.withdrawn_date) <= day(l.published_date)) {
      fail(row, 'withdrawn_date', `${l.withdrawn_date} is not after published_date ${l.published_date}`);
    }
    federalLists.push({
      id: l.id,
      title: l.title,
      publisher: l.publisher,
      published: day(l.published_date),
      withdrawn: l.withdrawn_date && day(l.withdrawn_date),
      summary: l.summary,
      sourceIds: l.source_ids,
    });
  }
  // Oldest first, like events: the output must not depend on the order of rows in lists.csv.
  federalLists.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1));
  const federalEntries = new Map<string, Map<string, string>>(federalLists.map((l) => [l.id, new Map()]));
  const federalEntryCounts = new Map<string, number>(federalLists.map((l) => [l.id, 0]));
  const federalRemovals = new Map<string, Map<string, FederalRemoval>>(federalLists.map((l) => [l.id, new Map()]));
  for (const row of raw.entries) {
    const e = check(federalListEntryRow, row);
    if (!e) continue;
    const entries = federalEntries.get(e.list_id);
    if (!entries) {
      fail(row, 'list_id', `unknown list "${e.list_id}" (see data/federal/lists.csv)`);
      continue;
    }
    const located = locate(row, e.fips);
    if (!located) continue;
    const { where, shape } = located;
    if (e.level !== shape) fail(row, 'fips', `a ${e.level} entry needs a ${e.level} code, "${e.fips}" is a ${shape}`);
    federalEntryCounts.set(e.list_id, (federalEntryCounts.get(e.list_id) ?? 0) + 1);
    const list = federalLists.find((l) => l.id === e.list_id)!;
    const removalSources = e.source_ids ?? [];
    if (e.removed_date !== undefined) {
      const removed = day(e.removed_date);
      if (removalSources.length === 0) fail(row, 'source_ids', 'a removed entry needs a source for its removal');
      checkSources(row, removalSources);
      if (removed <= list.published) fail(row, 'removed_date', `${e.removed_date} is not after the list's publication (${list.published})`);
      else if (list.withdrawn !== undefined && removed >= list.withdrawn) fail(row, 'removed_date', `${e.removed_date} is not before the list was withdrawn (${list.withdrawn})`);
      else federalRemovals.get(e.list_id)!.set(where, { date: removed, sourceIds: removalSources });
    } else if (removalSources.length > 0) {
      fail(row, 'source_ids', 'sources on an entry are for its removal: give removed_date too');
    }
    const printed = entries.get(where);
    entries.set(where, printed ? [...printed.split("; "), e.name_as_printed].sort().join("; ") : e.name_as_printed);
  }

  const events: TimelineEvent[] = [];
  const eventOrigin = new Map<string, CsvRow>();
  for (const row of raw.events) {
    const e = checkCited(eventRow, row, eventOrigin, 'event');
    if (!e) continue;
    const d = parsePartialDate(e.date);
    if (typeof d === 'string') continue;
    events.push({ id: e.id, date: d.day, precision: d.precision, label: e.label, labelEs: e.label_es, summary: e.summary, sourceIds: e.source_ids });
  }

  const consolidated = new Map<string, string[]>();
  for (const row of raw.consolidated) {
    const c = check(consolidatedRow, row);
    if (!c) continue;
    if (!places.has(c.place_id)) fail(row, 'place_id', `unknown place "${c.place_id}"`);
    else if (!geography.counties.has(c.county_fips)) fail(row, 'county_fips', `unknown county FIPS "${c.county_fips}"`);
    else if (consolidated.get(c.place_id)?.includes(c.county_fips)) fail(row, 'county_fips', `${c.place_id} and ${c.county_fips} are listed twice`);
    else consolidated.set(c.place_id, [...(consolidated.get(c.place_id) ?? []), c.county_fips]);
  }

  const dateNotes = new Map<string, string>();
  const recordById = new Map(records.map((r) => [r.id, r]));
  for (const row of raw.dateNotes ?? []) {
    const n = check(dateNoteRow, row);
    if (!n) continue;
    const record = recordById.get(n.record_id);
    if (!record) fail(row, 'record_id', `unknown record "${n.record_id}"`);
    else if (record.effectivePrecision === 'day') fail(row, 'record_id', `"${n.record_id}" has an exact effective date (${record.effective}): remove the note`);
    else if (dateNotes.has(n.record_id)) fail(row, 'record_id', `a second note for "${n.record_id}"`);
    else dateNotes.set(n.record_id, n.searched);
  }
  if (raw.dateNotes !== undefined && raw.dateNotes.length > 0) {
    // Hand-researched records only: an ICE list gives 287(g) agreements no better date to search for.
    for (const r of records) {
      if (r.effectivePrecision !== 'day' && r.kind !== 'agreement_287g' && !dateNotes.has(r.id)) {
        const row = recordOrigin.get(r.id)!;
        fail(row, 'effective_date', `"${row.values.effective_date?.trim()}" is only a year or month: find the day, or add a row to data/date-notes.csv saying what was searched`);
      }
    }
  }

  if (errors.length > 0) throw new DataErrors(errors);
  return { records, sources, places, federalLists, federalEntries, federalEntryCounts, federalRemovals, events, consolidated, dateNotes };
}

/** Two records of the same jurisdiction, agency, kind and model may not be in force at once. */
function checkOverlaps(
  records: readonly PolicyRecord[],
  origin: ReadonlyMap<string, CsvRow>,
  fail: (row: CsvRow, field: string, problem: string) => void,
): void {
  const groups = new Map<string, PolicyRecord[]>();
  for (const r of records) {
    const key = [r.fips, r.agency?.toLowerCase() ?? '', r.kind, r.model ?? ''].join('|');
    const group = groups.get(key) ?? [];
    group.push(r);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : a.id < b.id ? -1 : 1));
    for (let i = 1; i < group.length; i++) {
      const before = group[i - 1]!;
      const after = group[i]!;
      if (before.end === undefined || after.effective < before.end) {
        fail(
          origin.get(after.id)!,
          'effective_date',
          `overlaps "${before.id}" (${before.origin}), in force ${before.effective}–${before.end ?? 'now'}, of the same jurisdiction, agency and kind: give the earlier one an end_date`,
        );
      }
    }
  }
}

/**
 * The first day a record counts from. A partial effective date ("2023", "2019-07") counts from its
 * first day, except that a law is not in force before it passed: a vote or signature that falls
 * inside the same year or month moves the start to that day (the latest of them).
 */
export function startWithin(effective: { day: string; precision: string }, text: string, milestones: readonly (string | undefined)[]): string {
  if (effective.precision === 'day') return effective.day;
  let start = effective.day;
  for (const m of milestones) {
    if (m === undefined || !m.startsWith(text.trim())) continue;
    const d = day(m);
    if (d > start) start = d;
  }
  return start;
}

/** The precision of each given date that is only a year or a month; undefined when all are exact days. */
function partialPrecisions(dates: Record<'voted' | 'signed' | 'end', string | undefined>): PolicyRecord['datePrecision'] {
  const out: NonNullable<PolicyRecord['datePrecision']> = {};
  for (const [field, text] of Object.entries(dates) as ['voted' | 'signed' | 'end', string | undefined][]) {
    if (text === undefined) continue;
    const parsed = parsePartialDate(text);
    if (typeof parsed !== 'string' && parsed.precision !== 'day') out[field] = parsed.precision;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function day(partial: string): string {
  const parsed = parsePartialDate(partial);
  if (typeof parsed === 'string') throw new Error(`unreachable: unvalidated date ${partial}`);
  return parsed.day;
}
