/**
 * The chart itself: stacked areas (one band per category or 287(g) model, bottom to top in the
 * model's order), a vertical rule at the timeline's date, and a cursor that hover, tap and arrow
 * keys move. The plot is one focusable slider: arrow keys move the timeline a month (Shift: a
 * year), Home/End to its ends; a click or tap moves the timeline to that month. Values of the
 * month under the cursor are shown beside the legend and read out through a polite live region.
 *
 * The bands' paths are memoised on the model alone, in data units under one transform: moving the
 * date only moves the rule and the readout, and a new width (the first layout, a resize) changes
 * the transform and the axis labels, not the paths.
 */
import { scaleLinear } from 'd3-scale';
import { type KeyboardEvent, memo, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import { CATEGORY_COLORS } from '../domain/categories';
import { formatNumber } from '../i18n/format';
import { type BandKey, bandPath, type ChartModel, monthAt, stack } from './model';
import { formatPeople } from './strings';

export const BAND_COLORS: Record<BandKey, string> = {
  ...CATEGORY_COLORS,
  // Three steps of the "participates" orange, dark to light, distinct in greyscale too.
  jail_enforcement: '#8c3a00',
  warrant_service_officer: '#e66101',
  task_force: '#fdb863',
};

export const CHART_HEIGHT = 300;
const MARGIN = { top: 10, right: 14, bottom: 26, left: 60 };

export interface ChartProps {
  model: ChartModel;
  /** Index of the timeline's month. */
  dateIndex: number;
  title: string;
  describedBy: string;
  locale: string;
  label(key: BandKey): string;
  /** "March 2017" for a month index. */
  monthName(i: number): string;
  readout(i: number): string;
  onPick(i: number): void;
  onStep(delta: number | 'first' | 'last'): void;
  /** The SVG element, for the PNG export. */
  svgRef?: React.Ref<SVGSVGElement>;
}

export function formatValue(value: number, people: boolean, locale: string): string {
  return people ? formatPeople(value, locale) : formatNumber(value, locale);
}

const shortFormats = new Map<string, Intl.NumberFormat>();
function axisNumber(value: number, people: boolean, locale: string): string {
  if (!people) return formatNumber(value, locale);
  let f = shortFormats.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 0 });
    shortFormats.set(locale, f);
  }
  return f.format(value);
}

