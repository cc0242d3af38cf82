/**
 * English interface text, read through ./strings.ts. `{{name}}` placeholders are filled by
 * ./translate.ts; keys ending in `_one` / `_other` are plural forms picked with `count`
 * (Intl.PluralRules) and show the number formatted for the locale as `{{n}}`. Dates and numbers
 * arrive already formatted (./format.ts), so a translation may reorder words freely. es.ts must
 * have exactly these keys (its type is derived from this object).
 */
export const en = {
  locale: 'en-US',
  languageName: 'English',

  appTitle: 'Police, jails and ICE: who cooperates, and since when',
  appDek:
    'How every US state, county and city limits or joins federal immigration enforcement, from 1979 to today. ' +
    'Move the timeline to any date; select a place on the map for its laws, agreements and sources.',

  // Loading and errors
  loading: 'Loading the map data…',
  loadErrorTitle: 'The map data could not be loaded',
  loadErrorBody:
    'Check your connection and try again. If this keeps happening, the data files may be missing from this copy of the site.',
  loadErrorDetail: 'Details: {{detail}}',
  retry: 'Retry',
  crashTitle: 'Something went wrong while drawing this page',
  crashBody: 'Reloading the page usually fixes it. Your date and selection are kept in the address.',
  reload: 'Reload the page',
  dataVersionMismatch: 'the data files are version {{found}}, this page expects version {{expected}}',
  httpError: '{{file}} answered HTTP {{status}}',
  notJson: '{{file}} is not valid JSON',
  timeoutError: '{{file}} took too long to load (the connection may have stalled)',
  networkError: '{{file}} could not be reached',
  badShape: '{{file}} does not have the expected structure',

  // Map
  mapLabel:
    'Map of US {{levels}} coloured by how they cooperate with ICE on {{date}}. ' +
    'Select an area to open its details; the legend explains the colours.',
  mapCanvasLabel: 'Interactive map. Drag or use the arrow keys to pan, plus and minus keys to zoom.',
  mapUnavailable:
    'This browser could not draw the map (WebGL is off or unavailable). The timeline, legend and details still work.',
  mapUnavailableTable:
    'This browser could not draw the map (WebGL is off or unavailable), so the same statuses are shown as a table instead.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetNorth: 'Reset the map orientation',
  tooltipHint: 'Click for details',
  layerToggleLabel: 'Colour the map by',
  layerCounties: 'Counties',
  layerStates: 'States',
  levelPlural: { counties: 'counties', states: 'states' },

  // Categories
  category: {
    limits: 'Limits cooperation',
    some_limits: 'Some limits',
    none: 'No known policy',
    requires: 'Required to cooperate',
    participates: 'Takes part in enforcement',
  },
  categoryHelp: {
    limits: 'Laws or policies that bar most help to ICE, such as honouring detainers or giving ICE jail access.',
    some_limits: 'Policies that restrict some kinds of help, for example detainers without a judicial warrant.',
    none: 'No law, policy or agreement on record for this date.',
    requires: 'A state law requires local police and jails to cooperate and preempts local limits.',
    participates: 'Its own police or jail has a 287(g) agreement: officers act as immigration agents.',
  },

  // Legend
  legendTitle: 'Legend',
  legendCaption: 'Number of {{levels}} on {{date}}',
  legendPlaces: 'Circles mark cities and towns with their own policies or agreements.',
  legendHelpSummary: 'What the colours mean',
  legendSymbols:
    'Each status also has a symbol, so it can be told apart without colour: minus signs for limits, plus signs for cooperation, a dot for no known policy.',

  // Timeline
  timelineLabel: 'Date shown on the map',
  timelineReadout: 'Showing {{date}}',
  timelineExactNote: 'exact day from the link',
  timelineEvents: 'Federal events',
  timelineEventsChoose: 'Jump to a federal event…',
  jumpToToday: 'Today',
  jumpToTodayLabel: 'Show today',
  timelineKeysHelp: 'Arrow keys move one month, Page Up and Page Down one year, Home and End to the ends.',

  // Levels
  level: { state: 'State', county: 'County', place: 'City or town' },
  levelIn: '{{level}} in {{state}}',

  // Details panel (the rest of its text, and the table's, is in ./panel-en.ts)
  historySince: 'From {{date}}',
  federalListPublished: '{{publisher}}, {{date}}',
  namedOnFederalList: 'Named on a federal “sanctuary jurisdiction” list',
  listsToggle: 'Mark places named on a federal “sanctuary jurisdiction” list',
  listsCount_one: '{{n}} jurisdiction named on: {{lists}}.',
  listsCount_other: '{{n}} jurisdictions named on: {{lists}}.',
  listsNone: 'No federal list was in force on {{date}}.',
  listsKey: 'Hatching: a named county (or state, in the States view). Dashed outline: a named state. Ring: a named city.',
  listsNote: 'A mark does not change the colour: the lists record what the federal government said, not the place’s own policy.',
  /** After text that exists only in English (record summaries, citations, notes) in another language. */
  inEnglish: '(in English)',

  // Search
  searchLabel: 'Find a state, county, city or agency',
  searchPlaceholder: 'Name or FIPS code',
  searchHint: 'Type a name or a FIPS code; use the up and down arrows to choose and Enter to open.',
  searchResults_one: '{{n}} result.',
  searchResults_other: '{{n}} results.',
  searchNoResults: 'No matches for “{{query}}”.',
  searchAgency: 'Agency in {{place}}',
  searchFips: 'FIPS {{fips}}',
  searchAgenciesLoading: 'Agency names are still loading.',
  searchClear: 'Clear the search',

  // Views
  viewTabsLabel: 'Show as',
  viewMap: 'Map',
  viewTable: 'Table',
  viewChart: 'Chart',

  // Accessibility
  skipToMain: 'Skip to the main content',
  languageLabel: 'Language',
  announceDate: 'Showing {{date}}.',
  announceStateChanges_one: '{{n}} state changed: {{list}}.',
  announceStateChanges_other: '{{n}} states changed: {{list}}.',
  announceSelected: '{{name}}: {{status}} on {{date}}. Details opened.',
  announceClosed: 'Details closed.',
  announceViewMap: 'Map view.',
  announceViewTable: 'Table view.',
  announceViewChart: 'Chart view.',
  mapDescriptionTitle: 'What the map shows',
  mapDescriptionCounts: 'On {{date}}, of {{total}} {{levels}}: {{list}}.',
  mapDescriptionCount: '{{category}} {{count}}',
  mapDescriptionChanges_one: 'Since {{date}}, {{n}} state changed: {{list}}.',
  mapDescriptionChanges_other: 'Since {{date}}, {{n}} states changed: {{list}}.',
  mapDescriptionNoStateChanges: 'No state changed since {{date}}.',
  mapDescriptionCountyChanges_one: '{{n}} county changed status.',
  mapDescriptionCountyChanges_other: '{{n}} counties changed status.',
  stateChange: '{{name}} from {{from}} to {{to}}',
  listMore: 'and {{count}} more',

  // Footer
  dataAsOf: 'Data as of {{date}}.',
  dataAsOfLayers: '287(g) agreements as of {{agreements}} (newest ICE list read); state and local laws and policies as of {{research}} (last checked).',
  peopleToggle: 'People (residents)',
  footerChanges: 'What changed',
  footerFeed: 'Atom feed',
  footerPlaces: 'Every place, as a page',
  credit:
    'Compiled from state laws, local ordinances and policies, ICE 287(g) agreement lists and federal lists; every record links to its sources. Boundaries: US Census Bureau.',
};

/** The shape every language's resource has: the same keys, any text. */
export type TranslationResource = DeepText<typeof en>;

export type DeepText<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepText<T[K]> };
