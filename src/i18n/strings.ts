/**
 * Every string the user sees, in one place. English only for now; a Spanish table with the same
 * shape (`Strings`) slots in beside `en` and `stringsFor` picks it by the `lang` URL param.
 * Functions take already-formatted values (dates go through ./format.ts) so a translation can
 * reorder the words freely.
 */
import type { Category } from '../domain/categories';
import type { MapLevel } from '../domain/dataset';
import type { Confidence, Kind, Model287g } from '../domain/schema';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** What decided a jurisdiction's status on a day (see details/layers.ts). */
export type StatusReason = 'agreement' | 'state' | 'local' | 'none';

const en = {
  locale: 'en-US',
  appTitle: 'Police, jails and ICE: who cooperates, and since when',
  appDek:
    'How every US state, county and city limits or joins federal immigration enforcement, from 1979 to today. ' +
    'Move the timeline to any date; select a place on the map for its laws, agreements and sources.',

  // Loading and errors
  loading: 'Loading the map data…',
  loadErrorTitle: 'The map data could not be loaded',
  loadErrorBody:
    'Check your connection and try again. If this keeps happening, the data files may be missing from this copy of the site.',
  loadErrorDetail: (detail: string) => `Details: ${detail}`,
  retry: 'Retry',
  crashTitle: 'Something went wrong while drawing this page',
  crashBody: 'Reloading the page usually fixes it. Your date and selection are kept in the address.',
  reload: 'Reload the page',
  dataVersionMismatch: (found: number, expected: number) =>
    `the data files are version ${found}, this page expects version ${expected}`,
  httpError: (status: number, file: string) => `${file} answered HTTP ${status}`,
  notJson: (file: string) => `${file} is not valid JSON`,
  networkError: (file: string) => `${file} could not be reached`,
  badShape: (file: string) => `${file} does not have the expected structure`,

  // Map
  mapLabel: (levelPlural: string, date: string) =>
    `Map of US ${levelPlural} coloured by how they cooperate with ICE on ${date}. ` +
    'Select an area to open its details; the legend explains the colours.',
  mapCanvasLabel: 'Interactive map. Drag or use the arrow keys to pan, plus and minus keys to zoom.',
  mapUnavailable:
    'This browser could not draw the map (WebGL is off or unavailable). The timeline, legend and details still work.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetNorth: 'Reset the map orientation',
  tooltipHint: 'Click for details',
  layerToggleLabel: 'Colour the map by',
  layerCounties: 'Counties',
  layerStates: 'States',
  levelPlural: { counties: 'counties', states: 'states' } satisfies Record<'counties' | 'states', string>,

  // Categories
  category: {
    limits: 'Limits cooperation',
    some_limits: 'Some limits',
    none: 'No known policy',
    requires: 'Required to cooperate',
    participates: 'Takes part in enforcement',
  } satisfies Record<Category, string>,
  categoryHelp: {
    limits: 'Laws or policies that bar most help to ICE, such as honouring detainers or giving ICE jail access.',
    some_limits: 'Policies that restrict some kinds of help, for example detainers without a judicial warrant.',
    none: 'No law, policy or agreement on record for this date.',
    requires: 'A state law requires local police and jails to cooperate and preempts local limits.',
    participates: 'Its own police or jail has a 287(g) agreement: officers act as immigration agents.',
  } satisfies Record<Category, string>,

  // Legend
  legendTitle: 'Legend',
  legendCaption: (levelPlural: string, date: string) => `Number of ${levelPlural} on ${date}`,
  legendCount: (n: number) => n.toLocaleString('en-US'),
  legendPlaces: 'Circles mark cities and towns with their own policies or agreements.',
  legendHelpSummary: 'What the colours mean',

  // Timeline
  timelineLabel: 'Date shown on the map',
  timelineReadout: (date: string) => `Showing ${date}`,
  timelineExactNote: 'exact day from the link',
  timelineChanges: 'Months with status changes',
  timelineEvents: 'Federal events',
  eventMark: (label: string, date: string) => `${label}, ${date}`,
  jumpToToday: 'Today',
  jumpToTodayLabel: 'Show today',
  timelineKeysHelp: 'Arrow keys move one month, Page Up and Page Down one year, Home and End to the ends.',

  // Levels
  level: { state: 'State', county: 'County', place: 'City or town' } satisfies Record<MapLevel, string>,
  levelIn: (level: string, state: string) => `${level} in ${state}`,

  // Details panel
  close: 'Close',
  closeDetails: (name: string) => `Close details for ${name}`,
  statusOn: (date: string) => `Status on ${date}`,
  reason: {
    agreement: 'Decided by its own agency’s 287(g) agreement with ICE.',
    state: 'Decided by state law, which takes precedence here.',
    local: 'Decided by its own policy.',
    none: 'No law, policy or agreement applies on this date.',
  } satisfies Record<StatusReason, string>,
  reasonRecord: (citation: string) => `Record: ${citation}`,
  decidesStatus: 'Decides the status on this date',
  history: 'History',
  historyAria: (name: string) => `Status of ${name} over time`,
  historySince: (date: string) => `From ${date}`,
  historyUntilFirst: (date: string) => `Until ${date}`,
  historyNoChange: 'No change on record since 1979.',
  sectionState: (state: string) => `State law: ${state}`,
  sectionCounty: 'County policy',
  sectionAgreements: '287(g) agreements',
  sectionCity: 'City policy',
  sectionPlaces: 'Cities and towns in this county with their own records',
  sectionFederal: 'Federal lists naming it',
  noRecords: 'None on record.',
  recordsLoading: 'Loading the records and sources…',
  recordsError: 'The records could not be loaded.',
  recordMissing: (id: string) => `Record ${id} is missing from the data files.`,
  dateLabels: { voted: 'Voted', signed: 'Signed', effective: 'Effective', ended: 'Ended' },
  inForce: 'In force on this date',
  notInForce: 'Not in force on this date',
  confidence: 'Confidence',
  confidenceValue: { high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<Confidence, string>,
  notes: 'Notes',
  endNote: 'Why it ended',
  sources: 'Sources',
  sourcePublished: (date: string) => `published ${date}`,
  sourceAccessed: (date: string) => `accessed ${date}`,
  opensInNewTab: '(opens in a new tab)',
  agency: 'Agency',
  model: 'Model',
  model287g: {
    jail_enforcement: 'Jail enforcement',
    task_force: 'Task force',
    warrant_service_officer: 'Warrant service officer',
  } satisfies Record<Model287g, string>,
  kind: {
    statute: 'State law',
    ballot_measure: 'Ballot measure',
    court_ruling: 'Court ruling',
    executive_order: 'Executive order',
    ag_directive: 'Attorney general directive',
    ordinance: 'Ordinance',
    resolution: 'Resolution',
    agency_policy: 'Agency policy',
    agreement_287g: '287(g) agreement',
  } satisfies Record<Kind, string>,
  federalListPublished: (publisher: string, date: string) => `${publisher}, ${date}`,
  federalListWithdrawn: (date: string) => `Withdrawn ${date}`,
  federalListNamedAs: (name: string) => `Named as “${name}”`,
  placeButton: (name: string) => `Show ${name}`,

  // Footer
  dataAsOf: (date: string) => `Data as of ${date}.`,
  credit:
    'Compiled from state laws, local ordinances and policies, ICE 287(g) agreement lists and federal lists; every record links to its sources. Boundaries: US Census Bureau.',
};

export type Strings = typeof en;

const TABLES: Record<Lang, Strings> = {
  en,
  // Spanish comes in its own issue; until then Spanish readers get the English table.
  es: en,
};

export function stringsFor(lang: Lang): Strings {
  return TABLES[lang];
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
