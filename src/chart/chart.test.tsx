import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../domain/categories';
import { SERIES_VERSION, type SeriesFile } from '../domain/series';
import { initialData, resetAppStore, useAppStore } from '../store/appStore';
import { Chart } from './Chart';
import ChartSection from './ChartSection';
import { asSeries, loadSeries } from './loadSeries';
import { bandPath, chartCsv, chartModel, indexOfDay, monthAt, stack } from './model';

/** Three months, 2000-01 to 2000-03: 10 counties, 2 states, a few agreements. */
function fixtureSeries(): SeriesFile {
  const cat = (values: Record<string, number[]>) => Object.fromEntries(CATEGORIES.map((c) => [c, values[c] ?? [0, 0, 0]])) as SeriesFile['counties'];
  return {
    version: SERIES_VERSION,
    firstMonth: '2000-01',
    lastMonth: '2000-03',
    months: 3,
    lastDay: '2000-03-31',
    counties: cat({ limits: [1, 2, 3], none: [9, 7, 5], participates: [0, 1, 2] }),
    states: cat({ requires: [0, 1, 1], none: [2, 1, 1] }),
    agreements: { jail_enforcement: [1, 1, 2], warrant_service_officer: [0, 3, 4], task_force: [5, 5, 0] },
    countiesPeople: cat({ limits: [96_100_000, 96_100_000, 100_000_000], none: [200_000_000, 200_000_000, 196_100_000] }),
    statesPeople: cat({ none: [296_100_000, 296_100_000, 296_100_000] }),
    countiesPeopleUnattributed: [0, 0, 0],
    population: { source: 'test', year: 2024, total: 296_100_000, missingStates: ['72'] },
  };
}

describe('chart model', () => {
  const series = fixtureSeries();
  it('stacks the categories bottom to top in their diverging order', () => {
    const model = chartModel(series, 'counties', false);
    expect(model.keys).toEqual(CATEGORIES);
    expect(model.totals).toEqual([10, 10, 10]);
    const bands = stack(model);
    expect(bands[0]).toEqual({ key: 'limits', lower: [0, 0, 0], upper: [1, 2, 3] });
    expect(bands.at(-1)!.upper).toEqual([10, 10, 10]);
    expect(bandPath(bands[0]!)).toBe('M0,1L1,2L2,3L2,0L0,0Z');
  });
  it('keeps only the ends of a run of equal months in a band’s outline', () => {
    const band = { key: 'limits' as const, lower: [0, 0, 0, 0, 0], upper: [1, 1, 1, 4, 4] };
    expect(bandPath(band)).toBe('M0,1L2,1L3,4L4,4L4,0L0,0Z');
  });
  it('counts people only for counties and states', () => {
    expect(chartModel(series, 'counties', true).totals).toEqual([296_100_000, 296_100_000, 296_100_000]);
    expect(chartModel(series, 'agreements', true).people).toBe(false);
    expect(chartModel(series, 'agreements', true).totals).toEqual([6, 9, 6]);
  });
  it('maps a day to its month, clamped to the series', () => {
    const model = chartModel(series, 'states', false);
    expect(indexOfDay(model, '2000-02-15')).toBe(1);
    expect(indexOfDay(model, '1999-01-01')).toBe(0);
    expect(indexOfDay(model, '2026-01-01')).toBe(2);
    expect(monthAt(model, 2)).toBe('2000-03');
  });
  it('writes the CSV of exactly the shown series', () => {
    const csv = chartCsv(chartModel(series, 'agreements', false), (k) => k.replace(/_/g, ' '));
    expect(csv).toBe('month,jail enforcement,warrant service officer,task force,total\n2000-01,1,0,5,6\n2000-02,1,3,5,9\n2000-03,2,4,0,6\n');
  });
  it('rejects a file of another version or a broken shape', () => {
    expect(() => asSeries({ ...fixtureSeries(), version: 99 })).toThrow(/version/);
    expect(() => asSeries({ ...fixtureSeries(), counties: { limits: [1] } })).toThrow(/shape/);
    expect(asSeries(fixtureSeries()).months).toBe(3);
  });
});

