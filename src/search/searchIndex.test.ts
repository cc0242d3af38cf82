import { describe, expect, it } from 'vitest';
import { fixtureMapData, fixtureRecordIndex } from '../testing/fixtures';
import { agencyItems, jurisdictionItems, normalise, SearchIndex } from './searchIndex';

const data = fixtureMapData();
const index = new SearchIndex([
  ...jurisdictionItems(data.jurisdictions),
  ...agencyItems(fixtureRecordIndex(), data.jurisdictions),
]);
const keys = (query: string) => index.search(query).map((i) => i.key);

describe('normalise', () => {
  it('strips accents, case and punctuation and expands leading abbreviations', () => {
    expect(normalise('Doña Ana County, N.M.')).toBe('dona ana county n m');
    expect(normalise('Mayagüez')).toBe('mayaguez');
    expect(normalise('St. Louis')).toBe('saint louis');
    expect(normalise('Helena MT')).toBe('helena mt');
    expect(normalise("Harris County Sheriff's Office")).toBe('harris county sheriffs office');
  });
});

describe('SearchIndex', () => {
  it('finds states, counties and cities by name, best match first', () => {
    expect(keys('Texas')[0]).toBe('48');
    expect(keys('harris')[0]).toBe('48201');
    expect(keys('Harris County')[0]).toBe('48201');
    expect(keys('harris co')[0]).toBe('48201');
    expect(keys('los angeles').slice(0, 2).sort()).toEqual(['06037', 'CA-los-angeles']);
    expect(keys('Los Angeles County')[0]).toBe('06037');
  });

  it('tolerates typos and missing accents', () => {
    expect(keys('Los Angelos')).toContain('CA-los-angeles');
    expect(keys('San Fransisco')[0]).toBe('06075');
    expect(keys('califronia')[0]).toBe('06');
  });

  it('finds a state by its postal code and its Spanish name', () => {
    expect(keys('tx')[0]).toBe('48');
  });

  it('finds by FIPS code, exact or prefix', () => {
    expect(keys('48201')).toEqual(['48201']);
    expect(keys('06')).toEqual(['06', '06037', '06075']);
    expect(keys('9')).toEqual([]);
  });

  it('finds agencies and points them at their jurisdiction', () => {
    const hit = index.search('Harris County Sheriff')[0];
    expect(hit).toMatchObject({ kind: 'agency', name: "Harris County Sheriff's Office", targetId: '48201' });
    const lapd = index.search('LA Police Department').find((i) => i.kind === 'agency');
    expect(lapd?.targetId).toBe('CA-los-angeles');
  });

  it('answers nothing for one letter or an empty query', () => {
    expect(keys('')).toEqual([]);
    expect(keys('h')).toEqual([]);
  });
});
