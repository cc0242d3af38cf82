/**
 * The date slider: a native range input in month steps (so it is a real slider to assistive tech
 * and touch), with the keys of a slider handled here so they mean the same in every browser:
 * arrows a month, Page Up/Down a year, Home/End the ends. Ticks mark months in which any status
 * changes; event marks are buttons that jump to their day and show their label.
 */
import { type KeyboardEvent, type ReactNode, useId, useMemo } from 'react';
import type { TimelineEvent } from '../domain/dataset';
import type { IsoDay } from '../domain/dates';
import { formatDay, formatPartial } from '../i18n/format';
import { TimelineController } from './controller';
import { widestDay } from './readout';
import { useStrings } from '../i18n/useStrings';

export interface TimelineProps {
  date: IsoDay;
  today: IsoDay;
  start?: IsoDay;
  changeDays: readonly IsoDay[];
  events: readonly TimelineEvent[];
  onChange(day: IsoDay): void;
  /** Extra controls beside the date readout (play/pause, src/timeline/PlayControls.tsx). */
  actions?: ReactNode;
  /** Labels of the month and year pickers (a finer way than the slider to reach a month); none: no pickers. */
  pickers?: { label: string; month: string; year: string };
}

/** Month and year drop-downs: a precise way to reach a month where a finger on the slider is too coarse. */
function MonthYearPicker({
  controller,
  date,
  locale,
  labels,
  onChange,
}: {
  controller: TimelineController;
  date: IsoDay;
  locale: string;
  labels: { label: string; month: string; year: string };
  onChange(day: IsoDay): void;
}) {
  const monthNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 1)));
  }, [locale]);
  const years = useMemo(() => {
    const list: number[] = [];
    for (let y = Math.floor(controller.firstMonth / 12); y <= Math.floor(controller.lastMonth / 12); y++) list.push(y);
    return list;
  }, [controller]);
  const monthOptions = useMemo(() => monthNames.map((name, i) => <option key={name} value={i}>{name}</option>), [monthNames]);
  const yearOptions = useMemo(() => years.map((y) => <option key={y} value={y}>{y}</option>), [years]);
  const current = controller.monthOf(date);
  const year = Math.floor(current / 12);
  const month = current % 12;
  return (
    <fieldset className="timeline__picker">
      <legend className="visually-hidden">{labels.label}</legend>
      <label>
        <span className="visually-hidden">{labels.month}</span>
        <select value={month} onChange={(e) => onChange(controller.dayForMonth(year * 12 + Number(e.currentTarget.value)))}>
          {monthOptions}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{labels.year}</span>
        <select value={year} onChange={(e) => onChange(controller.dayForMonth(Number(e.currentTarget.value) * 12 + month))}>
          {yearOptions}
        </select>
      </label>
    </fieldset>
  );
}

const AXIS_STEP_YEARS = 10;

