/** The Washington Post's sheriffs × year table: end years of open pre-2018 chains and year-precision records no dated source has. */
import type { Model287g } from '../../../src/domain/schema';
import type { StateInfo } from '../../../src/domain/states';
import type { CsvRow } from '../csv';
import { resolveState, type Gazetteer } from '../gazetteer';
import { RAW_FILES, SOURCE_IDS } from './constants';
import { locateAgency, SHERIFF } from './locate';
import { borrowLocation, type KnownAgency } from './names';
import { agreementFromItem, sameAgencyAcross, where } from './pre2018';
import type { Agreement, Drop, Item, Located, Snapshots } from './types';
import { clean, normalizeDay } from './util';

export interface WapoRow {
  line: number;
  state?: StateInfo;
  /** The state was blank and is taken from the row above. */
  inherited: boolean;
  agency: string;
  fips: string;
  years: number[];
  notes: string;
  stateRaw: string;
}

export function parseWapo(rows: CsvRow[]): WapoRow[] {
  let previous: StateInfo | undefined;
  return rows.map(({ line, values: v }) => {
    const years: number[] = [];
    for (let y = 2005; y <= 2019; y++) if (clean(v[`y${y}`]).toUpperCase() === 'X') years.push(y);
    const stateRaw = clean(v.State);
    const agency = clean(v.County);
    let state = stateRaw ? resolveState(stateRaw) : undefined;
    let inherited = false;
    // The Post left the state blank on rows continuing a state's block (the Virginia rows at the end).
    if (!stateRaw && agency && previous) {
      state = previous;
      inherited = true;
    }
    previous = agency ? state : undefined;
    return {
      line,
      stateRaw: inherited ? '' : stateRaw,
      state,
      inherited,
      agency,
      fips: clean(v.FIPS),
      years,
      notes: clean(v.NOTES),
    };
  });
}

export function yearCovered(agreements: Agreement[], year: number): boolean {
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  return agreements.some((a) => a.effective < end && (a.end === undefined || normalizeDay(a.end) > start));
}


