import { describe, expect, it } from 'vitest';
import type { PolicyRecord } from './dataset';
import { statusLayersOf } from './layers';

const record = (over: Partial<PolicyRecord> & Pick<PolicyRecord, 'id' | 'level' | 'fips'>): PolicyRecord => ({
  jurisdiction: 'x',
  kind: 'ordinance',
  category: 'limits',
  effective: '2010-01-01',
  effectivePrecision: 'day',
  citation: 'c',
  summary: 's',
  sourceIds: ['s'],
  confidence: 'high',
  origin: 'f:1',
  ...over,
});

describe('statusLayersOf', () => {
  const law = record({ id: 'law', level: 'state', fips: '48', kind: 'statute', category: 'requires' });
  const sheriff = record({ id: 'so', level: 'agency', fips: '48201', agencyType: 'sheriff', kind: 'agreement_287g', category: 'participates' });
  const townPd = record({ id: 'pd', level: 'agency', fips: '48201', agencyType: 'police', kind: 'agreement_287g', category: 'participates' });
  const ordinance = record({ id: 'ord', level: 'county', fips: '48201' });

  it("counts only the county's own agency's agreements for a county; a town's police agreement does not recolour it", () => {
    const layers = statusLayersOf('county', [sheriff, townPd, ordinance], [law]);
    expect(layers.ownAgreements.map((s) => s.id)).toEqual(['so']);
    expect(layers.local.map((s) => s.id)).toEqual(['ord']);
    expect(layers.state.map((s) => s.id)).toEqual(['law']);
  });

  it("counts a city's police agreement for the city", () => {
    const cityPd = { ...townPd, id: 'city-pd', fips: 'TX-austin' };
    expect(statusLayersOf('place', [cityPd], [law]).ownAgreements.map((s) => s.id)).toEqual(['city-pd']);
  });

  it("uses a state's own records and state agencies for the state", () => {
    const patrol = record({ id: 'dps', level: 'agency', fips: '48', agencyType: 'state_agency', kind: 'agreement_287g', category: 'participates' });
    const layers = statusLayersOf('state', [law, patrol], []);
    expect(layers.state.map((s) => s.id)).toEqual(['law']);
    expect(layers.ownAgreements.map((s) => s.id)).toEqual(['dps']);
  });

  it("lets a consolidated city's policies, its police's included, count for the county", () => {
    const cityPolicy = record({ id: 'nyc', level: 'place', fips: 'NY-new-york' });
    const cityPolice = record({ id: 'nypd', level: 'agency', fips: 'NY-new-york', agencyType: 'police', kind: 'agency_policy' });
    const unplacedPd = record({ id: 'town', level: 'agency', fips: '36061', agencyType: 'police', kind: 'agency_policy' });
    expect(statusLayersOf('county', [cityPolicy, cityPolice, unplacedPd], []).local.map((s) => s.id)).toEqual(['nyc', 'nypd']);
  });
});
