/**
 * The Chart tab (view=chart), loaded on first use (App.tsx imports it with React.lazy): series
 * switch (counties, states, 287(g) agreements), the people switch shared with the map's legend,
 * the chart, a "show as table" toggle, and PNG/CSV downloads of exactly what is shown.
 */
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { SeriesKind } from '../domain/series';
import type { IsoDay } from '../domain/dates';
import { SERIES_KINDS } from '../domain/series';
import { downloadBlob, downloadText } from '../export/download';
import { formatDay, formatMonth, formatNumber } from '../i18n/format';
import { useStrings } from '../i18n/useStrings';
import { useAppStore } from '../store/appStore';
import { TimelineController } from '../timeline/controller';
import { Chart, formatValue } from './Chart';
import { chartPng } from './exportPng';
import { useSeries } from './loadSeries';
import { type BandKey, chartCsv, chartModel, indexOfDay, monthAt, peopleAvailable } from './model';
import { bandLabel, chartStringsFor } from './strings';
import './chart.css';

interface ChartSectionProps {
  /** False while the panel is hidden: the chart then stays mounted but ignores timeline steps. */
  shown?: boolean;
}

// Memoised: App re-renders on every timeline step, and a hidden chart must not follow it.
export default memo(ChartSection);

function ChartSection({ shown = true }: ChartSectionProps) {
  const strings = useStrings();
  const lang = useAppStore((s) => s.lang);
  const date = useShownDate(shown);
  const today = useAppStore((s) => s.today);
  const setDate = useAppStore((s) => s.setDate);
  const people = useAppStore((s) => s.people);
  const setPeople = useAppStore((s) => s.setPeople);
  const layer = useAppStore((s) => s.layer);
  // The map's layer until the reader picks a series here (the chart may be made, hidden, long before it is shown).
  const [chosenKind, setKind] = useState<SeriesKind | null>(null);
  const kind = chosenKind ?? layer;
  const [showTable, setShowTable] = useState(false);
  const [series, retry] = useSeries();
  const cs = chartStringsFor(lang);
  const locale = cs.locale;
  const captionId = useId();
  const name = useId();
  const svgRef = useRef<SVGSVGElement>(null);

  const model = useMemo(() => (series.status === 'ready' ? chartModel(series.data, kind, people) : undefined), [series, kind, people]);
  const label = useCallback((key: BandKey) => bandLabel(key, cs, strings.category), [cs, strings.category]);
  const monthName = useCallback((i: number) => (model ? formatMonth(`${monthAt(model, i)}-01`, locale) : ''), [model, locale]);
  const readout = useCallback(
    (i: number) => {
      if (!model) return '';
      const items = model.keys.map((k) => `${label(k)} ${formatValue(model.values[k]![i] ?? 0, model.people, locale)}`).join('; ');
      return cs.readout(monthName(i), items, cs.unit(model.kind, model.people, formatValue(model.totals[i] ?? 0, model.people, locale)));
    },
    [model, label, locale, cs, monthName],
  );
  const timeline = useMemo(() => new TimelineController(today), [today]);
  const onPick = useCallback((i: number) => model && setDate(timeline.dayForMonth(model.first + i)), [model, setDate, timeline]);
  const onStep = useCallback(
    (delta: number | 'first' | 'last') => {
      const current = useAppStore.getState().date;
      setDate(delta === 'first' ? timeline.dayForMonth(timeline.firstMonth) : delta === 'last' ? timeline.dayForMonth(timeline.lastMonth) : timeline.step(current, delta));
    },
    [setDate, timeline],
  );

  if (series.status === 'loading') return <div className="chart chart--loading" role="status"><p>{cs.loading}</p></div>;
  if (series.status === 'error' || model === undefined) {
    return (
      <div className="chart chart--error" role="alert">
        <p>{cs.error}</p>
        <button type="button" className="button" onClick={retry}>{cs.retry}</button>
      </div>
    );
  }

  const data = series.data;
  const title = cs.title(kind, model.people);
  const dateIndex = indexOfDay(model, date);
  const notes = [cs.countNote(kind, formatDay(data.lastDay, locale)), ...(model.people ? [cs.peopleNote(formatNumber(data.population.total, locale))] : [])];
  const fileBase = `ice-cooperation-chart-${kind}${model.people ? '-people' : ''}`;
  const downloadCsv = () => downloadText(chartCsv(model, label), `${fileBase}.csv`, 'text/csv;charset=utf-8');
  const downloadPng = async () => {
    if (svgRef.current === null) return;
    const blob = await chartPng(svgRef.current, {
      title,
      month: monthName(dateIndex),
      legend: model.keys.map((key) => ({ key, label: label(key), value: formatValue(model.values[key]![dateIndex] ?? 0, model.people, locale) })),
      notes,
      credit: cs.credit,
    });
    downloadBlob(blob, `${fileBase}-${monthAt(model, dateIndex)}.png`);
  };

  return (
    <div className="chart" data-kind={kind} data-people={model.people || undefined}>
      <div className="chart__controls" role="group" aria-label={cs.controlsLabel}>
        <fieldset className="segmented">
          <legend className="segmented__legend">{cs.seriesLabel}</legend>
          {SERIES_KINDS.map((k) => (
            <label key={k} className="segmented__option">
              <input type="radio" name={name} value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>{cs.series[k]}</span>
            </label>
          ))}
        </fieldset>
        <label className="chart__people">
          <input type="checkbox" checked={people} disabled={!peopleAvailable(kind)} onChange={(e) => setPeople(e.target.checked)} />
          {cs.people}
        </label>
        <button type="button" className="button button--small" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? cs.hideTable : cs.showTable}
        </button>
        <button type="button" className="button button--small" onClick={() => void downloadPng()}>{cs.downloadPng}</button>
        <button type="button" className="button button--small" onClick={downloadCsv}>{cs.downloadCsv}</button>
      </div>
      <figure className="chart__figure">
        <h2 className="chart__title">{title}</h2>
        <Chart
          model={model}
          dateIndex={dateIndex}
          title={title}
          describedBy={captionId}
          locale={locale}
          label={label}
          monthName={monthName}
          readout={readout}
          onPick={onPick}
          onStep={onStep}
          svgRef={svgRef}
        />
        <figcaption id={captionId} className="chart__caption">
          {notes.map((n) => <span key={n}>{n} </span>)}
          {!peopleAvailable(kind) && people && <span>{cs.peopleUnavailable} </span>}
          <span className="chart__keys">{cs.keysHelp}</span>
        </figcaption>
      </figure>
      {showTable && (
        <div className="chart__table-wrap" role="region" aria-label={title} tabIndex={0}>
          <table className="chart__table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{cs.month}</th>
                {model.keys.map((k) => <th key={k} scope="col">{label(k)}</th>)}
                <th scope="col">{cs.total}</th>
              </tr>
            </thead>
            <tbody>
              {model.totals.map((total, i) => (
                <tr key={i} aria-current={i === dateIndex ? 'date' : undefined}>
                  <th scope="row">{monthName(i)}</th>
                  {model.keys.map((k) => <td key={k}>{formatNumber(model.values[k]![i] ?? 0, locale)}</td>)}
                  <td>{formatNumber(total, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/**
 * The store's date while shown; while hidden, the date last shown, so a timeline step re-renders
 * nothing here (the selector returns an unchanged value and the store skips this component).
 */
function useShownDate(shown: boolean): IsoDay {
  const last = useRef<IsoDay | null>(null);
  const date = useAppStore((s) => (shown || last.current === null ? s.date : last.current));
  last.current = date;
  return date;
}