export function applyWapo(
  g: Gazetteer,
  agreements: Agreement[],
  rows: WapoRow[],
  snapshots: Snapshots,
): { agreements: Agreement[]; drops: Drop[] } {
  const file = RAW_FILES.wapo;
  const drops: Drop[] = [];
  const out = [...agreements];
  const licence = 'Derived from The Washington Post\'s 287(g) sheriffs data (wpinvestigative/sheriffs_287g), CC BY-NC-SA 4.0.';
  for (const row of rows) {
    const base = { file, line: row.line, state: row.stateRaw, agency: row.agency, model: '', signed: '' };
    if (!row.agency) {
      drops.push({ ...base, reason: 'blank row' });
      continue;
    }
    if (!row.state) {
      drops.push({ ...base, reason: row.stateRaw ? `section heading row ("${row.stateRaw}")` : 'no state' });
      continue;
    }
    const bareCounty = /\b(county|parish)$/i.test(row.agency) && !SHERIFF.test(row.agency);
    const located = locateAgency(g, {
      state: row.state,
      agency: bareCounty ? `${row.agency} Sheriff's Office` : row.agency,
      iceType: '',
      county: '',
      countyHints: row.fips ? [row.fips] : undefined,
    });
    let loc: Located;
    if (located.ok) {
      loc = located.loc;
    } else {
      const known: KnownAgency[] = out.flatMap((a) => a.members.map((m) => ({ agency: m.agency, loc: m.loc, where: where(a) })));
      const donor = borrowLocation(known, row.state, row.agency);
      if (!donor) {
        drops.push({ ...base, reason: located.reason });
        continue;
      }
      loc = { ...donor.loc, notes: [`Located as "${donor.agency}" (${donor.where}), the same agency under another name.`] };
    }
    const agencyName = bareCounty ? `${row.agency} Sheriff's Office` : row.agency;
    const probe = { agency: agencyName, loc } as Item;
    const sameAgency = out.filter(
      (a) =>
        sameAgencyAcross(a.primary, probe) ||
        // A bare county name in the Post's table may be the county's jail agency rather than the sheriff.
        (bareCounty && a.primary.loc.fips === loc.fips && a.primary.loc.agencyType === 'county_agency'),
    );
    sameAgency.sort((a, b) => normalizeDay(a.effective).localeCompare(normalizeDay(b.effective)) || a.primary.line - b.primary.line);
    const representative = (year?: number) =>
      (year !== undefined ? sameAgency.find((a) => yearCovered([a], year)) : undefined) ?? sameAgency[0];
    if (row.years.length === 0) {
      drops.push({
        ...base,
        relatedTo: representative(),
        reason: sameAgency.length
          ? `no year flagged (${row.notes || 'no note'}); the agency's agreements come from ${where(sameAgency[0]!)}`
          : `no year flagged (${row.notes || 'no note'})`,
      });
      continue;
    }
    const first = row.years[0]!;
    const last = row.years[row.years.length - 1]!;
    const yearsText = first === last ? `${first}` : `${first}–${last}`;
    // 1. End an open pre-2018 chain with the Post's last year.
    const open = sameAgency.filter((a) => a.primary.origin === 'pre2018' && a.primary.openEnded && a.end === undefined);
    let usedForEnd = false;
    {
      for (const a of open) {
        // Still on ICE's first archived list (2021-01-13) under the same model: the overlap stage ends it at the renewal.
        const continued = out.some(
          (b) => b.track === a.track && b.primary.origin === 'union' && b.members.some((m) => m.firstSeen === snapshots.first),
        );
        if (continued || last < Number(a.effective.slice(0, 4))) continue;
        a.end = `${last + 1}`;
        a.endNote =
          last === 2019
            ? "ended between 2019 (last year The Washington Post flagged) and 2021-01-13 (absent from ICE's first archived list); recorded as 2020"
            : `ended by ${last + 1}: ${last} is the last year The Washington Post flagged the agency`;
        a.primary.openEnded = false;
        a.confidence = 'medium';
        a.sourceIds.add(SOURCE_IDS.wapo);
        a.notes.push(`End year from The Washington Post's table (years flagged ${yearsText}; ${row.notes || 'no note'}). ${licence}`);
        usedForEnd = true;
      }
    }
    // 2. Which flagged years does no dated record cover?
    const uncovered = row.years.filter((y) => !yearCovered(sameAgency, y));
    if (uncovered.length === 0) {
      drops.push({
        ...base,
        relatedTo: representative(first),
        reason: `years flagged ${yearsText} are covered by dated records (${sameAgency.map(where).slice(0, 3).join('; ')})${usedForEnd ? '; used for the end year' : ''}`,
      });
      continue;
    }
    // 3. Years before the agency's first dated agreement (joined 2017–2018, first dated MOA the 2020 renewal):
    //    a year-precision record where the model is certain.
    const firstDated = Math.min(...sameAgency.map((a) => Number(a.effective.slice(0, 4))));
    const gapBefore =
      sameAgency.length > 0 &&
      uncovered.every((y, i) => i === 0 || y === uncovered[i - 1]! + 1) &&
      uncovered[uncovered.length - 1]! === firstDated - 1 &&
      uncovered[0]! >= 2013 &&
      uncovered[0]! <= 2018;
    if (gapBefore) {
      const from = uncovered[0]!;
      const to = uncovered[uncovered.length - 1]!;
      const fromTo = from === to ? `${from}` : `${from}–${to}`;
      const item: Item = {
        origin: 'wapo',
        file,
        line: row.line,
        agency: sameAgency[0]!.primary.agency,
        model: 'jail_enforcement',
        effective: `${from}`,
        loc: sameAgency[0]!.primary.loc,
        confidence: 'medium',
        notes: [
          `The Washington Post's table flags the agency in ${yearsText}; the dated agreements on record start in ${firstDated}, so this record covers ${fromTo} at year precision (no signing date is available).`,
          'Model inferred: from 2013 to 2018 the Jail Enforcement Model was the only 287(g) model in operation.',
          ...(row.notes ? [`The Post's note: ${row.notes}.`] : []),
          licence,
        ],
        sourceIds: [SOURCE_IDS.wapo],
      };
      const renewal = sameAgency.find((a) => a.primary.model === 'jail_enforcement' && Number(a.effective.slice(0, 4)) === to + 1);
      if (!renewal) {
        item.end = `${to + 1}`;
        item.endNote = `ended by ${to + 1}: ${to} is the last year The Washington Post flagged the agency before its next dated agreement`;
      }
      const agreement = agreementFromItem(item);
      agreement.track = `${item.loc.fips}|jail_enforcement|${renewal ? renewal.track.split('|')[2] : item.loc.cluster}`;
      out.push(agreement);
      continue;
    }
    if (sameAgency.length > 0) {
      drops.push({
        ...base,
        relatedTo: representative(first),
        reason: `years ${uncovered.join(', ')} of ${yearsText} not covered by a dated record of the agency (${sameAgency.map(where).slice(0, 3).join('; ')}); the Post's years alone are not recorded next to dated agreements${usedForEnd ? '; used for the end year' : ''}`,
      });
      continue;
    }
    // 4. An agency only the Post has: a year-precision record where the model is certain.
    const contiguous = row.years.every((y, i) => i === 0 || y === row.years[i - 1]! + 1);
    if (first < 2013 || (first === 2019 && last === 2019) || !contiguous) {
      drops.push({
        ...base,
        reason:
          first < 2013
            ? `model unknown: flagged ${yearsText}, and before 2013 more than one 287(g) model operated; no dated source`
            : first === 2019
              ? 'model unknown: flagged 2019 only (Jail Enforcement and Warrant Service Officer agreements both existed); no dated source'
              : `years flagged ${row.years.join(', ')} are not contiguous; no dated source`,
      });
      continue;
    }
    const model: Model287g = 'jail_enforcement';
    const item: Item = {
      origin: 'wapo',
      file,
      line: row.line,
      agency: agencyName,
      model,
      effective: `${first}`,
      loc,
      confidence: 'medium',
      notes: [
        `The Washington Post's table flags the agency in ${yearsText}; no signing date is available, so the record starts in ${first} (year precision).`,
        'Model inferred: from 2013 to 2018 the Jail Enforcement Model was the only 287(g) model in operation.',
        ...(row.notes ? [`The Post's note: ${row.notes}.`] : []),
        ...(bareCounty ? [`The Post names it "${row.agency}"; recorded as the county sheriff's office.`] : []),
        ...loc.notes,
        licence,
      ],
      end: `${last + 1}`,
      endNote:
        last === 2019
          ? "ended between 2019 (last year The Washington Post flagged) and 2021-01-13 (absent from ICE's first archived list); recorded as 2020"
          : `ended by ${last + 1}: ${last} is the last year The Washington Post flagged the agency`,
      sourceIds: [SOURCE_IDS.wapo],
    };
    out.push(agreementFromItem(item));
  }
  return { agreements: out, drops };
}
