// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, resolveState, type Gazetteer } from '../gazetteer';
import { classifyAgency, countyFromAgencyName, locateAgency, placeFromAgencyName } from './locate';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

describe('locating agencies', () => {
  it('classifies by name first, then by ICE type', () => {
    expect(classifyAgency("Harris County Sheriff's Office", 'County').type).toBe('sheriff');
    expect(classifyAgency('Florida Highway Patrol', 'State Agency').type).toBe('state_agency');
    expect(classifyAgency('Naples Police Department', 'County')).toMatchObject({ type: 'police' });
    expect(classifyAgency('Collier County Jail', '').type).toBe('county_agency');
  });

  it('reads county and town names out of agency names', () => {
    expect(countyFromAgencyName("Harris County Sheriff's Office")).toBe('Harris County');
    expect(countyFromAgencyName('County of Franklin / Sheriff')).toBe('Franklin County');
    expect(placeFromAgencyName('City of St. Cloud Police Department')).toBe('St. Cloud');
    expect(placeFromAgencyName('Collier County Police Department')).toBeUndefined();
  });

  it('puts a sheriff on its county, a police department on its town and a state agency on the state', () => {
    const tx = resolveState('Texas')!;
    const sheriff = locateAgency(g, { state: tx, agency: "Harris County Sheriff's Office", iceType: 'County', county: 'Harris County' });
    expect(sheriff.ok && sheriff.loc.fips).toBe('48201');
    const fl = resolveState('Florida')!;
    const police = locateAgency(g, { state: fl, agency: 'Naples Police Department', iceType: 'Municipality', county: 'Collier County' });
    expect(police.ok && police.loc.fips).toBe('FL-naples');
    const state = locateAgency(g, { state: tx, agency: 'Texas Department of Public Safety', iceType: 'State Agency', county: '' });
    expect(state.ok && state.loc.fips).toBe('48');
  });

  it('applies a hand override and says why', () => {
    const nc = resolveState('North Carolina')!;
    const r = locateAgency(g, { state: nc, agency: 'Albemarle District Jail', iceType: 'County', county: 'Albemarle County' });
    expect(r.ok && r.loc.fips).toBe('37139');
    expect(r.ok && r.loc.notes[0]).toMatch(/Pasquotank/);
  });

  it('refuses an agency it cannot place, with the reason', () => {
    const ga = resolveState('Georgia')!;
    const r = locateAgency(g, { state: ga, agency: "Nowhere County Sheriff's Office", iceType: 'County', county: 'Nowhere County' });
    expect(r).toEqual({ ok: false, reason: 'unmatched county "Nowhere County" in GA' });
  });
});
