/**
 * The page: masthead, layer toggle, legend, map, timeline, detail panel and credits, wired to the
 * store. Feature components take plain props; only this file reads the store.
 */
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { ErrorBoundary } from './app/ErrorBoundary';
import { LoadError } from './app/LoadError';
import { DetailPanel } from './details/DetailPanel';
import { formatDay } from './i18n/format';
import { type Strings, stringsFor } from './i18n/strings';
import { countByCategory } from './legend/counts';
import { Legend } from './legend/Legend';
import { MapView } from './map/MapView';
import { type MapData, useAppStore } from './store/appStore';
import { Timeline } from './timeline/Timeline';
import type { LayerChoice } from './url/codec';
import { useUrlSync } from './url/useUrlSync';

function LayerToggle({ layer, strings, onChange }: { layer: LayerChoice; strings: Strings; onChange(layer: LayerChoice): void }) {
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

function MapSection({ data, strings }: { data: MapData; strings: Strings }) {
  const date = useAppStore((s) => s.date);
  const layer = useAppStore((s) => s.layer);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const setMapView = useAppStore((s) => s.setMapView);
  const setLayer = useAppStore((s) => s.setLayer);
  // Read once: the map opens where the link said, then the map owns its position.
  const initialView = useMemo(() => useAppStore.getState().mapView, []);
  const locale = strings.locale;
  const entries = layer === 'counties' ? data.jurisdictions.byLevel.county : data.jurisdictions.byLevel.state;
  const counts = useMemo(() => countByCategory(entries, date), [entries, date]);
  const levelPlural = strings.levelPlural[layer];

  return (
    <>
      <div className="map-controls">
        <Legend counts={counts} caption={strings.legendCaption(levelPlural, formatDay(date, locale))} strings={strings} />
        <LayerToggle layer={layer} strings={strings} onChange={setLayer} />
      </div>
      <div className="map-frame" role="region" aria-label={strings.mapLabel(levelPlural, formatDay(date, locale))}>
        <MapView
          data={data}
          date={date}
          layer={layer}
          selectedId={selectedId}
          initialView={initialView}
          strings={strings}
          onSelect={select}
          onHover={hover}
          onViewChange={setMapView}
        />
      </div>
    </>
  );
}

function Details({ data, strings }: { data: MapData; strings: Strings }) {
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

  useEffect(() => {
    if (entry !== undefined && records.status === 'idle') void loadRecords();
  }, [entry, records.status, loadRecords]);

  if (entry === undefined) return null;
  return (
    <DetailPanel
      entry={entry}
      date={date}
      today={today}
      index={data.index}
      jurisdictions={data.jurisdictions}
      records={records}
      strings={strings}
      onClose={onClose}
      onSelect={select}
      onRetryRecords={retry}
      focusOnOpen={pageSelection.current === null}
    />
  );
}

export function App() {
  const lang = useAppStore((s) => s.lang);
  const strings = stringsFor(lang);
  const mapData = useAppStore((s) => s.mapData);
  const loadMapData = useAppStore((s) => s.loadMapData);
  const date = useAppStore((s) => s.date);
  const today = useAppStore((s) => s.today);
  const setDate = useAppStore((s) => s.setDate);
  const selectedId = useAppStore((s) => s.selectedId);
  const embed = useAppStore((s) => s.embed);
  const present = useAppStore((s) => s.present);
  useUrlSync();

  useEffect(() => {
    if (useAppStore.getState().mapData.status === 'idle') void loadMapData();
  }, [loadMapData]);

  const data = mapData.status === 'ready' ? mapData.data : undefined;
  const selectedName = selectedId !== null ? data?.jurisdictions.byId.get(selectedId)?.name : undefined;
  useEffect(() => {
    document.title = selectedName !== undefined ? `${selectedName} · ${strings.appTitle}` : strings.appTitle;
  }, [selectedName, strings]);

  const panelOpen = data !== undefined && selectedName !== undefined;

  return (
    <div className="app" data-embed={embed || undefined} data-mode={present ? 'present' : undefined}>
      <header className="masthead">
        <h1 className="masthead__title">{strings.appTitle}</h1>
        <p className="masthead__dek">{strings.appDek}</p>
      </header>
      <ErrorBoundary strings={strings}>
        <main className={`layout${panelOpen ? ' layout--with-panel' : ''}`}>
          <div className="layout__main">
            {mapData.status === 'error' ? (
              <LoadError error={mapData.error} strings={strings} onRetry={() => void loadMapData()} />
            ) : data === undefined ? (
              <div className="map-frame map-frame--loading" role="status">
                <p>{strings.loading}</p>
              </div>
            ) : (
              <MapSection data={data} strings={strings} />
            )}
            <Timeline
              date={date}
              today={today}
              {...(data !== undefined ? { start: data.index.timelineStart } : {})}
              changeDays={data?.index.changeDays ?? EMPTY}
              events={data?.index.events ?? EMPTY_EVENTS}
              strings={strings}
              onChange={setDate}
            />
          </div>
          {data !== undefined && (
            <aside className="layout__panel" hidden={!panelOpen}>
              <Details data={data} strings={strings} />
            </aside>
          )}
        </main>
      </ErrorBoundary>
      <footer className="colophon">
        {data !== undefined && <p className="colophon__asof">{strings.dataAsOf(formatDay(data.index.asOf, strings.locale))}</p>}
        <p className="colophon__credit">{strings.credit}</p>
      </footer>
    </div>
  );
}

const EMPTY: readonly string[] = [];
const EMPTY_EVENTS: readonly never[] = [];
