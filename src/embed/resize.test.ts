import { describe, expect, it } from 'vitest';
import { datawrapperHeightMessage, DEFAULT_CHART_ID, EmbedSizeReporter, parsePymMessage, pymMessage } from './resize';

function parent() {
  const sent: unknown[] = [];
  return { sent, postMessage: (message: unknown, origin: string) => sent.push([message, origin]) };
}

/** pym.js's own parsing of child messages (Parent.messageRegex, _makeMessageRegex in pym.v1.js). */
const pymParentRegex = (id: string) => new RegExp(`^${['pym', id, '(\\S+)', '(.*)'].join('xPYMx')}$`);

describe('embed size messages', () => {
  it('writes height messages the way pym.js reads them', () => {
    const message = pymMessage('map-1', 'height', '812');
    expect(message).toBe('pymxPYMxmap-1xPYMxheightxPYMx812');
    const match = pymParentRegex('map-1').exec(message);
    expect(match?.slice(1)).toEqual(['height', '812']);
    expect(datawrapperHeightMessage('map-1', 812)).toEqual({ 'datawrapper-height': { 'map-1': 812 } });
  });

  it('reads pym messages for its own id only', () => {
    expect(parsePymMessage('pymxPYMxmap-1xPYMxwidthxPYMx640', 'map-1')).toEqual({ type: 'width', message: '640' });
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'map-1')).toBeUndefined();
    expect(parsePymMessage({ width: 640 }, 'map-1')).toBeUndefined();
  });
});

describe('EmbedSizeReporter', () => {
  it('sends pym and Datawrapper heights when the height changes, to any origin, sizes only', () => {
    const target = parent();
    let height = 700.4;
    const reporter = new EmbedSizeReporter(target, new URLSearchParams('childId=map-1&initialWidth=640'), () => height);
    reporter.report();
    reporter.report();
    height = 820;
    reporter.report();
    expect(target.sent).toEqual([
      ['pymxPYMxmap-1xPYMxheightxPYMx701', '*'],
      [{ 'datawrapper-height': { 'map-1': 701 } }, '*'],
      ['pymxPYMxmap-1xPYMxheightxPYMx820', '*'],
      [{ 'datawrapper-height': { 'map-1': 820 } }, '*'],
    ]);
  });

  it('without pym sends only the Datawrapper message, under a stable id', () => {
    const target = parent();
    new EmbedSizeReporter(target, new URLSearchParams('embed=1'), () => 500).report();
    expect(target.sent).toEqual([[{ 'datawrapper-height': { [DEFAULT_CHART_ID]: 500 } }, '*']]);
  });

  it('answers pym width messages from its parent and ignores everything else', () => {
    const target = parent();
    const reporter = new EmbedSizeReporter(target, new URLSearchParams('childId=map-1'), () => 600);
    reporter.report();
    expect(reporter.handleMessage({ data: 'pymxPYMxmap-1xPYMxwidthxPYMx640', source: target })).toBe(true);
    expect(target.sent).toHaveLength(4);
    const stranger = parent();
    expect(reporter.handleMessage({ data: 'pymxPYMxmap-1xPYMxwidthxPYMx640', source: stranger })).toBe(false);
    expect(reporter.handleMessage({ data: 'pymxPYMxmap-1xPYMxnavigateToxPYMxhttps://evil.example', source: target })).toBe(false);
    expect(reporter.handleMessage({ data: { 'datawrapper-height': { x: 1 } }, source: target })).toBe(false);
    expect(reporter.handleMessage({ data: 'pymxPYMxmap-1xPYMxwidthxPYMx<script>', source: target })).toBe(false);
    expect(target.sent).toHaveLength(4);
  });

  it('rejects a childId that is not a plain identifier', () => {
    const reporter = new EmbedSizeReporter(parent(), new URLSearchParams('childId=a b<c'), () => 1);
    expect(reporter.pymId).toBeUndefined();
  });
});
