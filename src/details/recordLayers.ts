/**
 * For the detail panel: which records apply to a jurisdiction, grouped the way a reader thinks
 * of them (state law, county policy, 287(g) agreements, city policy), and which one decided its
 * status on a day, following the precedence in src/domain/status.ts.
 *
 * The status itself always comes from the build's intervals (statusOn); the explanation here is
 * only shown when it arrives at the same category, so the panel never contradicts the map.
 */
import { type Category, CATEGORY_RANK } from '../domain/categories';
import type { JurisdictionEntry, PolicyRecord, RecordIndex } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import type { AgencyType } from '../domain/schema';
import { type ActiveSpan, isActive, type JurisdictionLayers, prevailing, statusOn } from '../domain/status';
import type { StatusReason } from '../i18n/strings';

export interface RecordGroups {
  /** State laws, rulings and directives of the jurisdiction's state. */
  state: PolicyRecord[];
  /** The county's own policies (for a place: its county's). */
  county: PolicyRecord[];
  /** 287(g) agreements of agencies in the jurisdiction (for a place: also its county's). */
  agreements: PolicyRecord[];
  /** The city's own policies. */
  city: PolicyRecord[];
  /** Record ids listed by the index but missing from records.json. */
  missing: string[];
}

/** The agency types that act for a jurisdiction of each level ("its own agency"). */
export const OWN_AGENCY_TYPES: Record<JurisdictionEntry['level'], readonly AgencyType[]> = {
  state: ['state_agency'],
  county: ['sheriff', 'county_agency'],
  place: ['police'],
};

function lookup(ids: readonly string[], records: RecordIndex, missing: string[]): PolicyRecord[] {
  const found: PolicyRecord[] = [];
  for (const id of ids) {
    const record = records.records[id];
    if (record === undefined) missing.push(id);
    else found.push(record);
  }
  return found;
}

function byEffective(a: PolicyRecord, b: PolicyRecord): number {
  return a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : a.id.localeCompare(b.id);
}

const isAgreement = (r: PolicyRecord) => r.kind === 'agreement_287g';

export function groupRecords(
  entry: JurisdictionEntry,
  jurisdictions: ReadonlyMap<string, JurisdictionEntry>,
  records: RecordIndex,
): RecordGroups {
  const missing: string[] = [];
  const own = lookup(entry.recordIds, records, missing);
  const stateEntry = entry.level === 'state' ? entry : jurisdictions.get(entry.state);
  const stateRecords = entry.level === 'state' ? own : stateEntry ? lookup(stateEntry.recordIds, records, []) : [];
  const countyEntry = entry.level === 'place' && entry.county !== undefined ? jurisdictions.get(entry.county) : undefined;
  const countyRecords = countyEntry ? lookup(countyEntry.recordIds, records, []) : [];

  const groups: RecordGroups = { state: [], county: [], agreements: [], city: [], missing };
  groups.state = stateRecords.filter((r) => !isAgreement(r) && (r.level === 'state' || entry.level === 'state'));
  if (entry.level === 'county') {
    groups.county = own.filter((r) => !isAgreement(r));
    groups.agreements = own.filter(isAgreement);
  } else if (entry.level === 'place') {
    groups.county = countyRecords.filter((r) => !isAgreement(r));
    groups.city = own.filter((r) => !isAgreement(r));
    groups.agreements = [...own.filter(isAgreement), ...countyRecords.filter(isAgreement)];
  } else {
    groups.agreements = own.filter(isAgreement);
  }
  for (const list of [groups.state, groups.county, groups.agreements, groups.city]) list.sort(byEffective);
  return groups;
}

export function spanOf(record: PolicyRecord): ActiveSpan {
  return { id: record.id, category: record.category, start: record.effective, ...(record.end ? { end: record.end } : {}) };
}

function isOwnAgency(entry: JurisdictionEntry, record: PolicyRecord): boolean {
  return record.agencyType !== undefined && OWN_AGENCY_TYPES[entry.level].includes(record.agencyType);
}

/**
 * The records as the status rules see them (JurisdictionLayers in src/domain/status.ts), chosen
 * as scripts/build/resolve.ts chooses them when it computes the intervals.
 */
export function statusLayers(entry: JurisdictionEntry, groups: RecordGroups): JurisdictionLayers {
  const ownIds = new Set(entry.recordIds);
  const own = [...groups.state, ...groups.county, ...groups.city, ...groups.agreements].filter((r) => ownIds.has(r.id));
  const agency = (r: PolicyRecord) => r.level === 'agency';
  switch (entry.level) {
    case 'state':
      return {
        state: own.filter((r) => r.level === 'state').map(spanOf),
        local: own.filter((r) => agency(r) && !isAgreement(r)).map(spanOf),
        ownAgreements: own.filter((r) => agency(r) && isAgreement(r)).map(spanOf),
      };
    case 'county':
      return {
        state: groups.state.map(spanOf),
        // A consolidated city-county's city records count as the county's own.
        local: own
          .filter((r) => !isAgreement(r) && (r.level === 'county' || r.level === 'place' || (agency(r) && isOwnAgency(entry, r))))
          .map(spanOf),
        ownAgreements: own.filter((r) => isAgreement(r) && agency(r) && isOwnAgency(entry, r)).map(spanOf),
      };
    case 'place':
      return {
        state: groups.state.map(spanOf),
        local: own.filter((r) => !isAgreement(r) && (r.level === 'place' || isOwnAgency(entry, r))).map(spanOf),
        ownAgreements: own.filter((r) => isAgreement(r) && isOwnAgency(entry, r)).map(spanOf),
      };
  }
}

export interface StatusExplanation {
  category: Category;
  reason: StatusReason;
  /** The record that decided it (none for "no known policy"). */
  recordId?: string;
}

/** resolveStatus (src/domain/status.ts), keeping track of which record won. */
export function explainStatus(layers: JurisdictionLayers, day: IsoDay): StatusExplanation {
  const agreement = layers.ownAgreements.find((a) => a.category === 'participates' && isActive(a, day));
  if (agreement) return { category: 'participates', reason: 'agreement', recordId: agreement.id };
  const state = prevailing(layers.state, day);
  const local = prevailing(layers.local, day);
  const fromState = (s: ActiveSpan): StatusExplanation => ({ category: s.category, reason: 'state', recordId: s.id });
  const fromLocal = (l: ActiveSpan): StatusExplanation => ({ category: l.category, reason: 'local', recordId: l.id });
  const none: StatusExplanation = { category: 'none', reason: 'none' };
  if (state?.category === 'requires') return local?.category === 'participates' ? fromLocal(local) : fromState(state);
  if (state !== undefined && (state.category === 'limits' || state.category === 'some_limits')) {
    if (local !== undefined && CATEGORY_RANK[local.category] < CATEGORY_RANK[state.category]) return fromLocal(local);
    return fromState(state);
  }
  return local !== undefined ? fromLocal(local) : none;
}

/**
 * The status on `day` from the build's intervals, with the deciding record when the records
 * agree with it (undefined explanation otherwise, e.g. while records.json is still loading).
 */
export function statusWithReason(
  entry: JurisdictionEntry,
  day: IsoDay,
  groups: RecordGroups | undefined,
): { category: Category; explanation?: StatusExplanation } {
  const category = statusOn(entry.intervals, day);
  if (groups === undefined) return { category };
  const explanation = explainStatus(statusLayers(entry, groups), day);
  return explanation.category === category ? { category, explanation } : { category };
}
