/**
 * Every string the user sees, through one typed object per language. The text lives in plain
 * tables (./en.ts, ./es.ts for the interface; ./strings-classroom.ts for presentation mode, tour,
 * About, embed, share and downloads; ./panel-en.ts, ./panel-es.ts for the detail panel and the
 * table, added by ./panelStrings.ts in their chunks), each language's table typed from the English one so the
 * compiler refuses a missing key. `stringsFor(lang)` wraps the table in typed functions, so
 * components call `strings.statusOn(date)` and the compiler catches a misspelt key or a missing
 * argument. Functions take already-formatted values (dates through ./format.ts) so a translation
 * can reorder the words freely; plurals go through Intl.PluralRules, numbers through
 * Intl.NumberFormat (./translate.ts, ./format.ts).
 *
 * React components read it with `useStrings()` (./useStrings.ts); `stringsFor(lang)` is the pure
 * function for everything else and for tests.
 */
import type { Category } from '../domain/categories';
import type { MapLevel } from '../domain/dataset';
import { isLang, type Lang, LANGS } from '../domain/lang';
import { en, type TranslationResource } from './en';
import type { PanelResource } from './panel-en';
import type { LateClassroomStrings } from './strings-classroom-late';
import { formatNumber } from './format';
import { type ClassroomStrings, en as classroomEn } from './strings-classroom';
import { en as layoutEn, type LayoutStrings } from './strings-layout';
import { translator, type Vars } from './translate';

export type { Lang };
export { isLang, LANGS };

/** What decided a jurisdiction's status on a day (see details/layers.ts). */
export type StatusReason = 'agreement' | 'state' | 'local' | 'none';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** Every key of the interface text, plural keys by their base name ("searchResults"). */
export type TextKey = WithoutPlural<Paths<typeof en>>;
/** Keys of en.ts whose value is a group of texts ("category", "kind"...). */
type GroupKey = { [K in keyof typeof en]: (typeof en)[K] extends string ? never : K }[keyof typeof en];

/**
 * One language's text: the interface table and the classroom strings; but for English (whose are
 * in the chunks that use them), also the panel's and the late classroom strings (./panelStrings.ts,
 * ./classroomStrings.ts).
 */
export interface LangText {
  table: TranslationResource;
  classroom: ClassroomStrings;
  /** The frame's layout strings (./strings-layout.ts). */
  layout: LayoutStrings;
  panel?: PanelResource;
  classroomLate?: LateClassroomStrings;
}

/**
 * The languages whose text is here. English is part of the entry (the first render needs it);
 * Spanish arrives as a chunk of its own on first use (`loadLang`), or at once for tests and build
 * scripts through ./all-langs.ts.
 */
const loaded = new Map<Lang, LangText>([['en', { table: en, classroom: classroomEn, layout: layoutEn }]]);
const loaders: Record<Exclude<Lang, 'en'>, () => Promise<LangText>> = {
  es: () => import('./spanish').then((m) => m.spanish),
};
const listeners = new Set<() => void>();
const cache = new Map<Lang, Strings>();
let version = 0;

/** Each language's own name, for the switch: shown before that language's text has loaded. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' };

export function registerLang(lang: Lang, text: LangText): void {
  if (loaded.get(lang) === text) return;
  loaded.set(lang, text);
  cache.delete(lang);
  version += 1;
  for (const listener of listeners) listener();
}

/** A loaded language's text tables. */
export function langText(lang: Lang): LangText | undefined {
  return loaded.get(lang);
}

export function isLangLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/**
 * Fetches a language's text if it is not here yet. Resolves false when the fetch failed (the
 * page then stays in English rather than showing nothing).
 */
export function loadLang(lang: Lang): Promise<boolean> {
  if (lang === 'en' || loaded.has(lang)) return Promise.resolve(true);
  return loaders[lang]().then(
    (text) => {
      registerLang(lang, text);
      return true;
    },
    () => false,
  );
}

/** For React's useSyncExternalStore: a language arriving re-renders whoever reads the text. */
export function subscribeLangs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function langsVersion(): number {
  return version;
}

