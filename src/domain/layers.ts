/**
 * Which of a jurisdiction's records feed which layer of the status rules (status.ts). The build
 * uses it to compute every jurisdiction's intervals and the detail panel to explain them, so the
 * two never disagree.
 */
import type { MapLevel, PolicyRecord } from './dataset';
import type { AgencyType } from './schema';
import type { ActiveSpan, JurisdictionLayers } from './status';

/** The agency types that act for a jurisdiction of each level ("its own agency"). */
const OWN_AGENCY_TYPES: Record<MapLevel, readonly AgencyType[]> = {
  state: ['state_agency'],
  county: ['sheriff', 'county_agency'],
  place: ['police'],
};

export const isAgreement = (r: PolicyRecord): boolean => r.kind === 'agreement_287g';

export function spanOf(record: PolicyRecord): ActiveSpan {
  const startPrecision = record.effectivePrecision;
  const endPrecision = record.datePrecision?.end;
  return {
    id: record.id,
    category: record.category,
    start: record.effective,
    ...(record.end ? { end: record.end } : {}),
    ...(startPrecision !== 'day' ? { startPrecision } : {}),
    ...(record.end && endPrecision !== undefined && endPrecision !== 'day' ? { endPrecision } : {}),
  };
}

/**
 * @param own records located in the jurisdiction (its `recordIds`; for a county that is also a
 *   consolidated city's government, that city's policies too)
 * @param stateLaws state-level records of its state (ignored for a state: they are its own)
 */
export function statusLayersOf(level: MapLevel, own: readonly PolicyRecord[], stateLaws: readonly PolicyRecord[]): JurisdictionLayers {
  const ownAgency = (r: PolicyRecord) => r.level === 'agency' && r.agencyType !== undefined && OWN_AGENCY_TYPES[level].includes(r.agencyType);
  const ownPolicyLevels: readonly string[] = level === 'county' ? ['county', 'place'] : level === 'place' ? ['place'] : [];
  // A county's own records include a city's only where the city government is also the county's
  // (consolidated.csv); that city's police is then the county's police too.
  const consolidatedPolice = (r: PolicyRecord) => level === 'county' && r.agencyType === 'police' && r.fips.includes('-');
  return {
    state: (level === 'state' ? own : stateLaws).filter((r) => r.level === 'state').map(spanOf),
    local: own
      .filter((r) => !isAgreement(r) && (ownPolicyLevels.includes(r.level) || ownAgency(r) || consolidatedPolice(r)))
      .map(spanOf),
    ownAgreements: own.filter((r) => isAgreement(r) && ownAgency(r)).map(spanOf),
  };
}
