/** Output rows: policies, sources and places as written to data/, with columns taken from the zod schemas. */
import { placeRow, policyRecordRow, sourceRow } from '../../../src/domain/schema';
import { ICE_PAGE, ICE_REPO, ICE_REPO_COMMIT, MODEL_DUTIES, MODEL_LABEL, PRE2018_URL, SECONDARY_ACCESSED, SOURCE_IDS, WAPO_URL } from './constants';
import { columnsOf } from '../csv';
import { moaSourceId, normalizeMoaUrl } from './merge-union';
import type { Agreement, Snapshots } from './types';
import { END_CORRECTIONS, endSourceRows } from './end-dates';
import { dedupeStrings } from './util';
import { cityPlaceRow } from '../gazetteer';

export const POLICY_COLUMNS = columnsOf(policyRecordRow);
export const SOURCE_COLUMNS = columnsOf(sourceRow);
export const PLACE_COLUMNS = columnsOf(placeRow);
export const DROP_COLUMNS = ['file', 'line', 'state', 'agency', 'model', 'signed', 'reason', 'related_record'] as const;

export type PolicyOut = Record<(typeof POLICY_COLUMNS)[number], string>;
export type SourceOut = Record<(typeof SOURCE_COLUMNS)[number], string>;
export type PlaceOut = Record<(typeof PLACE_COLUMNS)[number], string>;

export function displayAgency(a: Agreement): string {
  const { agency, loc } = a.primary;
  const name = agency.replace(/^the\s+/i, '');
  if (loc.agencyType === 'state_agency' && !name.toLowerCase().includes(loc.state.name.toLowerCase())) {
    return `${name} (${loc.state.name})`;
  }
  return name;
}

export function summaryOf(a: Agreement, ending?: string): string {
  const model = a.primary.model;
  const who = `The ${displayAgency(a)}`;
  const when =
    a.signed !== undefined
      ? `signed a 287(g) ${MODEL_LABEL[model]} agreement with ICE on ${a.signed}`
      : `had a 287(g) ${MODEL_LABEL[model]} agreement with ICE from ${a.effective}`;
  let text = `${who} ${when}, under which ${MODEL_DUTIES[model]}.`;
  if (a.end !== undefined && ending) {
    text += ` ${ending}`;
  } else if (a.end !== undefined && a.endNote) {
    if (a.endNote.startsWith('superseded')) text += ` It was superseded by the agreement signed ${a.endNote.replace(/^superseded by the agreement signed /, '')}.`;
    else if (a.endNote.startsWith('dropped')) text += ` It no longer appeared on ICE's participating-agencies list of ${a.end}.`;
    else if (a.endNote.startsWith('no longer on ICE')) text += ` ICE's rosters stopped listing it after ${a.endNote.replace(/^no longer on ICE's 287\(g\) roster after (\S+).*$/, '$1')}.`;
    else text += ` It had ended by ${a.end}.`;
  }
  return text;
}

export function policyRows(agreements: Agreement[]): PolicyOut[] {
  return agreements
    .map((a) => {
      const fix = END_CORRECTIONS[a.id];
      if (fix) {
        a = { ...a, end: fix.end, endNote: fix.endNote, sourceIds: new Set([...a.sourceIds, ...fix.sourceIds]), notes: [...a.notes, fix.note], confidence: fix.confidence ?? a.confidence };
      }
      const { loc, model, agency } = a.primary;
      const citation =
        a.signed !== undefined
          ? `287(g) Memorandum of Agreement, ICE and ${agency} (${MODEL_LABEL[model]}), signed ${a.signed}; INA § 287(g), 8 U.S.C. § 1357(g)`
          : `287(g) agreement, ICE and ${agency} (${MODEL_LABEL[model]}); INA § 287(g), 8 U.S.C. § 1357(g)`;
      return {
        id: a.id,
        level: 'agency',
        fips: loc.fips,
        jurisdiction: loc.jurisdiction,
        agency,
        agency_type: loc.agencyType,
        kind: 'agreement_287g',
        model,
        category: 'participates',
        voted_date: '',
        signed_date: a.signed ?? '',
        effective_date: a.effective,
        end_date: a.end ?? '',
        end_note: a.end !== undefined ? (a.endNote ?? '') : '',
        citation,
        summary: summaryOf(a, fix?.ending),
        source_ids: [...a.sourceIds].sort().join(';'),
        confidence: a.confidence,
        notes: dedupeStrings(a.notes).join(' '),
      };
    })
    .sort((x, y) => x.id.localeCompare(y.id));
}

