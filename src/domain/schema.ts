/**
 * The one definition of the data files in data/. The build validates every CSV row against
 * these schemas and reports `file:line: field: problem`; data/README.md documents the same
 * columns for people editing the files in a spreadsheet.
 */
import { z } from 'zod';
import { RECORD_CATEGORIES } from './categories';
import { parsePartialDate } from './dates';

export const LEVELS = ['state', 'county', 'place', 'agency'] as const;
export type Level = (typeof LEVELS)[number];

/** Whose agency it is decides what it recolours (see status.ts). */
export const AGENCY_TYPES = ['sheriff', 'county_agency', 'police', 'state_agency', 'other'] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const KINDS = [
  'statute',
  'ballot_measure',
  'court_ruling',
  'executive_order',
  'ag_directive',
  'ordinance',
  'resolution',
  'agency_policy',
  'agreement_287g',
] as const;
export type Kind = (typeof KINDS)[number];

export const MODELS_287G = ['jail_enforcement', 'task_force', 'warrant_service_officer'] as const;
export type Model287g = (typeof MODELS_287G)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const ID = /^[a-z0-9][a-z0-9._-]*$/;
/** A place key: "ST-name-slug" (e.g. "NY-new-york"); the 7-digit Census place FIPS, where verified, is a column. */
export const PLACE_ID = /^[A-Z]{2}-[a-z0-9-]+$/;
export const PLACE_FIPS = /^\d{7}$/;
export const STATE_FIPS = /^\d{2}$/;
export const COUNTY_FIPS = /^\d{5}$/;

const trimmed = z.string().transform((s) => s.trim());
const optionalText = trimmed.transform((s) => (s === '' ? undefined : s));
const requiredText = (what: string) => trimmed.pipe(z.string().min(1, `${what} is empty`));

const partialDate = trimmed.superRefine((s, ctx) => {
  const parsed = parsePartialDate(s);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});
const optionalDate = trimmed.superRefine((s, ctx) => {
  if (s === '') return;
  const parsed = parsePartialDate(s);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
}).transform((s) => (s === '' ? undefined : s));

/** A `;`-separated list of source ids; blank entries are dropped, so "" is none. */
const sourceIdList = trimmed.transform((s) => s.split(';').map((x) => x.trim()).filter((x) => x !== ''));
/** The same list where a row must cite at least one source. */
const sourceIds = (noneMessage: string) => sourceIdList.pipe(z.array(z.string()).min(1, noneMessage));

function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return trimmed.pipe(
    z.enum(values, { error: (issue) => `unknown ${what} "${String(issue.input)}" (one of: ${values.join(', ')})` }),
  );
}
function optionalOneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return trimmed
    .refine((s) => s === '' || (values as readonly string[]).includes(s), {
      error: (issue) => `unknown ${what} "${String(issue.input)}" (one of: ${values.join(', ')})`,
    })
    .transform((s) => (s === '' ? undefined : (s as T[number])));
}

export const httpUrl = trimmed.superRefine((s, ctx) => {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${s.slice(0, 80)}" is not a URL` });
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `only http(s) links are allowed, not ${url.protocol}` });
  }
});

export const policyRecordRow = z.object({
  id: trimmed.pipe(z.string().regex(ID, 'must be lower-case letters, digits, ".", "_" or "-"')),
  level: oneOf(LEVELS, 'level'),
  fips: requiredText('fips'),
  jurisdiction: requiredText('jurisdiction'),
  agency: optionalText,
  agency_type: optionalOneOf(AGENCY_TYPES, 'agency_type'),
  kind: oneOf(KINDS, 'kind'),
  model: optionalOneOf(MODELS_287G, '287(g) model'),
  category: oneOf(RECORD_CATEGORIES, 'category'),
  voted_date: optionalDate,
  signed_date: optionalDate,
  effective_date: partialDate,
  end_date: optionalDate,
  end_note: optionalText,
  citation: requiredText('citation'),
  summary: requiredText('summary'),
  source_ids: sourceIds('no source: list at least one source id from data/sources/'),
  confidence: oneOf(CONFIDENCES, 'confidence'),
  notes: optionalText,
});
export type PolicyRecordRow = z.infer<typeof policyRecordRow>;