export function Timeline({ date, today, start, changeDays, events, onChange, actions, pickers }: TimelineProps) {
  const strings = useStrings();
  const controller = useMemo(() => new TimelineController(today, start), [today, start]);
  const inputId = useId();
  const helpId = useId();
  const locale = strings.locale;
  const widest = useMemo(() => widestDay(Number(today.slice(0, 4)), locale), [today, locale]);
  const max = controller.maxValue;

  const ticks = useMemo(() => controller.tickValues(changeDays), [controller, changeDays]);
  const tickPath = useMemo(
    () => ticks.map((v) => `M${((v / Math.max(1, max)) * 1000).toFixed(1)} 0V10`).join(''),
    [ticks, max],
  );
  const visibleEvents = useMemo(
    () => events.filter((e) => e.date >= controller.start && e.date <= controller.today),
    [events, controller],
  );
  const axisYears = useMemo(() => {
    const first = Math.ceil(Number(controller.start.slice(0, 4)) / AXIS_STEP_YEARS) * AXIS_STEP_YEARS;
    const years: number[] = [];
    for (let y = first; y <= Number(today.slice(0, 4)); y += AXIS_STEP_YEARS) years.push(y);
    return years;
  }, [controller, today]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = controller.dayForKey(event.key, date);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== date) onChange(next);
  };

  const exact = !controller.isSnapped(date);
  const pct = (day: IsoDay) => `${controller.position(day) * 100}%`;

  // The event marks and the list do not depend on the date: built once per language and data,
  // not on every timeline step (React skips unchanged elements; measured by npm run bench).
  // The marks are a picture of when events happened, clickable with a mouse; they sit closer than
  // a finger or a 24 px target allows where events cluster, so the keyboard, screen readers and
  // touch use the equivalent list below them (WCAG 2.5.8's "equivalent" exception).
  const eventMarks = useMemo(
    () =>
      visibleEvents.map((e) => {
        const when = formatPartial(e.date, e.precision, locale);
        // Events carry a Spanish label of their own (events.csv label_es); English otherwise.
        const label = strings.lang === 'es' && e.labelEs ? e.labelEs : e.label;
        return (
          <li key={e.id} className="timeline__event" style={{ left: `${controller.position(e.date) * 100}%` }}>
            <span className="timeline__event-mark" data-event={e.id} onClick={() => onChange(controller.clampDay(e.date))}>
              <span className="timeline__event-tip">
                <strong>{label}</strong>
                <span>{when}</span>
              </span>
            </span>
          </li>
        );
      }),
    [visibleEvents, locale, strings, controller, onChange],
  );
  const eventOptions = useMemo(
    () =>
      visibleEvents.map((e) => (
        <option key={e.id} value={e.id}>
          {formatPartial(e.date, e.precision, locale)} · {strings.lang === 'es' && e.labelEs ? e.labelEs : e.label}
        </option>
      )),
    [visibleEvents, locale, strings],
  );

  return (
    <div className="timeline">
      <div className="timeline__head">
        <label htmlFor={inputId} className="visually-hidden">
          {strings.timelineLabel}
        </label>
        <p className="timeline__readout" aria-hidden="true">
          <span className="timeline__readout-date">
            <span className="timeline__readout-sizer">{strings.timelineReadout(widest)}</span>
            <span>{strings.timelineReadout(formatDay(date, locale))}</span>
          </span>
          {exact && <span className="timeline__exact"> ({strings.timelineExactNote})</span>}
        </p>
        {actions}
        {pickers !== undefined && <MonthYearPicker controller={controller} date={date} locale={locale} labels={pickers} onChange={onChange} />}
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange(controller.today)}
          disabled={date === controller.today}
          aria-label={strings.jumpToTodayLabel}
        >
          {strings.jumpToToday}
        </button>
      </div>
      <div className="timeline__track">
        <svg className="timeline__ticks" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <path d={tickPath} vectorEffect="non-scaling-stroke" />
        </svg>
        <input
          id={inputId}
          className="timeline__input"
          type="range"
          min={0}
          max={max}
          step={1}
          value={controller.sliderValue(date)}
          aria-valuetext={formatDay(date, locale)}
          aria-describedby={helpId}
          onChange={(event) => {
            const next = controller.dayForSliderValue(Number(event.currentTarget.value));
            if (next !== date) onChange(next);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="timeline__events" aria-hidden="true">
          {eventMarks}
        </ul>
        <div className="timeline__axis" aria-hidden="true">
          {axisYears.map((y) => (
            <span key={y} style={{ left: pct(`${y}-01-15`) }}>
              {y}
            </span>
          ))}
        </div>
      </div>
      {/* The same jumps as the marks, as one full-size control for every reader and device. */}
      {visibleEvents.length > 0 && (
        <label className="timeline__event-picker">
          <span>{strings.timelineEvents}</span>
          {/* Named on the select too: phones hide the visible label to save a row. */}
          <select
            aria-label={strings.timelineEvents}
            value=""
            onChange={(event) => {
              const chosen = visibleEvents.find((e) => e.id === event.currentTarget.value);
              if (chosen !== undefined) onChange(controller.clampDay(chosen.date));
            }}
          >
            <option value="">{strings.timelineEventsChoose}</option>
            {eventOptions}
          </select>
        </label>
      )}
      <p id={helpId} className="visually-hidden">
        {strings.timelineKeysHelp}
      </p>
    </div>
  );
}
