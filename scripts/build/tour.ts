/**
 * Build stage for the guided tour: data/tour.json → public/data/tour.json.
 *
 * The authored file is checked with a zod schema and against the rest of the data: every step's
 * sources must exist in data/sources/*.csv, its jurisdiction must be on the map, its date must be
 * a real day inside the timeline, ids unique and dates in order. Problems are reported like the
 * CSV ones, `data/tour.json:LINE: steps[3].caption.es: problem`, using the line where that value
 * (or the nearest enclosing one) starts. The output spells each source out (title, publisher,
 * link) so the app needs nothing else to show a step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { SourceEntry } from '../../src/domain/dataset';
import { isIsoDay, type IsoDay } from '../../src/domain/dates';
import { httpUrl } from '../../src/domain/schema';
import { TOUR_VERSION, type TourFile, type TourFocus, type TourStep } from '../../src/tour/types';
import { DataError, DataErrors } from './errors';

/** Input path inside the data folder, and output name inside public/data/. */
export const TOUR_INPUT = 'tour.json';
export const TOUR_OUTPUT = 'tour.json';

export interface TourInput {
  /** Path as shown in messages. */
  file: string;
  text: string;
}

export interface TourContext {
  sources: ReadonlyMap<string, SourceEntry>;
  /** Every jurisdiction id the map draws (states, counties, places). */
  jurisdictions: ReadonlySet<string>;
  /** First and last day of the timeline. */
  start: IsoDay;
  end: IsoDay;
}

/** data/tour.json, or undefined when the data folder has none (the app then hides the tour). */
export function readTour(dataDir: string, displayRoot = process.cwd()): TourInput | undefined {
  const full = join(dataDir, TOUR_INPUT);
  if (!existsSync(full)) return undefined;
  return { file: relative(displayRoot, full) || full, text: readFileSync(full, 'utf8') };
}

// ---------------------------------------------------------------------------------------------
// JSON with the line of every value, so errors can point into the file.

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type Path = readonly (string | number)[];

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/** JSON.parse's result, plus the line on which each value starts, keyed by its path ("steps.3.date"). */
export function parseJsonWithLines(text: string): { value: JsonValue; lines: Map<string, number> } {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(line, what);
  };
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === '\n') line++;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') i++;
      else return;
    }
  };
  const literal = (word: string, value: JsonValue): JsonValue => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return fail(`unexpected "${text.slice(i, i + 12)}"`);
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') return fail('unterminated string');
      if (c === '\\') i += 2;
      else if (c === '"') break;
      else i++;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('invalid escape in a string');
    }
  };
  /** An object's or array's items, separated by ",", up to `close`; `i` is just past the opening bracket. */
  const items = (close: '}' | ']', item: () => void): void => {
    skip();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      skip();
      const next = text[i];
      i++;
      if (next === close) return;
      if (next !== ',') fail(`expected "," or "${close}"`);
    }
  };
  const value = (path: Path): JsonValue => {
    skip();
    lines.set(path.join('.'), line);
    const c = text[i];
    if (c === '{') {
      i++;
      const object: { [key: string]: JsonValue } = {};
      items('}', () => {
        skip();
        if (text[i] !== '"') fail('expected a "key"');
        const key = string();
        skip();
        if (text[i] !== ':') fail(`expected ":" after "${key}"`);
        i++;
        object[key] = value([...path, key]);
      });
      return object;
    }
    if (c === '[') {
      i++;
      const array: JsonValue[] = [];
      items(']', () => {
        array.push(value([...path, array.length]));
      });
      return array;
    }
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (number) {
      i += number[0].length;
      return Number(number[0]);
    }
    return fail(c === undefined ? 'unexpected end of file' : `unexpected "${c}"`);
  };
  const result = value([]);
  skip();
  if (i < text.length) fail('unexpected text after the end of the JSON');
  return { value: result, lines };
}

// ---------------------------------------------------------------------------------------------
// Schema

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Abbreviations whose full stop does not end a sentence (English and Spanish). */
const ABBREVIATIONS = /\b(?:U\.S|U\.N|D\.C|EE|UU|Gov|Sen|Rep|Gen|St|Dr|Mr|Ms|No|Nos|v|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ene|feb|abr|ago|sept?|oct|dic|núm|art|Sr|Sra|p\.\s?ej|etc)\.$/;