function build(lang: Lang, text: LangText) {
  const { table } = text;
  const locale = table.locale;
  const translate = translator(table, en, locale);
  const t = (key: TextKey, vars?: Vars): string => translate(key, vars);
  /** One text per key of an English group, e.g. every category's label. */
  const group = <P extends GroupKey>(prefix: P) =>
    Object.fromEntries(Object.keys(en[prefix]).map((k) => [k, t(`${prefix}.${k}` as TextKey)])) as Record<keyof (typeof en)[P], string>;
  const num = (n: number) => formatNumber(n, locale);

  return {
    lang,
    locale,
    /** The language's own name ("English", "Español"). */
    languageName: t('languageName'),
    /** Presentation mode, tour, About, embed, share and downloads: fill placeholders with ./translate.ts `fill`. */
    classroom: text.classroom,
    /** The frame's toolbar menu, search icon, legend key, bottom sheet and month/year pickers. */
    layout: text.layout,

    appTitle: t('appTitle'),
    appDek: t('appDek'),

    // Loading and errors
    loading: t('loading'),
    loadErrorTitle: t('loadErrorTitle'),
    loadErrorBody: t('loadErrorBody'),
    loadErrorDetail: (detail: string) => t('loadErrorDetail', { detail }),
    retry: t('retry'),
    crashTitle: t('crashTitle'),
    crashBody: t('crashBody'),
    reload: t('reload'),
    dataVersionMismatch: (found: number, expected: number) => t('dataVersionMismatch', { found, expected }),
    httpError: (status: number, file: string) => t('httpError', { status, file }),
    notJson: (file: string) => t('notJson', { file }),
    networkError: (file: string) => t('networkError', { file }),
    timeoutError: (file: string) => t('timeoutError', { file }),
    badShape: (file: string) => t('badShape', { file }),

    // Map
    mapLabel: (levelPlural: string, date: string) => t('mapLabel', { levels: levelPlural, date }),
    mapCanvasLabel: t('mapCanvasLabel'),
    mapUnavailable: t('mapUnavailable'),
    mapUnavailableTable: t('mapUnavailableTable'),
    zoomIn: t('zoomIn'),
    zoomOut: t('zoomOut'),
    resetNorth: t('resetNorth'),
    tooltipHint: t('tooltipHint'),
    layerToggleLabel: t('layerToggleLabel'),
    layerCounties: t('layerCounties'),
    layerStates: t('layerStates'),
    levelPlural: group('levelPlural'),

    // Categories
    category: group('category') satisfies Record<Category, string>,
    categoryHelp: group('categoryHelp') satisfies Record<Category, string>,

    // Legend
    legendTitle: t('legendTitle'),
    legendCaption: (levelPlural: string, date: string) => t('legendCaption', { levels: levelPlural, date }),
    legendCount: num,
    legendPlaces: t('legendPlaces'),
    legendHelpSummary: t('legendHelpSummary'),
    legendSymbols: t('legendSymbols'),

    // Timeline
    timelineLabel: t('timelineLabel'),
    timelineReadout: (date: string) => t('timelineReadout', { date }),
    timelineExactNote: t('timelineExactNote'),
    timelineEvents: t('timelineEvents'),
    timelineEventsChoose: t('timelineEventsChoose'),
    jumpToToday: t('jumpToToday'),
    jumpToTodayLabel: t('jumpToTodayLabel'),
    timelineKeysHelp: t('timelineKeysHelp'),

    // Levels
    level: group('level') satisfies Record<MapLevel, string>,
    levelIn: (level: string, state: string) => t('levelIn', { level, state }),

    // Details panel
    historySince: (date: string) => t('historySince', { date }),
    federalListPublished: (publisher: string, date: string) => t('federalListPublished', { publisher, date }),
    namedOnFederalList: t('namedOnFederalList'),
    listsToggle: t('listsToggle'),
    listsCount: (count: number, lists: string) => t('listsCount', { count, n: num(count), lists }),
    listsNone: (date: string) => t('listsNone', { date }),
    listsKey: t('listsKey'),
    listsNote: t('listsNote'),
    inEnglish: t('inEnglish'),

    // Search
    searchLabel: t('searchLabel'),
    searchPlaceholder: t('searchPlaceholder'),
    searchHint: t('searchHint'),
    searchResults: (count: number) => t('searchResults', { count, n: num(count) }),
    searchNoResults: (query: string) => t('searchNoResults', { query }),
    searchAgency: (place: string) => t('searchAgency', { place }),
    searchFips: (fips: string) => t('searchFips', { fips }),
    searchAgenciesLoading: t('searchAgenciesLoading'),
    searchClear: t('searchClear'),

    // Views
    viewTabsLabel: t('viewTabsLabel'),
    viewMap: t('viewMap'),
    viewTable: t('viewTable'),
    viewChart: t('viewChart'),


    // Accessibility
    skipToMain: t('skipToMain'),
    languageLabel: t('languageLabel'),
    announceDate: (date: string) => t('announceDate', { date }),
    announceStateChanges: (count: number, list: string) => t('announceStateChanges', { count, n: num(count), list }),
    announceSelected: (name: string, status: string, date: string) => t('announceSelected', { name, status, date }),
    announceClosed: t('announceClosed'),
    announceView: (view: 'map' | 'table' | 'chart') => t(view === 'map' ? 'announceViewMap' : view === 'chart' ? 'announceViewChart' : 'announceViewTable'),
    mapDescriptionTitle: t('mapDescriptionTitle'),
    mapDescriptionCounts: (date: string, total: number, levelPlural: string, list: string) =>
      t('mapDescriptionCounts', { date, total: num(total), levels: levelPlural, list }),
    mapDescriptionCount: (category: string, count: number) => t('mapDescriptionCount', { category, count: num(count) }),
    mapDescriptionChanges: (date: string, count: number, list: string) => t('mapDescriptionChanges', { date, count, n: num(count), list }),
    mapDescriptionNoStateChanges: (date: string) => t('mapDescriptionNoStateChanges', { date }),
    mapDescriptionCountyChanges: (count: number) => t('mapDescriptionCountyChanges', { count, n: num(count) }),
    stateChange: (name: string, from: string, to: string) => t('stateChange', { name, from, to }),
    listMore: (count: number) => t('listMore', { count: num(count) }),

    // Footer
    dataAsOf: (date: string) => t('dataAsOf', { date }),
    dataAsOfLayers: (agreements: string, research: string) => t('dataAsOfLayers', { agreements, research }),
    credit: t('credit'),
    peopleToggle: t('peopleToggle'),
    footerChanges: t('footerChanges'),
    footerFeed: t('footerFeed'),
    footerPlaces: t('footerPlaces'),
  };
}

export type Strings = ReturnType<typeof build>;

/** A language's text; English until that language has loaded (`loadLang`). */
export function stringsFor(lang: Lang): Strings {
  const text = loaded.get(lang);
  if (text === undefined) return stringsFor('en');
  let strings = cache.get(lang);
  if (strings === undefined) {
    strings = build(lang, text);
    cache.set(lang, strings);
  }
  return strings;
}

