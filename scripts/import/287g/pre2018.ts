/** The 2002–2020 history (deportationdata's best guess): one item per signing date, folded into the ICE-list agreements. */
import type { Confidence, Model287g } from '../../../src/domain/schema';
import type { StateInfo } from '../../../src/domain/states';
import type { CsvRow } from '../csv';
import { resolveState, type Gazetteer } from '../gazetteer';
import { RAW_FILES, SAME_AGREEMENT_DAYS, SOURCE_IDS, STATE_TYPOS } from './constants';
import { locateAgency } from './locate';
import { trackOf } from './merge-union';
import { borrowLocation, sameAgencyName, type KnownAgency } from './names';
import type { Agreement, Drop, Item, Located } from './types';
import { addDays, clean, daysApart, dedupeStrings, modelFrom } from './util';

export interface Pre2018Row {
  line: number;
  state?: StateInfo;
  agency: string;
  level: string;
  countyFips: string[];
  firstSigned: string;
  firstSignedSource: string;
  signingDates: string[];
  models: string;
  activeFrom: string;
  activeTo: string;
  terminated: boolean;
  confidence: Confidence;
  note: string;
}

/** Signing dates the file lists for another agency (a conflated row); keyed `line|date`. */
export const PRE2018_EXCLUDED_DATES: Record<string, string> = {
  "ARKANSAS|Washington County Sheriff's Office|2008-09-22":
    'the file merges Washington County, Arkansas with Washington County, Utah (county_fips "49053; 5143"); 2008-09-22 is the Utah sheriff\'s signing date (CRS RL32270) and is left out here',
};

export function parsePre2018(rows: CsvRow[]): Pre2018Row[] {
  return rows.map(({ line, values: v }) => {
    const stateRaw = clean(v.state);
    const state = stateRaw ? resolveState(STATE_TYPOS[stateRaw] ?? stateRaw) : undefined;
    const conf = clean(v.confidence);
    return {
      line,
      state,
      agency: clean((v.agency ?? '').replace(/https?:\/\/\S+(\s+\S+\.pdf)?/g, '')),
      level: clean(v.jurisdiction_level),
      countyFips: clean(v.county_fips)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => s.padStart(5, '0')),
      firstSigned: clean(v.first_signed_best),
      firstSignedSource: clean(v.first_signed_source),
      signingDates: clean(v.signing_dates)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      models: clean(v.models),
      activeFrom: clean(v.active_from),
      activeTo: clean(v.active_to),
      terminated: clean(v.terminated).toUpperCase() === 'TRUE',
      confidence: (conf === 'high' || conf === 'medium' || conf === 'low' ? conf : 'low') as Confidence,
      note: clean(v.note),
    };
  });
}

export interface Pre2018Result {
  items: Item[];
  drops: Drop[];
  /** Items of rows without a model, matched later against the other agreements. */
  modelless: { row: Pre2018Row; loc: Located }[];
}