export const sourceRow = z.object({
  id: trimmed.pipe(z.string().regex(ID, 'must be lower-case letters, digits, ".", "_" or "-"')),
  title: requiredText('title'),
  publisher: requiredText('publisher'),
  url: httpUrl,
  published_date: optionalDate,
  accessed_date: partialDate,
  notes: optionalText,
});
export type SourceRow = z.infer<typeof sourceRow>;

const coordinate = (min: number, max: number) =>
  trimmed
    .refine((s) => /^-?\d+(\.\d+)?$/.test(s), 'must be a decimal number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

export const placeRow = z.object({
  id: trimmed.pipe(z.string().regex(PLACE_ID, 'must be "ST-name-slug", e.g. NY-new-york')),
  fips: trimmed
    .refine((s) => s === '' || PLACE_FIPS.test(s), 'must be empty or a 7-digit Census place FIPS')
    .transform((s) => (s === '' ? undefined : s)),
  name: requiredText('name'),
  state: trimmed.pipe(z.string().regex(/^[A-Z]{2}$/, 'must be a USPS state code')),
  county_fips: trimmed.pipe(z.string().regex(COUNTY_FIPS, 'must be a 5-digit county FIPS')),
  lat: coordinate(-90, 90),
  lon: coordinate(-180, 180),
  coord_source: requiredText('coord_source'),
  notes: optionalText,
});
export type PlaceRow = z.infer<typeof placeRow>;

export const federalListRow = z.object({
  id: trimmed.pipe(z.string().regex(ID)),
  title: requiredText('title'),
  publisher: requiredText('publisher'),
  published_date: partialDate,
  withdrawn_date: optionalDate,
  summary: requiredText('summary'),
  source_ids: sourceIds('no source'),
});
export type FederalListRow = z.infer<typeof federalListRow>;

export const federalListEntryRow = z.object({
  list_id: requiredText('list_id'),
  level: oneOf(['state', 'county', 'place'] as const, 'level'),
  fips: requiredText('fips'),
  name_as_printed: requiredText('name_as_printed'),
  note: optionalText,
  /** The day the publisher took the entry off its list (the list itself still stands). */
  removed_date: optionalDate,
  /** Sources for the removal (needed with removed_date). */
  source_ids: sourceIdList,
});
export type FederalListEntryRow = z.infer<typeof federalListEntryRow>;

export const eventRow = z.object({
  id: trimmed.pipe(z.string().regex(ID)),
  date: partialDate,
  label: requiredText('label'),
  label_es: optionalText,
  summary: requiredText('summary'),
  source_ids: sourceIds('no source'),
});
export type EventRow = z.infer<typeof eventRow>;

/**
 * What was searched for the day of a record whose effective date is only a year or a month
 * (data/date-notes.csv): every such state or local record has one, so a partial date is a known
 * gap, not an oversight (listed by npm run data:report).
 */
export const dateNoteRow = z.object({
  record_id: trimmed.pipe(z.string().regex(ID, 'must be a record id from data/policies/')),
  searched: requiredText('searched'),
});
export type DateNoteRow = z.infer<typeof dateNoteRow>;

/** A city whose government is also its county's (New York City's five boroughs, San Francisco, ...). */
export const consolidatedRow = z.object({
  place_id: trimmed.pipe(z.string().regex(PLACE_ID, 'must be a place id from data/places/')),
  county_fips: trimmed.pipe(z.string().regex(COUNTY_FIPS, 'must be a 5-digit county FIPS')),
  notes: optionalText,
});
export type ConsolidatedRow = z.infer<typeof consolidatedRow>;
