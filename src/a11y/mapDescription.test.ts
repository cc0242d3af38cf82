import { describe, expect, it } from 'vitest';
import { stringsFor } from '../i18n/strings';
import { fixtureMapData } from '../testing/fixtures';
import { describeMap, statusChanges } from './mapDescription';

const { jurisdictions } = fixtureMapData();
const base = {
  entries: jurisdictions.byLevel.county,
  states: jurisdictions.byLevel.state,
  counties: jurisdictions.byLevel.county,
};

const describeCounties = (date: string, previous: string, lang: 'en' | 'es' = 'en') =>
  describeMap({ ...base, levelPlural: stringsFor(lang).levelPlural.counties, date, previous, strings: stringsFor(lang) });

describe('describeMap', () => {
  it('counts each category on the date and lists the states that changed since the previous date', () => {
    const d = describeCounties('2018-01-31', '2017-12-31');
    expect(d.counts).toBe(
      'On January 31, 2018, of 3 counties: Limits cooperation 2, Some limits 0, No known policy 0, Required to cooperate 1, and Takes part in enforcement 0.',
    );
    expect(d.changes).toBe('Since December 31, 2017, 1 state changed: California from No known policy to Limits cooperation. 1 county changed status.');
  });

  it('says when no state changed', () => {
    const d = describeCounties('2018-03-31', '2018-02-28');
    expect(d.changes).toBe('No state changed since February 28, 2018.');
  });

  it('is in Spanish with the Spanish strings', () => {
    const d = describeCounties('2018-01-31', '2017-12-31', 'es');
    expect(d.counts).toBe(
      'El 31 de enero de 2018, de 3 condados: Limita la cooperación 2, Algunos límites 0, Sin política conocida 0, Obligado a cooperar 1 y Participa en el control migratorio 0.',
    );
    expect(d.changes).toContain('Desde el 31 de diciembre de 2017 cambió 1 estado: California, de «Sin política conocida» a «Limita la cooperación».');
  });

  it('finds the entries whose status differs between two days', () => {
    expect(statusChanges(jurisdictions.byLevel.county, '2010-01-01', '2020-01-01').map((c) => [c.id, c.from, c.to])).toEqual([
      ['06037', 'none', 'limits'],
      ['48201', 'participates', 'requires'],
    ]);
  });
});
