import { describe, expect, it } from 'vitest';
import { explainStatus, resolveStatus, statusIntervals, statusOn, type ActiveSpan, type JurisdictionLayers } from './status';

const span = (id: string, category: ActiveSpan['category'], start: string, end?: string): ActiveSpan => ({ id, category, start, end });
const layers = (l: Partial<JurisdictionLayers>): JurisdictionLayers => ({ state: [], local: [], ownAgreements: [], ...l });

describe('resolveStatus precedence', () => {
  const txSb4 = span('tx-sb4', 'requires', '2017-09-01');
  const austin = span('austin', 'limits', '2014-01-01');
  const harris287g = span('harris', 'participates', '2008-07-20', '2017-02-01');

  it('is "none" with no records', () => {
    expect(resolveStatus(layers({}), '2020-01-01')).toBe('none');
  });

  it('applies a local policy until a state law requiring cooperation takes effect, then the state law', () => {
    const l = layers({ state: [txSb4], local: [austin] });
    expect(resolveStatus(l, '2017-08-31')).toBe('limits');
    expect(resolveStatus(l, '2017-09-01')).toBe('requires');
  });

  it('marks participation while the own agency has an active 287(g) agreement, end day exclusive', () => {
    const l = layers({ ownAgreements: [harris287g] });
    expect(resolveStatus(l, '2008-07-19')).toBe('none');
    expect(resolveStatus(l, '2008-07-20')).toBe('participates');
    expect(resolveStatus(l, '2017-01-31')).toBe('participates');
    expect(resolveStatus(l, '2017-02-01')).toBe('none');
  });

  it('lets an agreement outrank a state law in either direction', () => {
    expect(resolveStatus(layers({ state: [txSb4], ownAgreements: [span('a', 'participates', '2019-01-01')] }), '2020-01-01')).toBe('participates');
  });

  it('uses a limiting state law as a floor: a stronger local limit wins, a local mandate is preempted', () => {
    const state = [span('ca', 'some_limits', '2014-01-01')];
    expect(resolveStatus(layers({ state }), '2015-01-01')).toBe('some_limits');
    expect(resolveStatus(layers({ state, local: [span('sf', 'limits', '1989-10-24')] }), '2015-01-01')).toBe('limits');
    expect(resolveStatus(layers({ state, local: [span('x', 'requires', '2010-01-01')] }), '2015-01-01')).toBe('some_limits');
  });

  it('credits a place’s own policy that sets the same limits as the state floor, naming the floor beside it', () => {
    // New York City's 2014 detainer laws and the state's 2018 Wells ruling both limit cooperation.
    const state = [span('wells-2018', 'limits', '2018-11-14')];
    const local = [span('nyc-2014', 'limits', '2014-12-14')];
    expect(explainStatus(layers({ state, local }), '2019-01-01')).toEqual({ category: 'limits', reason: 'local', recordId: 'nyc-2014', floorId: 'wells-2018' });
    expect(explainStatus(layers({ state, local }), '2015-01-01')).toEqual({ category: 'limits', reason: 'local', recordId: 'nyc-2014' });
    // A local policy weaker than the floor still yields to it.
    const weaker = [span('nyc-old', 'some_limits', '2010-01-01')];
    expect(explainStatus(layers({ state, local: weaker }), '2019-01-01')).toEqual({ category: 'limits', reason: 'state', recordId: 'wells-2018' });
  });

  it('lets the strongest record in force win within a layer, the newest among equals', () => {
    // New York: a 2018 ruling limiting detainers stays in force when a 2020 courthouse-only law is added.
    const ny = [span('wells-2018', 'limits', '2018-11-14'), span('courts-2020', 'some_limits', '2020-12-15')];
    expect(resolveStatus(layers({ state: ny }), '2021-01-01')).toBe('limits');
    const state = [span('or-1987', 'some_limits', '1987-07-01', '2021-07-19'), span('or-2021', 'limits', '2021-07-19')];
    expect(resolveStatus(layers({ state }), '2021-07-18')).toBe('some_limits');
    expect(resolveStatus(layers({ state }), '2021-07-19')).toBe('limits');
    const flip = [span('old', 'limits', '2010-01-01'), span('new', 'limits', '2015-01-01')];
    expect(resolveStatus(layers({ state: flip }), '2016-01-01')).toBe('limits');
  });
});

describe('statusIntervals and statusOn', () => {
  it('merges equal neighbours and answers any day by binary search', () => {
    const intervals = statusIntervals(
      layers({
        state: [span('tx', 'requires', '2017-09-01')],
        local: [span('austin', 'limits', '2014-01-01')],
        ownAgreements: [span('g1', 'participates', '2019-01-01', '2020-01-01'), span('g2', 'participates', '2020-01-01')],
      }),
    );
    expect(intervals).toEqual([
      ['2014-01-01', 'limits'],
      ['2017-09-01', 'requires'],
      ['2019-01-01', 'participates'],
    ]);
    expect(statusOn(intervals, '1979-01-01')).toBe('none');
    expect(statusOn(intervals, '2013-12-31')).toBe('none');
    expect(statusOn(intervals, '2014-01-01')).toBe('limits');
    expect(statusOn(intervals, '2017-08-31')).toBe('limits');
    expect(statusOn(intervals, '2017-09-01')).toBe('requires');
    expect(statusOn(intervals, '2030-01-01')).toBe('participates');
  });

  it('returns to "none" when the only record ends', () => {
    const intervals = statusIntervals(layers({ local: [span('a', 'limits', '2000-01-01', '2005-06-01')] }));
    expect(intervals).toEqual([
      ['2000-01-01', 'limits'],
      ['2005-06-01', 'none'],
    ]);
    expect(statusOn(intervals, '2005-05-31')).toBe('limits');
    expect(statusOn(intervals, '2005-06-01')).toBe('none');
  });
});

describe('statusIntervals precision', () => {
  const span = (id: string, start: string, extra: Partial<ActiveSpan> = {}): ActiveSpan => ({ id, category: 'limits', start, ...extra });
  it('writes a month or year start as a third element, and nothing for a day', () => {
    const layers: JurisdictionLayers = { state: [span('s', '1987-01-01', { startPrecision: 'year', end: '2014-07-01', endPrecision: 'month' })], local: [], ownAgreements: [] };
    expect(statusIntervals(layers)).toEqual([['1987-01-01', 'limits', 'year'], ['2014-07-01', 'none', 'month']]);
  });
  it('takes the finest precision when a day-exact and a year-only date fall on the same day', () => {
    const layers: JurisdictionLayers = { state: [span('s', '2021-01-01', { startPrecision: 'year' })], local: [span('l', '2021-01-01')], ownAgreements: [] };
    expect(statusIntervals(layers)).toEqual([['2021-01-01', 'limits']]);
  });
});