/** Sentences in a caption: ends at . ! ? (optionally closed by a quote or bracket) before a space. */
export function countSentences(text: string): number {
  let count = 0;
  let last = 0;
  const end = /[.!?]["”’)]?(?=\s|$)/g;
  for (const match of text.matchAll(end)) {
    const upTo = text.slice(last, (match.index ?? 0) + match[0].length).trim();
    if (ABBREVIATIONS.test(upTo.replace(/["”’)]$/, ''))) continue;
    count++;
    last = (match.index ?? 0) + match[0].length;
  }
  if (text.slice(last).trim() !== '') count++;
  return count;
}

const text = (max: number) => z.string().trim().min(1, 'is empty').max(max, `is longer than ${max} characters`);
const caption = text(700).refine((s) => {
  const n = countSentences(s);
  return n >= 2 && n <= 3;
}, { error: (issue) => `should be two or three sentences (found ${countSentences(String(issue.input))})` });
const both = <T extends z.ZodType>(schema: T) => z.strictObject({ en: schema, es: schema });

const focusSchema = z.union(
  [
    z.literal('country'),
    z.strictObject({
      jurisdiction: z.string().min(1, 'is empty'),
      maxZoom: z.number().min(1).max(11).optional(),
    }),
    z.strictObject({
      center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
      zoom: z.number().min(0).max(11),
    }),
  ],
  { error: () => 'must be "country", { "jurisdiction": id }, or { "center": [x, y], "zoom": z } in the map\'s layout coordinates' },
);

const stepSchema = z.strictObject({
  id: z.string().regex(ID, 'must be lower-case letters, digits and "-"'),
  date: z.string().refine(isIsoDay, { error: (issue) => `"${String(issue.input)}" is not a real day (YYYY-MM-DD)` }),
  focus: focusSchema,
  layer: z.enum(['counties', 'states'], { error: () => 'must be "counties" or "states"' }).optional(),
  /** Show the federal-list marks for this step (off when absent). */
  lists: z.boolean({ error: () => 'must be true or false' }).optional(),
  title: both(text(90)),
  caption: both(caption),
  sources: z.array(z.string().min(1)).min(1, 'list at least one source id from data/sources/'),
});

const fileSchema = z.strictObject({
  version: z.literal(TOUR_VERSION, { error: () => `must be ${TOUR_VERSION}` }),
  steps: z.array(stepSchema).min(1, 'the tour has no steps').max(20, 'at most 20 steps'),
});

type AuthoredStep = z.infer<typeof stepSchema>;

/** "steps[3].caption.es" from ["steps", 3, "caption", "es"]. */
function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${String(part)}`;
  return out === '' ? 'file' : out;
}

/** The line of the value at `path`, or of its nearest enclosing value. */
function lineOf(lines: ReadonlyMap<string, number>, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(path.slice(0, n).map(String).join('.'));
    if (line !== undefined) return line;
  }
  return 1;
}

/** Validates the authored tour and returns the file the app reads; throws DataErrors. */
export function buildTourFile(input: TourInput, context: TourContext): TourFile {
  let parsed: { value: JsonValue; lines: Map<string, number> };
  try {
    parsed = parseJsonWithLines(input.text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new DataErrors([new DataError(input.file, error.line, 'file', `not valid JSON: ${error.message}`)]);
    throw error;
  }
  const { lines } = parsed;
  const errors: DataError[] = [];
  const fail = (path: readonly PropertyKey[], problem: string) => {
    errors.push(new DataError(input.file, lineOf(lines, path), fieldName(path), problem));
  };

  const result = fileSchema.safeParse(parsed.value);
  if (!result.success) {
    for (const issue of result.error.issues) fail(issue.path, issue.message);
    throw new DataErrors(errors);
  }

  const steps: TourStep[] = [];
  const seen = new Map<string, number>();
  let previousDate: IsoDay | undefined;
  result.data.steps.forEach((step: AuthoredStep, index) => {
    const at = (...rest: PropertyKey[]) => ['steps', index, ...rest];
    const first = seen.get(step.id);
    if (first !== undefined) fail(at('id'), `duplicate step id "${step.id}" (first at steps[${first}])`);
    seen.set(step.id, index);

    if (step.date < context.start || step.date > context.end) {
      fail(at('date'), `${step.date} is outside the timeline (${context.start} to ${context.end})`);
    }
    if (previousDate !== undefined && step.date < previousDate) {
      fail(at('date'), `${step.date} is before the previous step's ${previousDate} (steps go forward in time)`);
    }
    previousDate = step.date;

    const focus: TourFocus = step.focus;
    if (typeof focus === 'object' && 'jurisdiction' in focus && !context.jurisdictions.has(focus.jurisdiction)) {
      fail(at('focus', 'jurisdiction'), `unknown jurisdiction "${focus.jurisdiction}" (a state or county FIPS, or a place id with records)`);
    }

    const sources = [];
    for (const [i, id] of step.sources.entries()) {
      const source = context.sources.get(id);
      if (source === undefined) {
        fail(at('sources', i), `unknown source "${id}" (only sources in data/sources/*.csv may be cited)`);
        continue;
      }
      if (!httpUrl.safeParse(source.url).success) {
        fail(at('sources', i), `source "${id}" has no http(s) link`);
        continue;
      }
      sources.push({ id: source.id, title: source.title, publisher: source.publisher, url: source.url });
    }
    steps.push({ id: step.id, date: step.date, focus, layer: step.layer ?? 'counties', lists: step.lists ?? false, title: step.title, caption: step.caption, sources });
  });
  if (errors.length > 0) throw new DataErrors(errors);
  return { version: TOUR_VERSION, steps };
}

/** The output file's text: fixed key order, so reruns are byte-identical. */
export function renderTour(tour: TourFile): string {
  return `${JSON.stringify(tour)}\n`;
}
