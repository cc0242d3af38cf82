/**
 * Corrupt or tampered data files (issue 7, part 6): whatever JSON a file holds, the loaders either
 * accept it or throw a DataLoadError naming the file — never a TypeError from deep inside the app
 * later, which would show a raw message (or a crash) instead of "status.json does not have the
 * expected structure" with a Retry.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatusIndex } from '../domain/dataset';
import { statusOn } from '../domain/status';
import { buildGeometry } from './buildGeometry';
import { fixtureRecordIndex, fixtureStatusIndex, fixtureTopology } from '../testing/fixtures';
import { mapDataFrom } from './mapData';
import { asRecordIndex, asStatusIndex, asTopology } from './check';
import { DataLoadError } from './load';

function kindOf(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    if (error instanceof DataLoadError) return error.kind;
    throw error;
  }
}

/** Each damage, done to a fresh valid file, turns an accepted file into a shape error. */
function expectEachDamageRejected<T>(damaged: readonly [string, (file: T) => void][], fresh: () => T, check: (file: T) => unknown): void {
  for (const [name, damage] of damaged) {
    const file = fresh();
    expect(kindOf(() => check(file)), `intact, before: ${name}`).toBe('ok');
    damage(file);
    expect(kindOf(() => check(file)), name).toBe('shape');
  }
}

describe('loaders under corrupt input', () => {
  it('throw only DataLoadError, whatever the JSON (1,000 generated values each)', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    // Mostly the right top-level shape with junk inside, so the deeper checks run too.
    const status = fc.record({
      version: fc.constantFrom(1, 1, 1, 2, '1', null),
      asOf: fc.oneof(fc.constant('2025-01-01'), json),
      timelineStart: fc.constant('1979-01-01'),
      jurisdictions: fc.array(fc.oneof(json, fc.record({ id: json, level: json, name: json, state: json, intervals: json, recordIds: json }))),
      changeDays: fc.oneof(fc.array(json), json),
      events: fc.oneof(fc.array(json), json),
      federalLists: fc.oneof(fc.array(json), json),
    });
    const records = fc.record({
      version: fc.constantFrom(1, 1, 2),
      records: fc.dictionary(fc.string(), fc.oneof(json, fc.record({ id: json, citation: json, summary: json, sourceIds: json }))),
      sources: fc.dictionary(fc.string(), fc.oneof(json, fc.record({ title: json, url: json }))),
    });
    fc.assert(
      fc.property(fc.oneof(json, status), (value) => {
        kindOf(() => asStatusIndex(value));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.oneof(json, records), (value) => {
        kindOf(() => asRecordIndex(value));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(json, (value) => {
        kindOf(() => asTopology(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('accept only what the app can build a map from (1,000 generated status files)', () => {
    const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    const entry = fc.record({
      id: fc.oneof(fc.constantFrom('06', '06037', 'CA-los-angeles', '__proto__', 'constructor'), fc.string(), junk),
      level: fc.oneof(fc.constantFrom('state', 'county', 'place'), junk),
      name: fc.oneof(fc.string(), junk),
      state: fc.oneof(fc.constantFrom('06', '48', '99'), junk),
      intervals: fc.oneof(
        fc.array(fc.tuple(fc.oneof(fc.string(), junk), fc.oneof(fc.constantFrom('limits', 'none', 'participates'), fc.string(), junk))),
        junk,
      ),
      recordIds: fc.oneof(fc.array(fc.string()), junk),
      point: fc.oneof(fc.constant(undefined), fc.tuple(fc.double(), fc.double()), junk),
    });
    const index = fc.record({ entries: fc.array(entry, { maxLength: 8 }), events: fc.array(junk, { maxLength: 2 }) }).map(({ entries, events }) => ({
      ...fixtureStatusIndex(),
      jurisdictions: [...fixtureStatusIndex().jurisdictions, ...entries],
      events,
    }));
    let accepted = 0;
    fc.assert(
      fc.property(index, (value) => {
        let loaded: StatusIndex;
        try {
          loaded = asStatusIndex(JSON.parse(JSON.stringify(value)));
        } catch (error) {
          expect(error).toBeInstanceOf(DataLoadError);
          return;
        }
        accepted++;
        const data = mapDataFrom(loaded, fixtureTopology(), buildGeometry);
        expect(data.geometry.places.features.length).toBe(data.jurisdictions.byLevel.place.length);
        for (const e of data.jurisdictions.byId.values()) statusOn(e.intervals, '2020-01-01');
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('reject damaged entries inside an otherwise valid status.json', () => {
    const damaged: [string, (index: ReturnType<typeof fixtureStatusIndex>) => void][] = [
      ['a null entry', (i) => (i.jurisdictions as unknown[]).push(null)],
      ['an entry without a name', (i) => delete (i.jurisdictions[0] as Partial<(typeof i.jurisdictions)[0]>).name],
      ['an unknown level', (i) => Object.assign(i.jurisdictions[0]!, { level: 'galaxy' })],
      ['intervals that are not a list', (i) => Object.assign(i.jurisdictions[0]!, { intervals: 'always' })],
      ['an interval with an unknown category', (i) => Object.assign(i.jurisdictions[0]!, { intervals: [['2000-01-01', '<b>x</b>']] })],
      ['an interval with a prototype key', (i) => Object.assign(i.jurisdictions[0]!, { intervals: [['2000-01-01', '__proto__']] })],
      ['a place point of strings', (i) => Object.assign(i.jurisdictions[0]!, { point: ['1', '2'] })],
      ['a change day that is a number', (i) => (i.changeDays as unknown[]).push(20200101)],
      ['an event without a label', (i) => (i.events as unknown[]).push({ id: 'e', date: '2000-01-01', sourceIds: [] })],
      ['a federal list without entries', (i) => (i.federalLists as unknown[]).push({ id: 'l', title: 't', sourceIds: [] })],
    ];
    expectEachDamageRejected(damaged, fixtureStatusIndex, asStatusIndex);
  });

  it('reject damaged records and sources inside an otherwise valid records.json', () => {
    const damaged: [string, (index: ReturnType<typeof fixtureRecordIndex>) => void][] = [
      ['a null record', (i) => Object.assign(i.records, { x: null })],
      ['a record without sourceIds', (i) => Object.assign(i.records, { x: { ...Object.values(i.records)[0], sourceIds: undefined } })],
      ['a record whose summary is an object', (i) => Object.assign(Object.values(i.records)[0]!, { summary: { html: '<b>' } })],
      ['a source without a url', (i) => Object.assign(i.sources, { x: { id: 'x', title: 't' } })],
      ['a source that is a string', (i) => Object.assign(i.sources, { x: 'javascript:alert(1)' })],
    ];
    expectEachDamageRejected(damaged, fixtureRecordIndex, asRecordIndex);
  });

  it('do not let prototype keys in the JSON reach Object.prototype', () => {
    const text = JSON.stringify(fixtureStatusIndex()).replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},');
    expect(kindOf(() => asStatusIndex(JSON.parse(text)))).toBe('ok');
    expect(kindOf(() => asTopology(JSON.parse(JSON.stringify(fixtureTopology()).replace('{', '{"__proto__":{"type":"Topology"},'))))).toBe('ok');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