export function pre2018Items(g: Gazetteer, rows: Pre2018Row[], known: readonly KnownAgency[]): Pre2018Result {
  const file = RAW_FILES.pre2018;
  const items: Item[] = [];
  const drops: Drop[] = [];
  const modelless: Pre2018Result['modelless'] = [];
  const locateRow = (row: Pre2018Row) =>
    locateAgency(g, {
      state: row.state!,
      agency: row.agency,
      iceType: '',
      county: '',
      countyHints: row.countyFips,
      forceType: row.level === 'statewide' ? 'state_agency' : undefined,
    });
  const locatedRows: KnownAgency[] = [];
  for (const row of rows) {
    if (!row.state) continue;
    const r = locateRow(row);
    if (r.ok) locatedRows.push({ agency: row.agency, loc: r.loc, where: `${file.split('/').pop()} line ${row.line}` });
  }
  for (const row of rows) {
    const drop = (reason: string, signed = row.firstSigned, model = row.models) =>
      drops.push({ file, line: row.line, state: row.state?.name ?? '', agency: row.agency, model, signed, reason });
    if (!row.state) {
      drop(`unresolved listing without state or signing date (${row.note || 'no source note'})`);
      continue;
    }
    if (!row.firstSigned) {
      drop('no signing date');
      continue;
    }
    if (/\baddendum\b/i.test(row.agency)) {
      drop(`an addendum to the agency's MOA, not a separate agreement (signed ${row.firstSigned}; listed ${row.activeFrom} to ${row.activeTo})`);
      continue;
    }
    let located = locateRow(row);
    if (!located.ok) {
      const donor = borrowLocation([...known, ...locatedRows], row.state, row.agency);
      if (!donor) {
        drop(located.reason);
        continue;
      }
      located = { ok: true, loc: { ...donor.loc, notes: [`Located as "${donor.agency}" (${donor.where}), the same agency under another name.`] } };
    }
    const models = row.models
      .split('->')
      .map((m) => modelFrom(m))
      .filter((m): m is Model287g => m !== undefined);
    if (models.length === 0) {
      modelless.push({ row, loc: located.loc });
      continue;
    }
    const model = models[0]!;
    // The first MOA is first_signed_best; later dates in signing_dates are renewals.
    const excluded: string[] = [];
    const dates: string[] = [row.firstSigned];
    for (const d of [...row.signingDates].sort()) {
      const exclusion = PRE2018_EXCLUDED_DATES[`${row.state.name.toUpperCase()}|${row.agency}|${d}`];
      if (exclusion) {
        excluded.push(exclusion);
        continue;
      }
      if (d <= row.firstSigned || daysApart(d, dates[dates.length - 1]!) <= 60) continue;
      dates.push(d);
    }
    const baseNotes = [
      `From the deportationdata project's reconstruction of pre-2018 287(g) agreements (confidence "${row.confidence}"); first signing date per ${row.firstSignedSource || 'the compilers'}.`,
      ...(row.signingDates.length > 0 && row.signingDates[0] !== row.firstSigned && !row.signingDates.includes(row.firstSigned)
        ? [`The rosters' earliest MOA date is ${row.signingDates[0]}; ${row.firstSigned} is the compilers' best first signing date.`]
        : []),
      ...(models.length > 1 ? [`The file lists the models as "${row.models}"; recorded under the first.`] : []),
      ...excluded.map((e) => `Note: ${e}.`),
      ...(row.note ? [`File note: ${row.note}.`] : []),
      `ICE rosters listed the agency from ${row.activeFrom || '?'} to ${row.activeTo || '?'}.`,
      ...located.loc.notes,
    ];
    dates.forEach((d, k) => {
      const last = k === dates.length - 1;
      const item: Item = {
        origin: 'pre2018',
        file,
        line: row.line,
        part: dates.length > 1 ? `${k + 1} of ${dates.length}` : undefined,
        agency: row.agency,
        model,
        signed: d,
        effective: d,
        loc: located.loc,
        confidence: row.confidence,
        notes: [
          ...(k > 0 ? [`Renewal MOA signed ${d} (the rosters list ${row.signingDates.join(', ')}).`] : []),
          ...baseNotes,
          "The effective date is not published; the signing date is used.",
        ],
        sourceIds: [SOURCE_IDS.pre2018],
      };
      if (last) {
        if (row.terminated && row.activeTo) {
          item.end = addDays(row.activeTo, 1);
          item.endNote = `no longer on ICE's 287(g) roster after ${row.activeTo} (termination date not published)`;
        } else {
          item.openEnded = true;
        }
      }
      items.push(item);
    });
  }
  return { items, drops, modelless };
}


export function sameAgencyAcross(a: Item, b: Item): boolean {
  if (a.loc.fips !== b.loc.fips) return false;
  if (a.loc.agencyType === 'sheriff' && b.loc.agencyType === 'sheriff') return true;
  if (a.loc.cluster === 'police' && b.loc.cluster === 'police') return true;
  return sameAgencyName(a.agency, b.agency);
}

