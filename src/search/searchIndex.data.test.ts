// @vitest-environment node
/**
 * Search over the real data (built in memory, as `npm run build:data` does): the seed cases by the
 * names people use, and Spanish ways of naming places.
 */
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build/pipeline';
import type { JurisdictionEntry, RecordIndex, StatusIndex } from '../domain/dataset';
import { agencyItems, commonNameItems, jurisdictionItems, SearchIndex } from './searchIndex';
import { spanishToEnglish } from './spanishQuery';

const files = buildData('data').files;
const status = JSON.parse(String(files.get('status.json'))) as StatusIndex;
const records = JSON.parse(String(files.get('records.json'))) as RecordIndex;
const byId = new Map(status.jurisdictions.map((j) => [j.id, j]));
const level = (l: string) => status.jurisdictions.filter((j: JurisdictionEntry) => j.level === l);
const lookup = { byId, byLevel: { state: level('state'), county: level('county'), place: level('place') } };
const index = new SearchIndex([...jurisdictionItems(lookup), ...commonNameItems(lookup), ...agencyItems(records, lookup)]);
const first = (query: string) => index.search(query)[0]?.targetId;

describe('search finds the seed cases by their common names', () => {
  it.each([
    ['NYPD', 'NY-new-york'],
    ['nypd', 'NY-new-york'],
    ['LAPD', 'CA-los-angeles'],
    ['LASD', '06037'],
    ['LVMPD', '32003'],
    ['Metro', '32003'],
    ['Las Vegas Metro', '32003'],
    ['CPD', 'IL-chicago'],
    ['Chicago Police', 'IL-chicago'],
    ['SFPD', 'CA-san-francisco'],
    ['MCSO', '04013'],
  ])('%s opens %s', (query, target) => {
    expect(first(query)).toBe(target);
  });

  it('every common name leads to a jurisdiction in the data', () => {
    expect(commonNameItems(lookup).length).toBeGreaterThanOrEqual(15);
  });
});

describe('Spanish names of places and levels', () => {
  it('rewrites level words and state names', () => {
    expect(spanishToEnglish('condado de harris texas')).toBe('harris county texas');
    expect(spanishToEnglish('condado cook illinois')).toBe('cook county illinois');
    expect(spanishToEnglish('ciudad de nueva york')).toBe('new york city');
    expect(spanishToEnglish('parroquia de orleans')).toBe('orleans parish');
    expect(spanishToEnglish('harris county')).toBeUndefined();
  });

  it.each([
    ['Condado de Harris, Texas', '48201'],
    ['Condado Cook Illinois', '17031'],
    ['condado de Cook', '17031'],
    ['Condado de Doña Ana, Nuevo México', '35013'],
    ['Ciudad de Nueva York', 'NY-new-york'],
    ['ciudad de Los Ángeles, California', 'CA-los-angeles'],
    ['Condado de Los Ángeles', '06037'],
    ['Nuevo México', '35'],
    ['Pensilvania', '42'],
    ['Carolina del Norte', '37'],
    ['Hawái', '15'],
    ['Estado de Texas', '48'],
    ['Parroquia de Orleans', '22071'],
    ['Condado de Harris, TX', '48201'],
  ])('%s opens %s', (query, target) => {
    expect(first(query)).toBe(target);
  });
});
