/**
 * The detail panel's and the table's text (./panel-en.ts; Spanish in ./panel-es.ts, part of the
 * Spanish chunk) on top of the interface text: `usePanelStrings()` returns both in one object, so
 * those components read `strings.statusOn(date)` like any other text. Only the panel's and the
 * table's modules import it, so its English table travels in their chunks, not in the first load.
 */
import type { Confidence, Kind, Model287g } from '../domain/schema';
import { formatNumber } from './format';
import { en, type PanelResource } from './panel-en';
import { memoByStrings } from './memoByStrings';
import { type Lang, langText, type Paths, type StatusReason, type Strings, stringsFor, type WithoutPlural } from './strings';
import { translator, type Vars } from './translate';
import { useStrings } from './useStrings';

type PanelKey = WithoutPlural<Paths<typeof en>>;
/** Keys of panel-en.ts whose value is a group of texts ("kind", "reason"...). */
type GroupKey = { [K in keyof typeof en]: (typeof en)[K] extends string ? never : K }[keyof typeof en];

function build(table: PanelResource, locale: string) {
  const translate = translator(table, en, locale);
  const t = (key: PanelKey, vars?: Vars): string => translate(key, vars);
  /** One text per key of an English group, e.g. every record kind's label. */
  const group = <P extends GroupKey>(prefix: P) =>
    Object.fromEntries(Object.keys(en[prefix]).map((k) => [k, t(`${prefix}.${k}` as PanelKey)])) as Record<keyof (typeof en)[P], string>;
  const num = (n: number) => formatNumber(n, locale);

  return {
    closeDetails: (name: string) => t('closeDetails', { name }),
    statusOn: (date: string) => t('statusOn', { date }),
    reason: group('reason') satisfies Record<StatusReason, string>,
    reasonRecord: (citation: string) => t('reasonRecord', { citation }),
    dateNotExact: t('dateNotExact'),
    reasonFloor: (citation: string) => t('reasonFloor', { citation }),
    decidesStatus: t('decidesStatus'),
    history: t('history'),
    historyAria: (name: string) => t('historyAria', { name }),
    historyUntilFirst: (date: string) => t('historyUntilFirst', { date }),
    historyNoChange: t('historyNoChange'),
    sectionState: (state: string) => t('sectionState', { state }),
    sectionCounty: t('sectionCounty'),
    sectionAgreements: t('sectionAgreements'),
    sectionCity: t('sectionCity'),
    sectionPlaces: t('sectionPlaces'),
    sectionFederal: t('sectionFederal'),
    noRecords: t('noRecords'),
    recordsLoading: t('recordsLoading'),
    recordsError: t('recordsError'),
    recordMissing: (id: string) => t('recordMissing', { id }),
    dateLabels: group('dateLabels'),
    inForce: t('inForce'),
    recordClosed: (date: string) => t('recordClosed', { date }),
    notInForce: t('notInForce'),
    confidence: t('confidence'),
    confidenceValue: group('confidenceValue') satisfies Record<Confidence, string>,
    notes: t('notes'),
    endNote: t('endNote'),
    sources: t('sources'),
    sourcePublished: (date: string) => t('sourcePublished', { date }),
    sourceAccessed: (date: string) => t('sourceAccessed', { date }),
    opensInNewTab: t('opensInNewTab'),
    agency: t('agency'),
    model: t('model'),
    model287g: group('model287g') satisfies Record<Model287g, string>,
    kind: group('kind') satisfies Record<Kind, string>,
    federalListWithdrawn: (date: string) => t('federalListWithdrawn', { date }),
    federalListNamedAs: (name: string) => t('federalListNamedAs', { name }),
    federalListRemoved: (date: string) => t('federalListRemoved', { date }),
    placeButton: (name: string) => t('placeButton', { name }),
    tableCaption: (date: string) => t('tableCaption', { date }),
    tableFilters: t('tableFilters'),
    tableColName: t('tableColName'),
    tableColLevel: t('tableColLevel'),
    tableColState: t('tableColState'),
    tableColStatus: t('tableColStatus'),
    tableColSince: t('tableColSince'),
    tableSinceStart: t('tableSinceStart'),
    filterLevel: t('filterLevel'),
    filterState: t('filterState'),
    filterCategory: t('filterCategory'),
    filterAllLevels: t('filterAllLevels'),
    filterAllStates: t('filterAllStates'),
    filterAllCategories: t('filterAllCategories'),
    filterListed: t('filterListed'),
    filterReset: t('filterReset'),
    tableMatches: (count: number) => t('tableMatches', { count, n: num(count) }),
    tableRange: (from: number, to: number, total: number) => t('tableRange', { from: num(from), to: num(to), total: num(total) }),
    tableEmpty: t('tableEmpty'),
    tablePages: t('tablePages'),
    pageFirst: t('pageFirst'),
    pagePrevious: t('pagePrevious'),
    pageNext: t('pageNext'),
    pageLast: t('pageLast'),
    pageOf: (page: number, pages: number) => t('pageOf', { page: num(page), pages: num(pages) }),
    tableSorted: (column: string, ascending: boolean) =>
      t('tableSorted', { column, direction: ascending ? t('ascending') : t('descending') }),
  };
}

export type PanelStrings = ReturnType<typeof build>;
export type StringsWithPanel = Strings & PanelStrings;

/** The interface text with the panel's, in the same language (a new object when a language arrives). */
const withPanel = memoByStrings((strings): StringsWithPanel => ({ ...strings, ...build(langText(strings.lang)?.panel ?? en, strings.locale) }));

/** A language's interface and panel text; English until that language has loaded. */
export function panelStringsFor(lang: Lang): StringsWithPanel {
  return withPanel(stringsFor(lang));
}

/** useStrings() with the detail panel's and the table's text. */
export function usePanelStrings(): StringsWithPanel {
  return withPanel(useStrings());
}