describe('Chart', () => {
  const model = chartModel(fixtureSeries(), 'counties', false);
  const setup = (dateIndex = 1) => {
    const onPick = vi.fn();
    const onStep = vi.fn();
    const view = render(
      <Chart
        model={model}
        dateIndex={dateIndex}
        title="Counties by policy"
        describedBy="cap"
        locale="en-US"
        label={(k) => k}
        monthName={(i) => monthAt(model, i)}
        readout={(i) => `month ${monthAt(model, i)}`}
        onPick={onPick}
        onStep={onStep}
      />,
    );
    return { onPick, onStep, view };
  };

  it('is a named slider whose value is the timeline month, with one band per category and a rule', () => {
    const { view } = setup(1);
    const slider = screen.getByRole('slider', { name: 'Counties by policy' });
    expect(slider.getAttribute('aria-valuetext')).toBe('2000-02');
    expect(view.container.querySelectorAll('path[data-key]')).toHaveLength(5);
    expect(view.container.querySelector('.chart__rule')!.getAttribute('data-index')).toBe('1');
    expect(screen.getByTestId('chart-readout').textContent).toBe('month 2000-02');
    const legend = view.container.querySelector('.chart__legend')!;
    expect(within(legend as HTMLElement).getByText('2', { selector: '.chart__legend-value' })).toBeDefined();
  });

  it('arrow keys step the timeline a month, Shift a year, Home/End to its ends; a click picks the month', () => {
    const { onStep, onPick } = setup();
    const slider = screen.getByRole('slider');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.keyDown(slider, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(slider, { key: 'Home' });
    fireEvent.keyDown(slider, { key: 'End' });
    expect(onStep.mock.calls.map((c) => c[0])).toEqual([1, -12, 'first', 'last']);
    fireEvent.click(slider, { clientX: 0 });
    expect(onPick).toHaveBeenCalledWith(0);
  });
});

describe('ChartSection', () => {
  beforeEach(() => {
    resetAppStore(initialData({ date: '2000-02-29', view: 'chart' }, '2000-03-31'));
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(fixtureSeries()))));
  });

  it('loads the series, switches to people and states, shows the table and moves the date', async () => {
    render(<ChartSection />);
    const slider = await screen.findByRole('slider', { name: 'Counties by policy toward ICE, each month' });
    expect(slider.getAttribute('aria-valuetext')).toBe('February 2000');
    fireEvent.click(screen.getByRole('checkbox', { name: 'People (residents)' }));
    expect(useAppStore.getState().people).toBe(true);
    expect(screen.getByText('96.1 million')).toBeDefined();
    expect(screen.getByText(/Puerto Rico is not included/)).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'States (own status)' }));
    expect(screen.getByRole('slider').getAttribute('aria-label')).toBe('People living in states under each policy toward ICE, each month');
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    act(() => void fireEvent.keyDown(screen.getByRole('slider'), { key: 'ArrowRight' }));
    expect(useAppStore.getState().date).toBe('2000-03-31');
  });

  it('draws at once, without a loading state, when the series is already loaded (the prefetch)', async () => {
    await loadSeries();
    render(<ChartSection />);
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('February 2000');
  });

  it('follows the map’s layer until a series is picked here', async () => {
    render(<ChartSection shown={false} />);
    await screen.findByRole('slider', { hidden: true });
    act(() => useAppStore.getState().setLayer('states'));
    expect(screen.getByRole('radio', { name: 'States (own status)', hidden: true })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: '287(g) agreements', hidden: true }));
    act(() => useAppStore.getState().setLayer('counties'));
    expect(screen.getByRole('radio', { name: '287(g) agreements', hidden: true })).toHaveProperty('checked', true);
  });

  it('ignores timeline steps while hidden and catches up when shown again', async () => {
    const { rerender } = render(<ChartSection shown />);
    const slider = await screen.findByRole('slider');
    rerender(<ChartSection shown={false} />);
    act(() => useAppStore.getState().setDate('2000-01-31'));
    expect(slider.getAttribute('aria-valuetext')).toBe('February 2000');
    rerender(<ChartSection shown />);
    expect(slider.getAttribute('aria-valuetext')).toBe('January 2000');
  });

  it('speaks Spanish, numbers in the es-US format', async () => {
    useAppStore.setState({ lang: 'es', people: true });
    render(<ChartSection />);
    await screen.findByRole('slider');
    expect(screen.getByText('96.1 millones')).toBeDefined();
    expect(screen.getByText(/Puerto Rico no está incluido/)).toBeDefined();
  });
});
