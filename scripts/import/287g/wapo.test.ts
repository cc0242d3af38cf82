// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { applyWapo, parseWapo } from './wapo';
import { snapshotsOf } from './test-helpers';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
});

function wapo(line: number, state: string, county: string, years: number[], fips = ''): { file: string; line: number; values: Record<string, string> } {
  const values: Record<string, string> = { State: state, County: county, FIPS: fips, NOTES: '' };
  for (let y = 2005; y <= 2019; y++) values[`y${y}`] = years.includes(y) ? 'X' : '';
  return { file: 'wapo.csv', line, values };
}

describe("The Post's sheriffs × year table", () => {
  it('inherits a blank state from the row above', () => {
    const rows = parseWapo([wapo(2, 'Virginia', 'Culpeper County', [2015]), wapo(3, '', 'Rockingham County', [2016])]);
    expect(rows[1]!.state?.usps).toBe('VA');
    expect(rows[1]!.inherited).toBe(true);
  });

  it('records an agency only the Post has, at year precision, when the model is certain (2013–2018)', () => {
    const { agreements, drops } = applyWapo(g, [], parseWapo([wapo(2, 'Texas', 'Lubbock County', [2015, 2016, 2017])]), snapshotsOf(['2021-01-13']));
    expect(drops).toEqual([]);
    expect(agreements[0]).toMatchObject({ effective: '2015', end: '2018', confidence: 'medium' });
    expect(agreements[0]!.primary.agency).toBe("Lubbock County Sheriff's Office");
  });

  it('does not guess the model before 2013', () => {
    const { agreements, drops } = applyWapo(g, [], parseWapo([wapo(2, 'Texas', 'Lubbock County', [2009, 2010])]), snapshotsOf(['2021-01-13']));
    expect(agreements).toEqual([]);
    expect(drops[0]!.reason).toMatch(/^model unknown/);
  });
});
