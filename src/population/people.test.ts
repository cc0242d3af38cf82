import { describe, expect, it } from 'vitest';
import type { JurisdictionEntry } from '../domain/dataset';
import type { PopulationFile } from '../domain/series';
import { peopleBy } from './people';

const county = (id: string): JurisdictionEntry => ({ id, level: 'county', name: id, state: id.slice(0, 2), intervals: [], recordIds: [] });
const population: PopulationFile = { version: 1, year: 2024, counties: { '06001': 100, '06003': 50 }, states: { '06': 150, '09': 30 }, statewide: { '09': 30 } };

describe('peopleBy', () => {
  it('adds residents by group; Connecticut counts by its state total only when its counties agree', () => {
    const entries = [county('06001'), county('06003'), county('09001'), county('09003')];
    const same = peopleBy(entries, ['a', 'b'] as const, (e) => (e.id === '06003' ? 'b' : 'a'), population);
    expect(same).toEqual({ byGroup: { a: 130, b: 50 }, unattributed: 0 });
    const split = peopleBy(entries, ['a', 'b'] as const, (e) => (e.id === '09003' ? 'b' : 'a'), population);
    expect(split).toEqual({ byGroup: { a: 150, b: 0 }, unattributed: 30 });
  });
  it('counts states by their own figure', () => {
    const states: JurisdictionEntry[] = [{ id: '06', level: 'state', name: 'California', state: '06', intervals: [], recordIds: [] }];
    expect(peopleBy(states, ['x'] as const, () => 'x', population).byGroup.x).toBe(150);
  });
});