export function sourceRows(agreements: Agreement[], snapshots: Snapshots): SourceOut[] {
  const cited = new Set<string>();
  for (const a of agreements) for (const s of a.sourceIds) cited.add(s);
  const rows: SourceOut[] = [];
  for (const date of snapshots.dates) {
    const id = SOURCE_IDS.list(date);
    if (!cited.has(id)) continue;
    const files = snapshots.filesByDate.get(date)!;
    const basis = snapshots.basisByDate.get(date)!;
    rows.push({
      id,
      title: `ICE "287(g) Participating Agencies" list as of ${date}`,
      publisher: 'U.S. Immigration and Customs Enforcement',
      url: ICE_PAGE,
      published_date: basis.startsWith('ICE filename') ? date : '',
      accessed_date: date,
      notes: `Archived copy: ${files.join(', ')} in the GitHub repository ${ICE_REPO} (participatingAgencies/), commit ${ICE_REPO_COMMIT}; dated by ${basis}. U.S. government work (public domain).`,
    });
  }
  // MOA and addendum links from ICE's latest workbook.
  const moas = new Map<string, { url: string; note?: string; agencies: Set<string>; kind: 'moa' | 'addendum'; listDate: string }>();
  for (const a of [...agreements].sort((x, y) => x.id.localeCompare(y.id))) {
    for (const [url, kind] of [
      [a.primary.moaUrl, 'moa'],
      [a.primary.addendumUrl, 'addendum'],
    ] as const) {
      if (!url) continue;
      const id = moaSourceId(url, kind);
      const target = normalizeMoaUrl(url);
      const prev = moas.get(id);
      if (prev && prev.url !== target.url) throw new Error(`source id ${id} stands for two links: ${prev.url} and ${target.url}`);
      const entry = prev ?? { url: target.url, note: target.note, agencies: new Set<string>(), kind, listDate: '' };
      entry.agencies.add(a.primary.agency);
      // Links of agreements gone from ICE's list come from the last list that showed them.
      const listDate = a.primary.moaListDate ?? snapshots.latest;
      if (listDate > entry.listDate) entry.listDate = listDate;
      moas.set(id, entry);
    }
  }
  for (const [id, m] of moas) {
    const agency = [...m.agencies].sort().join(' / ');
    rows.push({
      id,
      title: m.kind === 'moa' ? `287(g) Memorandum of Agreement: ${agency}` : `287(g) Memorandum of Agreement addendum: ${agency}`,
      publisher: 'U.S. Immigration and Customs Enforcement',
      url: m.url,
      published_date: '',
      accessed_date: m.listDate,
      notes: `Link taken from the cell hyperlink in ICE's participating-agencies workbook of ${m.listDate} (${snapshots.filesByDate.get(m.listDate)!.join(', ')}); the PDF itself was not retrieved for this import.${m.note ? ` ${m.note}` : ''}`,
    });
  }
  if (cited.has(SOURCE_IDS.pre2018)) {
    rows.push({
      id: SOURCE_IDS.pre2018,
      title: 'ICE 287(g) agreements before 2018: "best guess" agency history (pre2018-agreements-best-guess.csv)',
      publisher: 'Deportation Data Project (deportationdata/ice-287g)',
      url: PRE2018_URL,
      published_date: '',
      accessed_date: SECONDARY_ACCESSED,
      notes:
        'Reconstructed by the project from ICE rosters and the MOA archive (ice.gov via the Wayback Machine), CRS report RL32270 App. A (2009), GAO-09-109 App. III (2007), Migration Policy Institute reports (2010), NCLR (2010), Cato WP 52 (2018), Kostandini et al., McCann et al. 2024 appendix and a 2017 roster mirror. File at commit 92556ed51e6084d8672c45611063fc2e2956160a, re-keyed (15 of 31 columns) into data/raw/ice-287g-pre2018/. Licence not stated. Confidence per row as the file gives it.',
    });
  }
  if (cited.has(SOURCE_IDS.wapo)) {
    rows.push({
      id: SOURCE_IDS.wapo,
      title: "Sheriffs' offices with 287(g) agreements by year, 2005–2019 (287g_curated_2019.xlsx)",
      publisher: 'The Washington Post',
      url: WAPO_URL,
      published_date: '',
      accessed_date: SECONDARY_ACCESSED,
      notes:
        'Attribution: The Washington Post, data for "Under Trump, ICE aggressively recruited sheriffs as partners to question and detain undocumented immigrants" (2021), GitHub wpinvestigative/sheriffs_287g, data/raw_data/287g_curated_2019.xlsx (commit 9dbc96243f78b4481d4a14311e20181a8e7a2677). Licence: CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/) — attribution required, non-commercial use only, adaptations shared under the same licence. Records derived from it say so in their notes.',
    });
  }
  // Sources of end-date corrections (those of other files are checked when the whole dataset is validated).
  const corrected = new Set(agreements.flatMap((a) => END_CORRECTIONS[a.id]?.sourceIds ?? []));
  rows.push(...endSourceRows(corrected));
  const missing = [...cited].filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new Error(`records cite unknown sources: ${missing.join(', ')}`);
  return rows.sort((x, y) => x.id.localeCompare(y.id));
}

export function placeRows(agreements: Agreement[]): PlaceOut[] {
  const byId = new Map<string, PlaceOut>();
  for (const a of agreements) {
    const p = a.primary.loc.place;
    if (!p) continue;
    const row: PlaceOut = cityPlaceRow(p);
    const prev = byId.get(p.id);
    if (prev && JSON.stringify(prev) !== JSON.stringify(row)) throw new Error(`place ${p.id} matched two different GeoNames points`);
    byId.set(p.id, row);
  }
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
}