export function findAgreement(agreements: Agreement[], item: Item, anyModel = false): Agreement | undefined {
  return agreements.find(
    (a) =>
      (anyModel || a.primary.model === item.model) &&
      sameAgencyAcross(a.primary, item) &&
      a.signed !== undefined &&
      item.signed !== undefined &&
      daysApart(a.signed, item.signed) <= SAME_AGREEMENT_DAYS,
  );
}

export function agreementFromItem(item: Item): Agreement {
  return {
    id: '',
    primary: item,
    members: [item],
    track: trackOf(item),
    effective: item.effective,
    signed: item.signed,
    end: item.end,
    endNote: item.endNote,
    sourceIds: new Set(item.sourceIds ?? []),
    notes: dedupeStrings(item.notes),
    confidence: item.confidence,
  };
}

export function where(a: Agreement): string {
  return `${a.primary.file.split('/').pop()} line ${a.primary.line}`;
}

export function mergePre2018(
  agreements: Agreement[],
  pre: Pre2018Result,
  rows: Pre2018Row[],
): { agreements: Agreement[]; drops: Drop[] } {
  const drops: Drop[] = [...pre.drops];
  const out = [...agreements];
  // High-confidence rows first, so abbreviated low-confidence duplicates fold into them.
  const rank: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
  const rowByLine = new Map(rows.map((r) => [r.line, r]));
  const ordered = [...pre.items].sort(
    (a, b) => rank[a.confidence] - rank[b.confidence] || a.line - b.line || (a.signed ?? '').localeCompare(b.signed ?? ''),
  );
  for (const item of ordered) {
    const match = findAgreement(out, item);
    if (match) {
      const fromIce = match.primary.origin === 'union';
      drops.push({
        file: item.file,
        line: item.line,
        state: item.loc.state.name,
        agency: item.agency,
        model: item.model,
        signed: item.signed!,
        reason: `${item.part ? `MOA ${item.part}: ` : ''}same agreement as ${where(match)}${fromIce ? ' (ICE list)' : ''}`,
        relatedTo: match,
      });
      match.sourceIds.add(SOURCE_IDS.pre2018);
      match.notes.push(
        fromIce
          ? `Also in the deportationdata pre-2018 history (line ${item.line}, confidence "${item.confidence}").`
          : `Also listed in the same file as "${item.agency}" (line ${item.line}).`,
      );
      // A duplicate that knows the end, or that the agreement kept running, informs the match.
      if (!fromIce && match.primary.openEnded && item.end) {
        match.primary.openEnded = false;
        match.end = item.end;
        match.endNote = item.endNote;
      }
      continue;
    }
    out.push(agreementFromItem(item));
  }
  // Rows without a model: only a duplicate of something dated can be placed.
  for (const { row, loc } of pre.modelless) {
    const probe: Item = {
      origin: 'pre2018',
      file: RAW_FILES.pre2018,
      line: row.line,
      agency: row.agency,
      model: 'jail_enforcement',
      signed: row.firstSigned,
      effective: row.firstSigned,
      loc,
      confidence: row.confidence,
      notes: [],
    };
    const match =
      findAgreement(out, probe, true) ??
      // "AZ Department of Corrections" beside "Arizona Department of Corrections": same state, type and date.
      out.find(
        (a) =>
          a.primary.origin === 'pre2018' &&
          a.primary.loc.state === loc.state &&
          a.primary.loc.agencyType === loc.agencyType &&
          a.signed === row.firstSigned,
      );
    const base = { file: RAW_FILES.pre2018, line: row.line, state: row.state!.name, agency: row.agency, model: '', signed: row.firstSigned };
    if (match) {
      drops.push({ ...base, reason: `no model stated; same agency and signing date as ${where(match)}`, relatedTo: match });
      match.sourceIds.add(SOURCE_IDS.pre2018);
      match.notes.push(`Also named in the deportationdata pre-2018 history (line ${row.line}, ${row.firstSignedSource}).`);
    } else {
      drops.push({
        ...base,
        reason: `no model stated and no dated listing of the agency to attach it to (single mention: ${row.firstSignedSource || 'unknown source'}, confidence "${row.confidence}")`,
      });
    }
  }
  void rowByLine;
  return { agreements: out, drops };
}
