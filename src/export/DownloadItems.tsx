/**
 * The download menu's items and what they do, loaded on the menu's first opening (DownloadMenu.tsx
 * keeps the button and the status line). The PNG and status exporters load on their first use in turn.
 */
import { CATEGORY_INK, CATEGORY_SYMBOLS } from '../a11y/CategoryMark';
import { CATEGORIES, CATEGORY_COLORS, type Category } from '../domain/categories';
import { DATA_FILES, type RecordIndex } from '../domain/dataset';
import { formatDay, formatNumber } from '../i18n/format';
import type { StringsWithClassroom } from '../i18n/classroomStrings';
import { fill } from '../i18n/translate';
import { useClassroomStrings } from '../i18n/classroomStrings';
import { countByCategory } from '../legend/counts';
import { viewUrl } from '../share/link';
import { useAppStore } from '../store/appStore';
import type { MapData } from '../data/mapData';
import { downloadBlob, downloadText, exportFilename, RECORDS_CSV_FILENAME } from './download';
import type { DownloadStatus } from './DownloadMenu';
import { getMapInstance } from './mapHandle';
import type { ExportContent } from './png';

async function exportContent(data: MapData, strings: StringsWithClassroom, href: string): Promise<ExportContent> {
  const s = strings.classroom;
  const state = useAppStore.getState();
  const { date, layer } = state;
  const entries = layer === 'counties' ? data.jurisdictions.byLevel.county : data.jurisdictions.byLevel.state;
  const counts = countByCategory(entries, date);
  return {
    title: strings.appTitle,
    subtitle: fill(s.pngStatusOn, { level: s.pngLevel[layer], date: formatDay(date, strings.locale) }),
    legend: CATEGORIES.map((c) => ({
      color: CATEGORY_COLORS[c],
      symbol: CATEGORY_SYMBOLS[c],
      ink: CATEGORY_INK[c],
      label: strings.category[c],
      count: formatNumber(counts[c], strings.locale),
    })),
    credit: fill(s.pngCredit, { asOf: formatDay(data.index.asOf, strings.locale) }),
    url: viewUrl(href, state, { embed: false, present: false }),
    // Compare mode: the colours are directions of change (compare/exportCompare.ts, loaded on first use).
    ...(state.compare !== null
      ? (await import('../compare/exportCompare')).compareExport(entries, date, state.compare, strings.levelPlural[layer], state.lang, strings.locale)
      : {}),
  };
}

export function DownloadItems({ data, busy, setStatus, close }: {
  data: MapData;
  busy: boolean;
  setStatus: (status: DownloadStatus) => void;
  close: () => void;
}) {
  const strings = useClassroomStrings();
  const s = strings.classroom;
  const date = useAppStore((st) => st.date);
  const labels = strings.category as Record<Category, string>;
  const shownDate = formatDay(date, strings.locale);

  const run = async (task: () => Promise<string>) => {
    setStatus({ kind: 'busy' });
    try {
      const file = await task();
      setStatus({ kind: 'done', file });
      close();
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'error', message: error instanceof MapMissing ? s.downloadMapUnavailable : s.downloadFailed });
    }
  };

  const png = () =>
    run(async () => {
      const map = getMapInstance();
      if (map === null) throw new MapMissing();
      const file = exportFilename('map', date, 'png');
      // The PNG and status exporters load on first use (not needed for the first map).
      const { renderMapPng } = await import('./png');
      downloadBlob(await renderMapPng(map, data.bounds, await exportContent(data, strings, window.location.href)), file);
      return file;
    });
  const statusFile = (format: 'csv' | 'geojson') =>
    run(async () => {
      const { loadJurisdictionsGeoJson, statusCsv, statusGeoJson } = await import('./statusExport');
      const [collection, records] = await Promise.all([loadJurisdictionsGeoJson(), loadedRecords()]);
      const context = { lists: data.index.federalLists, records: records.records };
      const file = exportFilename('status', date, format);
      // Compare mode: the CSV also carries the compared date's status and the change.
      const compare = useAppStore.getState().compare;
      if (format === 'csv') {
        const csv = compare !== null
          ? (await import('../compare/exportCompare')).statusCsvWithCompare(collection, date, compare, labels, context)
          : statusCsv(collection, date, labels, context);
        downloadText(csv, file, 'text/csv;charset=utf-8');
      } else downloadText(JSON.stringify(statusGeoJson(collection, date, labels, context)), file, 'application/geo+json');
      return file;
    });
  // The records CSV is a plain link (the browser saves the build's file): close the menu and name it.
  const recordsLinkClicked = () => {
    setStatus({ kind: 'done', file: RECORDS_CSV_FILENAME });
    close();
  };


  return (
    <ul className="menu__list">
      <li>
        <button type="button" className="menu__item" onClick={() => void png()} disabled={busy}>
          {s.downloadPng}
          <span className="menu__help">{s.downloadPngHelp}</span>
        </button>
      </li>
      <li>
        <button type="button" className="menu__item" onClick={() => void statusFile('csv')} disabled={busy}>
          {fill(s.downloadStatusCsv, { date: shownDate })}
        </button>
      </li>
      <li>
        <button type="button" className="menu__item" onClick={() => void statusFile('geojson')} disabled={busy}>
          {fill(s.downloadStatusGeojson, { date: shownDate })}
        </button>
      </li>
      <li>
        <a className="menu__item" href={DATA_FILES.recordsCsv} download={RECORDS_CSV_FILENAME} onClick={recordsLinkClicked}>
          {s.downloadRecordsCsv}
        </a>
      </li>
    </ul>
  );
}

/** records.json through the store (fetched once, shared with the detail panel). */
async function loadedRecords(): Promise<RecordIndex> {
  await useAppStore.getState().loadRecords();
  // A panel may have started the fetch: loadRecords then returns at once, so wait for it to settle.
  if (useAppStore.getState().records.status === 'loading') {
    await new Promise<void>((resolve) => {
      const stop = useAppStore.subscribe((st) => {
        if (st.records.status !== 'loading') {
          stop();
          resolve();
        }
      });
    });
  }
  const records = useAppStore.getState().records;
  if (records.status !== 'ready') throw new Error('records.json could not be loaded');
  return records.data;
}

class MapMissing extends Error {
  constructor() {
    super('the map is not drawn');
    this.name = 'MapMissing';
  }
}
