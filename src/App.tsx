/**
 * The page: masthead, layer toggle, legend, map, timeline, detail panel and credits, wired to the
 * store. Feature components take data and callbacks as props and their text from useStrings().
 */
import { memo, startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { LiveAnnouncer } from './a11y/LiveAnnouncer';
import { MapDescription } from './a11y/MapDescription';
import { SkipLink } from './a11y/SkipLink';
import { useReturnFocus } from './a11y/useReturnFocus';
import { ErrorBoundary } from './app/ErrorBoundary';
import { storeLang } from './i18n/language';
import { loadLang } from './i18n/strings';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { useDocumentLanguage } from './i18n/useDocumentLanguage';
import { SearchBox } from './search/SearchBox';
import { ViewPanel, ViewTabs } from './table/ViewTabs';
import { afterFirstView, LazyChartSection as ChartSection, prefetchChart } from './chart/prefetch';
import { LoadError } from './app/LoadError';
import { formatDay } from './i18n/format';
import { useStrings } from './i18n/useStrings';
import { ListsToggle } from './federal/ListsToggle';
import { countByCategory } from './legend/counts';
import { Legend } from './legend/Legend';
import { MapView } from './map/MapView';
import { useAppStore } from './store/appStore';
import type { MapData } from './data/mapData';
import { Timeline } from './timeline/Timeline';
import type { LayerChoice, ViewMode } from './domain/view';
import { useUrlSync } from './url/useUrlSync';
import { setMapInstance } from './export/mapHandle';
import { ClassroomBar } from './app/ClassroomBar';
import { useClassroom } from './app/useClassroom';
import { PlayControls } from './timeline/PlayControls';
import { lazyComponent } from './app/lazy';
import { useTourStore } from './tour/tourStore';
import { PHONE_QUERY, SHORT_QUERY, TOOLBAR_MENU_QUERY, TOOLBAR_MENU_WITH_PANEL_QUERY, useMediaQuery } from './layout/useMediaQuery';
import type { SheetSize } from './layout/sheet';
import { useSelectionInView } from './layout/useSelectionInView';
// The classroom sheets, in cascade order (docs/ARCHITECTURE.md, Stylesheets).
import './present/toolbar.css';
import './tour/tour.css';
import './present/present.css';
import './embed/embed.css';
import './export/print.css';
import './present/late.css';

import { CompareBar } from './compare/CompareBar';
import { LazyCompareLegend as CompareLegend, LazyCompareNote as CompareNote, LazyCompareTable as CompareTable } from './compare/lazyViews';
import { usePopulation } from './population/loadPopulation';
import { PeopleToggle } from './population/PeopleToggle';
import { usePeopleLegend } from './population/usePeopleLegend';
import type { JurisdictionEntry } from './domain/dataset';

// The chart's chunk and data start loading on intent (hover, touch, focus on its tab).
const prefetchView = (view: ViewMode) => {
  if (view === 'chart') void prefetchChart();
};

// Not needed for the first map: each loads when first shown (src/app/lazy.tsx).
const TableView = lazyComponent(() => import('./table/TableView').then((m) => m.TableView));
const DetailPanel = lazyComponent(() => import('./details/DetailPanel').then((m) => m.DetailPanel));
const PresentationBar = lazyComponent(() => import('./present/PresentationBar').then((m) => m.PresentationBar));
const TourPanel = lazyComponent(() => import('./tour/TourPanel').then((m) => m.TourPanel));
// Only embeds show the credit line, only phones the sheet's handle.
const EmbedCredit = lazyComponent(() => import('./embed/EmbedCredit').then((m) => m.EmbedCredit));
const SheetHandle = lazyComponent(() => import('./layout/SheetHandle').then((m) => m.SheetHandle));

function LayerToggle({ layer, onChange }: { layer: LayerChoice; onChange(layer: LayerChoice): void }) {
  const strings = useStrings();
  const name = useId();
  const options: [LayerChoice, string][] = [
    ['counties', strings.layerCounties],
    ['states', strings.layerStates],
  ];
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{strings.layerToggleLabel}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="segmented__option">
          <input type="radio" name={name} value={value} checked={layer === value} onChange={() => onChange(value)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function MapOptions({ data }: { data: MapData }) {
  const date = useAppStore((s) => s.date);
  const layer = useAppStore((s) => s.layer);
  const setLayer = useAppStore((s) => s.setLayer);
  const showLists = useAppStore((s) => s.showLists);
  const setShowLists = useAppStore((s) => s.setShowLists);
  const view = useAppStore((s) => s.view);
  return (
    <div className="map-options">
      {view === 'map' && <LayerToggle layer={layer} onChange={setLayer} />}
      <ListsToggle lists={data.index.federalLists} date={date} checked={showLists} onChange={setShowLists} />
    </div>
  );
}

// Memoised (below, with Details and the timeline): App re-renders when the view changes, and
// none of them depends on it, so switching to the chart or the table does not re-render them.
const MapSection = memo(function MapSection({ data, compactLegend }: { data: MapData; compactLegend: boolean }) {
  // The shapes are decoded once the first map is shown, not on its way (MapData.geometry), so
  // the first hover outlines at once.
  useEffect(() => afterFirstView(() => void data.geometry), [data]);
  const strings = useStrings();
  const date = useAppStore((s) => s.date);
  const layer = useAppStore((s) => s.layer);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const setMapView = useAppStore((s) => s.setMapView);
  const showLists = useAppStore((s) => s.showLists);
  const focus = useAppStore((s) => s.focus);
  const camera = useAppStore((s) => s.camera);
  const today = useAppStore((s) => s.today);
  const setMapUnavailable = useAppStore((s) => s.setMapUnavailable);
  const descriptionId = useId();
  // Read once: the map opens where the link said, then the map owns its position.
  const initialView = useMemo(() => useAppStore.getState().mapView, []);
  const locale = strings.locale;
  const entries = layer === 'counties' ? data.jurisdictions.byLevel.county : data.jurisdictions.byLevel.state;
  const counts = useMemo(() => countByCategory(entries, date), [entries, date]);
  const levelPlural = strings.levelPlural[layer];
  // Population counts and compare mode (issue 11): see src/population and src/compare.
  const lang = useAppStore((s) => s.lang);
  const compare = useAppStore((s) => s.compare);
  const setCompare = useAppStore((s) => s.setCompare);
  const people = useAppStore((s) => s.people);
  const setPeople = useAppStore((s) => s.setPeople);
  const peopleText = usePeopleLegend(people, entries, date, lang, locale);
  const population = usePopulation(people && compare !== null);

  return (
    <>
      <div className="map-controls">
        {compare !== null ? (
          <CompareLegend entries={entries} date={date} compare={compare} levelPlural={levelPlural} lang={lang} locale={locale} population={population} />
        ) : (
          <Legend
            counts={counts}
            caption={strings.legendCaption(levelPlural, formatDay(date, locale))}
            people={peopleText}
            {...(compactLegend ? { keyToggle: { text: strings.layout.legendMore, label: strings.layout.legendMoreLabel } } : {})}
          />
        )}
        <PeopleToggle checked={people} onChange={setPeople} />
        <CompareBar compare={compare} date={date} start={data.index.timelineStart} today={today} lang={lang} locale={locale} entries={entries} onChange={setCompare} />
      </div>
      <div
        className="map-frame"
        role="region"
        aria-label={strings.mapLabel(levelPlural, formatDay(date, locale))}
        aria-describedby={descriptionId}
      >
        <MapView
          data={data}
          date={date}
          layer={layer}
          showLists={showLists}
          selectedId={selectedId}
          initialView={initialView}
         
          onSelect={select}
          onHover={hover}
          onViewChange={setMapView}
          focus={focus}
          camera={camera}
          onUnavailable={setMapUnavailable}
          onMapReady={setMapInstance}
          compare={compare}
        />
      </div>
      <MapDescription
        id={descriptionId}
        jurisdictions={data.jurisdictions}
        layer={layer}
        date={date}
        today={today}
        start={data.index.timelineStart}
       
      />
    </>
  );
});

const Details = memo(function Details({ data }: { data: MapData }) {
  const selectedId = useAppStore((s) => s.selectedId);
  const date = useAppStore((s) => s.date);
  const today = useAppStore((s) => s.today);
  const records = useAppStore((s) => s.records);
  const select = useAppStore((s) => s.select);
  const loadRecords = useAppStore((s) => s.loadRecords);
  const entry = selectedId !== null ? data.jurisdictions.byId.get(selectedId) : undefined;
  const onClose = useCallback(() => select(null), [select]);
  // The selection a link opened the page with does not take focus from the top of the page.
  const pageSelection = useRef(selectedId);
  if (selectedId !== pageSelection.current) pageSelection.current = null;
  const retry = useCallback(() => void loadRecords(), [loadRecords]);
  const compare = useAppStore((s) => s.compare);
  const lang = useAppStore((s) => s.lang);

  useEffect(() => {
    if (entry !== undefined && records.status === 'idle') void loadRecords();
  }, [entry, records.status, loadRecords]);

  if (entry === undefined) return null;
  return (
    <>
    {compare !== null && <CompareNote entry={entry} date={date} compare={compare} lang={lang} />}
    <DetailPanel
      entry={entry}
      date={date}
      today={today}
      index={data.index}
      jurisdictions={data.jurisdictions}
      records={records}
     
      onClose={onClose}
      onSelect={select}
      onRetryRecords={retry}
      focusOnOpen={pageSelection.current === null}
    />
    </>
  );
});

export function App() {
  const lang = useAppStore((s) => s.lang);
  const strings = useStrings();
  const mapData = useAppStore((s) => s.mapData);
  const loadMapData = useAppStore((s) => s.loadMapData);
  const date = useAppStore((s) => s.date);
  const today = useAppStore((s) => s.today);
  const setDate = useAppStore((s) => s.setDate);
  const selectedId = useAppStore((s) => s.selectedId);
  const embed = useAppStore((s) => s.embed);
  const present = useAppStore((s) => s.present);
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const setLang = useAppStore((s) => s.setLang);
  const select = useAppStore((s) => s.select);
  const focusOn = useAppStore((s) => s.focusOn);
  const records = useAppStore((s) => s.records);
  const loadRecords = useAppStore((s) => s.loadRecords);
  const mapUnavailable = useAppStore((s) => s.mapUnavailable);
  const compareDay = useAppStore((s) => s.compare);
  const panelRef = useRef<HTMLElement>(null);
  // The tour's panel is loaded the first time the tour opens, then kept (it handles its own closing).
  const tourUsed = useTourStore((t) => t.status !== 'closed');
  const [tourMounted, setTourMounted] = useState(tourUsed);
  if (tourUsed && !tourMounted) setTourMounted(true);
  useUrlSync();
  useDocumentLanguage(lang);

  useEffect(() => {
    if (useAppStore.getState().mapData.status === 'idle') void loadMapData();
  }, [loadMapData]);

  const data = mapData.status === 'ready' ? mapData.data : undefined;
  useClassroom({ embed, present });
  const selectedName = selectedId !== null ? data?.jurisdictions.byId.get(selectedId)?.name : undefined;
  useEffect(() => {
    document.title = selectedName !== undefined ? `${selectedName} · ${strings.appTitle}` : strings.appTitle;
  }, [selectedName, strings]);

  const panelOpen = data !== undefined && selectedName !== undefined;
  // Without WebGL the table stands in for the map (the link's `view` is left as it was).
  const shownView = mapUnavailable && view === 'map' ? 'table' : view;
  // The map is made the first time it is shown, then kept (hidden) while the table is up.
  const [mapMounted, setMapMounted] = useState(shownView === 'map');
  if (shownView === 'map' && !mapMounted) setMapMounted(true);
  // Likewise the chart: kept once shown, so later switches cost a show, not a rebuild.
  const [chartMounted, setChartMounted] = useState(shownView === 'chart');
  if (shownView === 'chart' && !chartMounted) setChartMounted(true);
  // Most readers who open the chart do so after looking at the map (or the table): while they look,
  // at an idle moment, load it and make it (hidden, in an interruptible render), so the first switch only shows it.
  useEffect(() => afterFirstView(() => void prefetchChart().then((ok) => ok && startTransition(() => setChartMounted(true)))), []);
  const phone = useMediaQuery(PHONE_QUERY);
  const shortWindow = useMediaQuery(SHORT_QUERY);
  // pym.js sizes the frame to the content (it adds childId to the frame's address).
  const autosize = useMemo(() => new URLSearchParams(window.location.search).has('childId'), []);
  // The toolbar's buttons fit beside the tabs and search on a wide frame; a side panel takes 400 px.
  const narrowFrame = useMediaQuery(TOOLBAR_MENU_QUERY);
  const narrowBesidePanel = useMediaQuery(TOOLBAR_MENU_WITH_PANEL_QUERY);
  const compactToolbar = narrowFrame || (panelOpen && narrowBesidePanel);
  const l = strings.layout;
  // Phones: search opens from an icon; the sheet opens at half height for each new selection.
  const [searchOpen, setSearchOpen] = useState(false);
  const [sheet, setSheet] = useState<SheetSize>('half');
  const [sheetFor, setSheetFor] = useState(selectedId);
  if (sheetFor !== selectedId) {
    setSheetFor(selectedId);
    setSheet('half');
  }
  useReturnFocus(panelRef, panelOpen, mainElement);
  useSelectionInView(panelOpen ? selectedId : null, data, panelElement);
  useEffect(() => {
    // A place chosen on a phone: the frame (map above the sheet) comes back into view.
    if (panelOpen && phone) window.scrollTo?.({ top: 0, behavior: 'auto' });
  }, [panelOpen, phone, selectedId]);
  const chooseLang = useCallback(
    (next: typeof lang) => {
      storeLang(next);
      // The language's text is fetched first (Spanish is a chunk of its own), so the page turns
      // in one step rather than half English; a failed fetch still switches (English text, see useStrings).
      void loadLang(next).then(() => setLang(next));
    },
    [setLang],
  );
  const onActivateSearch = useCallback(() => void loadRecords(), [loadRecords]);
  const onPick = useCallback(
    (id: string) => {
      setSearchOpen(false);
      focusOn(id);
    },
    [focusOn],
  );
  const searchShown = !phone || searchOpen;
  useEffect(() => {
    if (searchOpen) document.querySelector<HTMLInputElement>('.toolbar .search__input')?.focus();
  }, [searchOpen]);
  const language = <LanguageSwitch lang={lang} onChange={chooseLang} />;
  const pickers = useMemo(() => (embed ? undefined : { label: l.pickDate, month: l.month, year: l.year }), [embed, l]);

  return (
    <div
      className="app"
      data-embed={embed || undefined}
      data-autosize={(embed && autosize) || undefined}
      data-mode={present ? 'present' : undefined}
      data-view={shownView}
    >
      <SkipLink target={MAIN_ID} label={strings.skipToMain} />
      <div className="frame">
      <header className="masthead">
        <h1 className="masthead__title">{strings.appTitle}</h1>
        {!compactToolbar && language}
      </header>
      <ErrorBoundary>
        <main id={MAIN_ID} tabIndex={-1} className={`layout${panelOpen ? ' layout--with-panel' : ''}`}>
          <div className="layout__main">
            {present && <PresentationBar />}
            <div className="toolbar" data-search={searchShown ? 'open' : undefined}>
              {data !== undefined && <ViewTabs view={shownView} onChange={setView} unavailable={mapUnavailable ? ['map'] : []} onIntent={prefetchView} />}
              {data !== undefined && phone && (
                <button
                  type="button"
                  className="icon-button toolbar__search-toggle"
                  aria-expanded={searchOpen}
                  aria-label={searchOpen ? l.searchClose : l.searchOpen}
                  onClick={() => setSearchOpen((o) => !o)}
                >
                  <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
                    {searchOpen ? (
                      <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.8" />
                    ) : (
                      <path d="M6.8 1.8a5 5 0 1 1 0 10a5 5 0 0 1 0-10zM10.5 10.5l4 4" fill="none" stroke="currentColor" strokeWidth="1.8" />
                    )}
                  </svg>
                </button>
              )}
              {data !== undefined && searchShown && (
                <MemoSearchBox jurisdictions={data.jurisdictions} records={records} onActivate={onActivateSearch} onPick={onPick} />
              )}
              {!embed && <ClassroomBar data={data} compact={compactToolbar} {...(compactToolbar ? { extra: language } : {})} />}
            </div>
            {mapData.status === 'error' ? (
              <LoadError error={mapData.error} onRetry={() => void loadMapData()} />
            ) : data === undefined ? (
              <div className="map-frame map-frame--loading" role="status">
                <p>{strings.loading}</p>
              </div>
            ) : (
              <>
                <ViewPanel view="map" shown={shownView} modifier="view-panel--map">
                  {mapMounted && <MapSection data={data} compactLegend={phone || embed || shortWindow} />}
                </ViewPanel>
                <ViewPanel view="table" shown={shownView} modifier="view-panel--table">
                  {shownView === 'table' && compareDay !== null && (
                    <CompareTable entries={allEntries(data)} date={date} compare={compareDay} lang={lang} onSelect={select} />
                  )}
                  {shownView === 'table' && compareDay === null && (
                    <TableView
                      jurisdictions={data.jurisdictions}
                      date={date}
                      selectedId={selectedId}
                     
                      onSelect={select}
                      lists={data.index.federalLists}
                      {...(mapUnavailable ? { notice: strings.mapUnavailableTable } : {})}
                    />
                  )}
                </ViewPanel>
                <ViewPanel view="chart" shown={shownView} modifier="view-panel--table view-panel--chart">
                  {chartMounted && <ChartSection shown={shownView === 'chart'} />}
                </ViewPanel>
              </>
            )}
            {!embed && tourMounted && <TourPanel />}
            <MemoTimeline
              date={date}
              today={today}
              {...(data !== undefined ? { start: data.index.timelineStart } : {})}
              changeDays={data?.index.changeDays ?? EMPTY}
              events={data?.index.events ?? EMPTY_EVENTS}
             
              onChange={setDate}
              actions={PLAY_CONTROLS}
              {...(pickers !== undefined ? { pickers } : {})}
            />
            {data !== undefined && !embed && <MapOptions data={data} />}
          </div>
          {data !== undefined && (
            <aside ref={panelRef} className="layout__panel" hidden={!panelOpen} data-sheet={sheet}>
              {phone && panelOpen && (
                <SheetHandle sheet={panelRef} size={sheet} expandLabel={l.sheetHandleExpand} collapseLabel={l.sheetHandleCollapse} onSize={setSheet} />
              )}
              <Details data={data} />
            </aside>
          )}
        </main>
      </ErrorBoundary>
      </div>
      <footer className="colophon">
        {!embed && <p className="colophon__dek">{strings.appDek}</p>}
        {data !== undefined && (
          <p className="colophon__asof">
            {data.index.asOfLayers?.agreements287g !== undefined && data.index.asOfLayers.stateLocal !== undefined
              ? strings.dataAsOfLayers(formatDay(data.index.asOfLayers.agreements287g, strings.locale), formatDay(data.index.asOfLayers.stateLocal, strings.locale))
              : strings.dataAsOf(formatDay(data.index.asOf, strings.locale))}
          </p>
        )}
        <p className="colophon__credit">{strings.credit}</p>
        {!embed && (
          <p className="colophon__links">
            {/* Static pages the build writes beside the app (scripts/build/site, scripts/build/changelog.ts). */}
            <a href={lang === 'es' ? 'place/es/' : 'place/'}>{strings.footerPlaces}</a> · <a href="changes/">{strings.footerChanges}</a> (
            <a href="changes.atom" type="application/atom+xml">{strings.footerFeed}</a>)
          </p>
        )}
        {embed && <EmbedCredit asOf={data?.index.asOf} />}
      </footer>
      <LiveAnnouncer date={date} selectedId={selectedId} view={shownView} jurisdictions={data?.jurisdictions} />
    </div>
  );
}

// Props that do not change with the view: a view change does not re-render these (see MapSection).
const MemoTimeline = memo(Timeline);
const MemoSearchBox = memo(SearchBox);
const PLAY_CONTROLS = <PlayControls />;

const MAIN_ID = 'main';
/** Where focus goes when a closed panel's opener is gone. */
const mainElement = () => document.getElementById(MAIN_ID);
/** The detail panel's container (a bottom sheet on phones). */
const panelElement = () => document.querySelector<HTMLElement>('.layout__panel');

const EMPTY: readonly string[] = [];
const everyEntry = new WeakMap<MapData, JurisdictionEntry[]>();
/** States, counties and places in one stable list (the compare table's rows), made once per data set. */
function allEntries(data: MapData): JurisdictionEntry[] {
  let list = everyEntry.get(data);
  if (list === undefined) {
    const { byLevel } = data.jurisdictions;
    list = [...byLevel.state, ...byLevel.county, ...byLevel.place];
    everyEntry.set(data, list);
  }
  return list;
}
const EMPTY_EVENTS: readonly never[] = [];