function useWidth(ref: React.RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface Frame {
  width: number;
  x: (i: number) => number;
  y: (v: number) => number;
  yTicks: number[];
  xTicks: number[];
  /** Maps the bands' data units (month index, value) onto the plot. */
  transform: string;
}

function frameOf(model: ChartModel, width: number): Frame {
  const max = Math.max(1, ...model.totals);
  const x = scaleLinear().domain([0, Math.max(1, model.months - 1)]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([0, max]).nice().range([CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
  const every = width < 480 ? 10 : 5;
  const xTicks: number[] = [];
  for (let i = 0; i < model.months; i++) {
    const m = model.first + i;
    if (m % 12 === 0 && Math.floor(m / 12) % every === 0) xTicks.push(i);
  }
  const [, top] = y.domain() as [number, number];
  const bottom = CHART_HEIGHT - MARGIN.bottom;
  const sx = (width - MARGIN.left - MARGIN.right) / Math.max(1, model.months - 1);
  const sy = (bottom - MARGIN.top) / Math.max(1, top);
  const transform = `translate(${MARGIN.left},${bottom}) scale(${sx},${-sy})`;
  return { width, x: (i) => x(i), y: (v) => y(v), yTicks: y.ticks(5), xTicks, transform };
}

const Bands = memo(function Bands({ model, frame, label, locale }: { model: ChartModel; frame: Frame; label(key: BandKey): string; locale: string }) {
  const paths = useMemo(() => stack(model).map((band) => ({ key: band.key, d: bandPath(band) })), [model]);
  const left = MARGIN.left;
  const right = frame.width - MARGIN.right;
  return (
    <>
      <g className="chart__grid" aria-hidden="true">
        {frame.yTicks.map((t) => (
          <g key={t}>
            <line x1={left} x2={right} y1={frame.y(t)} y2={frame.y(t)} stroke="#dcdcdc" />
            <text x={left - 6} y={frame.y(t)} dy="0.32em" textAnchor="end" fontSize="11" fill="currentColor">
              {axisNumber(t, model.people, locale)}
            </text>
          </g>
        ))}
        {frame.xTicks.map((i) => (
          <text key={i} x={frame.x(i)} y={CHART_HEIGHT - 8} textAnchor="middle" fontSize="11" fill="currentColor">
            {monthAt(model, i).slice(0, 4)}
          </text>
        ))}
      </g>
      <g className="chart__bands" transform={frame.transform}>
        {paths.map(({ key, d }) => (
          <path key={key} d={d} fill={BAND_COLORS[key]} stroke="#ffffff" strokeWidth="0.5" vectorEffect="non-scaling-stroke" data-key={key}>
            <title>{label(key)}</title>
          </path>
        ))}
      </g>
    </>
  );
});

export function Chart({ model, dateIndex, title, describedBy, locale, label, monthName, readout, onPick, onStep, svgRef }: ChartProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const width = useWidth(wrap, 720);
  const frame = useMemo(() => frameOf(model, width), [model, width]);
  const [hover, setHover] = useState<number | null>(null);
  const [spoken, setSpoken] = useState('');

  const indexAt = (event: PointerEvent<SVGSVGElement>): number => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width > 0 ? width / box.width : 1;
    const px = (event.clientX - box.left) * scale;
    const t = (px - MARGIN.left) / Math.max(1, width - MARGIN.left - MARGIN.right);
    return Math.min(model.months - 1, Math.max(0, Math.round(t * (model.months - 1))));
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const big = event.shiftKey ? 12 : 1;
    let step: number | 'first' | 'last' | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') step = big;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') step = -big;
    else if (event.key === 'PageUp') step = 12;
    else if (event.key === 'PageDown') step = -12;
    else if (event.key === 'Home') step = 'first';
    else if (event.key === 'End') step = 'last';
    if (step === undefined) return;
    event.preventDefault();
    setHover(null);
    onStep(step);
  };

  // Read out what a keyboard or pointer user moved to (the slider's value text says it too).
  const shown = hover ?? dateIndex;
  useEffect(() => setSpoken(readout(shown)), [shown, readout]);

  const ruleX = frame.x(dateIndex);
  return (
    <div ref={wrap} className="chart__plot">
      <svg
        ref={svgRef}
        className="chart__svg"
        width={width}
        height={CHART_HEIGHT}
        viewBox={`0 0 ${width} ${CHART_HEIGHT}`}
        role="slider"
        tabIndex={0}
        aria-label={title}
        aria-describedby={describedBy}
        aria-orientation="horizontal"
        aria-valuemin={0}
        aria-valuemax={model.months - 1}
        aria-valuenow={dateIndex}
        aria-valuetext={monthName(dateIndex)}
        onKeyDown={onKeyDown}
        onPointerMove={(e) => setHover(indexAt(e))}
        onPointerDown={(e) => setHover(indexAt(e))}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => onPick(indexAt(e as unknown as PointerEvent<SVGSVGElement>))}
        fontFamily="system-ui, sans-serif"
      >
        <Bands model={model} frame={frame} label={label} locale={locale} />
        {hover !== null && hover !== dateIndex && (
          <line className="chart__cursor" x1={frame.x(hover)} x2={frame.x(hover)} y1={MARGIN.top} y2={CHART_HEIGHT - MARGIN.bottom} stroke="#4a4a4a" strokeDasharray="3 3" />
        )}
        <line className="chart__rule" data-index={dateIndex} x1={ruleX} x2={ruleX} y1={MARGIN.top - 4} y2={CHART_HEIGHT - MARGIN.bottom} stroke="#1a1a1a" strokeWidth="2" />
      </svg>
      <ul className="chart__legend">
        {model.keys.map((key) => (
          <li key={key} data-key={key}>
            <span className="chart__swatch" style={{ background: BAND_COLORS[key] }} aria-hidden="true" />
            <span className="chart__legend-label">{label(key)}</span>{' '}
            <span className="chart__legend-value">{formatValue(model.values[key]![shown] ?? 0, model.people, locale)}</span>
          </li>
        ))}
        <li className="chart__legend-month">{monthName(shown)}</li>
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="chart-readout">
        {spoken}
      </p>
    </div>
  );
}
