import { describe, expect, it } from 'vitest';
import { STATE_BY_FIPS } from '../../../src/domain/states';
import { agencyKey, agencyTokens, jurisdictionPart, levenshtein, recordIdBase, sameAgencyName, sameButStateName } from './names';

describe('agency names', () => {
  it('reduces spellings to one key', () => {
    expect(agencyKey('Gulf County BOCC')).toBe(agencyKey('Gulf County Board of County Commissioners'));
    expect(agencyKey("Cobb Co. Sherriff's Office")).toBe(agencyKey("Cobb County Sheriff's Office"));
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });

  it('tells agencies apart by their jurisdiction and precinct numbers', () => {
    expect(jurisdictionPart("Cobb County Sheriff's Office")).toBe('cobb');
    expect(sameAgencyName("Cobb County Sheriff's Office", "Bibb County Sheriff's Office")).toBe(false);
    expect(sameAgencyName('Harris County Constable Precinct 1', 'Harris County Constable Precinct 4')).toBe(false);
    expect(sameAgencyName('Sarasota County Sheriffs Office', "Sarasota County Sheriff's Office")).toBe(true);
  });

  it("sees a state agency's name with and without the state's name as one", () => {
    expect(sameButStateName('Department of Corrections', 'Alaska Department of Corrections', '02')).toBe(true);
    expect(sameButStateName('Department of State Police', 'Virginia Department of State Police', '51')).toBe(true);
    expect(sameButStateName('Office of the Attorney General', 'Texas Office of the Attorney General', '48')).toBe(true);
    expect(sameButStateName('Department of Corrections', 'Virginia Department of State Police', '51')).toBe(false);
    expect(sameButStateName('MT Dept of Justice', 'Montana Department of Justice', '30')).toBe(true);
    expect(sameButStateName('Wyoming Highway State Patrol', 'Wyoming State Highway Patrol', '56')).toBe(true);
    expect(sameButStateName('Florida Department of Law Enforcement', 'Florida Department of Environmental Protection, Division of Law Enforcement', '12')).toBe(false);
    expect([...agencyTokens('Alaska DOC')]).toEqual(['alaska', 'correction']);
  });

  it('builds record ids with the common words shortened', () => {
    const fl = STATE_BY_FIPS.get('12')!;
    expect(recordIdBase(fl, "Walton County Sheriff's Office", 'warrant_service_officer', '2019-05-06')).toBe('287g-fl-walton-so-wso-2019-05-06');
    expect(recordIdBase(fl, 'Marco Island Police Department', 'task_force', '2025-03-01')).toBe('287g-fl-marco-island-pd-tfm-2025-03-01');
  });
});
