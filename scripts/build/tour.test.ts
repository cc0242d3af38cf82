import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../src/domain/dataset';
import { DataErrors } from './errors';
import { buildTourFile, countSentences, parseJsonWithLines, renderTour, type TourContext } from './tour';

const source = (id: string, url = `https://example.org/${id}`): SourceEntry => ({
  id,
  title: `Title ${id}`,
  publisher: 'Publisher',
  url,
  accessed: '2026-11-27',
});

const context: TourContext = {
  sources: new Map([
    ['s-a', source('s-a')],
    ['s-b', source('s-b')],
    ['s-bad', source('s-bad', 'javascript:alert(1)')],
  ]),
  jurisdictions: new Set(['06', '48', '32003', 'NY-new-york']),
  start: '1979-01-01',
  end: '2026-11-27',
};

const caption = { en: 'First sentence here. Second one follows.', es: 'Primera oración aquí. La segunda sigue.' };
const step = (overrides: Record<string, unknown> = {}) => ({
  id: 'step-one',
  date: '2017-09-01',
  focus: { jurisdiction: '48' },
  title: { en: 'Texas SB 4', es: 'Ley SB 4 de Texas' },
  caption,
  sources: ['s-a'],
  ...overrides,
});
const file = (steps: unknown[]) => JSON.stringify({ version: 1, steps }, null, 2);

function errorsOf(text: string): string[] {
  try {
    buildTourFile({ file: 'data/tour.json', text }, context);
  } catch (error) {
    if (error instanceof DataErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('parseJsonWithLines', () => {
  it('parses like JSON.parse and records the line of every value', () => {
    const text = '{\n  "a": [\n    1,\n    {"b": "x\\"y"}\n  ],\n  "c": null\n}\n';
    const { value, lines } = parseJsonWithLines(text);
    expect(value).toEqual(JSON.parse(text));
    expect(lines.get('a')).toBe(2);
    expect(lines.get('a.0')).toBe(3);
    expect(lines.get('a.1.b')).toBe(4);
    expect(lines.get('c')).toBe(6);
  });

  it('reports the line of a syntax error', () => {
    expect(() => parseJsonWithLines('{\n "a": 1,\n "b" 2\n}')).toThrow(/expected ":"/);
    try {
      parseJsonWithLines('{\n "a": 1,\n "b" 2\n}');
    } catch (error) {
      expect((error as { line: number }).line).toBe(3);
    }
  });
});

describe('countSentences', () => {
  it('counts sentences and ignores common abbreviations', () => {
    expect(countSentences('One. Two.')).toBe(2);
    expect(countSentences('The U.S. Supreme Court ruled. It held three sections preempted. Done')).toBe(3);
    expect(countSentences('La Corte Suprema de EE. UU. falló. Otra oración.')).toBe(2);
    expect(countSentences('In Arizona v. United States the court ruled. Next.')).toBe(2);
    expect(countSentences('Did it? Yes!')).toBe(2);
  });
});

describe('buildTourFile', () => {
  it('accepts a good tour and spells its sources out', () => {
    const tour = buildTourFile({ file: 'data/tour.json', text: file([step(), step({ id: 'two', date: '2018-01-01', focus: 'country', lists: true })]) }, context);
    expect(tour.version).toBe(1);
    expect(tour.steps).toHaveLength(2);
    expect(tour.steps.map((s) => s.lists)).toEqual([false, true]);
    expect(tour.steps[0]!.sources).toEqual([{ id: 's-a', title: 'Title s-a', publisher: 'Publisher', url: 'https://example.org/s-a' }]);
    expect(tour.steps[1]!.focus).toBe('country');
    expect(renderTour(tour)).toBe(renderTour(tour));
  });

  it('names the file, line, step index and field of each problem', () => {
    const text = file([
      step(),
      step({ id: 'step-one', date: '2017-02-30', caption: { en: 'Only one sentence.', es: caption.es } }),
      step({ id: 'three', sources: ['s-a', 'nope', 's-bad'], focus: { jurisdiction: '99999' } }),
    ]);
    const errors = errorsOf(text);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(errors).toContain(`data/tour.json:${lineOf('"2017-02-30"')}: steps[1].date: "2017-02-30" is not a real day (YYYY-MM-DD)`);
    expect(errors).toContain(`data/tour.json:${lineOf('Only one sentence.')}: steps[1].caption.en: should be two or three sentences (found 1)`);
    expect(errors.join('\n')).not.toContain('steps[2]'); // schema errors stop before cross-checks
  });

  it('checks sources, jurisdictions, ids and date order once the shape is right', () => {
    const text = file([
      step(),
      step({ id: 'step-one', date: '2016-01-01' }),
      step({ id: 'three', sources: ['s-a', 'nope', 's-bad'], focus: { jurisdiction: '99999' } }),
      step({ id: 'four', date: '1970-01-01' }),
    ]);
    const errors = errorsOf(text).join('\n');
    expect(errors).toMatch(/data\/tour\.json:\d+: steps\[1\]\.id: duplicate step id "step-one" \(first at steps\[0\]\)/);
    expect(errors).toMatch(/steps\[1\]\.date: 2016-01-01 is before the previous step's 2017-09-01/);
    expect(errors).toMatch(/steps\[2\]\.sources\[1\]: unknown source "nope"/);
    expect(errors).toMatch(/steps\[2\]\.sources\[2\]: source "s-bad" has no http\(s\) link/);
    expect(errors).toMatch(/steps\[2\]\.focus\.jurisdiction: unknown jurisdiction "99999"/);
    expect(errors).toMatch(/steps\[3\]\.date: 1970-01-01 is outside the timeline/);
  });

  it('rejects unknown fields, a bad focus, a missing language and invalid JSON', () => {
    const errors = errorsOf(
      file([
        step({ extra: 1 }),
        step({ id: 'b', focus: { center: [500, 0], zoom: 3 } }),
        step({ id: 'c', title: { en: 'Only English' } }),
        step({ id: 'd', focus: 'texas' }),
        step({ id: 'e', lists: 'yes' }),
      ]),
    ).join('\n');
    expect(errors).toMatch(/steps\[0\]: .*extra/i);
    expect(errors).toMatch(/steps\[1\]\.focus\.center\[0\]: /);
    expect(errors).toMatch(/steps\[3\]\.focus: must be "country"/);
    expect(errors).toMatch(/steps\[4\]\.lists: must be true or false/);
    expect(errors).toMatch(/steps\[2\]\.title\.es: /);
    expect(errorsOf('{"version": 1, "steps": [}')).toEqual([expect.stringMatching(/^data\/tour\.json:1: file: not valid JSON/)]);
  });
});

describe('data/tour.json', () => {
  it('is well-formed JSON with 12 to 15 steps, each in English and Spanish', () => {
    const tour = parseJsonWithLines(readFileSync('data/tour.json', 'utf8')).value as { steps: { caption: { en: string; es: string } }[] };
    expect(tour.steps.length).toBeGreaterThanOrEqual(12);
    expect(tour.steps.length).toBeLessThanOrEqual(15);
    for (const s of tour.steps) {
      expect(s.caption.en.length).toBeGreaterThan(40);
      expect(s.caption.es.length).toBeGreaterThan(40);
    }
  });
});
