/**
 * For the detail panel: which records apply to a jurisdiction, grouped the way a reader thinks
 * of them (state law, county policy, 287(g) agreements, city policy), and which one decided its
 * status on a day, following the precedence in src/domain/status.ts.
 *
 * The status itself always comes from the build's intervals (statusOn); the explanation here is
 * only shown when it arrives at the same category, so the panel never contradicts the map.
 */
import type { Category } from '../domain/categories';
import type { JurisdictionEntry, PolicyRecord, RecordIndex } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { isAgreement, statusLayersOf } from '../domain/layers';
import { explainStatus, type JurisdictionLayers, type StatusExplanation, statusOn } from '../domain/status';

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

/** The records as the status rules see them, chosen as the build chooses them (src/domain/layers.ts). */
export function statusLayers(entry: JurisdictionEntry, groups: RecordGroups): JurisdictionLayers {
  const ownIds = new Set(entry.recordIds);
  const own = [...groups.state, ...groups.county, ...groups.city, ...groups.agreements].filter((r) => ownIds.has(r.id));
  return statusLayersOf(entry.level, own, groups.state);
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
