import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { stringsFor } from '../i18n/strings';
import { fixtureStatusIndex } from '../testing/fixtures';
import { Timeline } from './Timeline';

const strings = stringsFor('en');
const today = '2025-06-15';

function Harness({ initial, onChange }: { initial: string; onChange?: (d: string) => void }) {
  const [date, setDate] = useState(initial);
  const index = fixtureStatusIndex();
  return (
    <Timeline
      date={date}
      today={today}
      changeDays={index.changeDays}
      events={index.events}
      onChange={(d) => {
        setDate(d);
        onChange?.(d);
      }}
    />
  );
}

const slider = () => screen.getByRole('slider', { name: strings.timelineLabel });

describe('Timeline', () => {
  it('is a labelled slider in month steps that names the exact day', () => {
    render(<Harness initial="2011-09-08" />);
    const input = slider();
    expect(input).toHaveProperty('min', '0');
    expect(input).toHaveProperty('max', String((2025 - 1979) * 12 + 5));
    expect(input).toHaveProperty('value', String((2011 - 1979) * 12 + 8));
    expect(input.getAttribute('aria-valuetext')).toBe('September 8, 2011');
    expect(screen.getByText(/Showing September 8, 2011/)).toBeDefined();
    expect(screen.getByText(/exact day from the link/)).toBeDefined();
  });

  it('moves a month with the arrows, a year with Page Up/Down, to the ends with Home/End', () => {
    const onChange = vi.fn();
    render(<Harness initial="2011-09-08" onChange={onChange} />);
    const input = slider();
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    expect(input.getAttribute('aria-valuetext')).toBe('October 31, 2011');
    expect(screen.queryByText(/exact day from the link/)).toBeNull();
    fireEvent.keyDown(input, { key: 'ArrowLeft' });
    fireEvent.keyDown(input, { key: 'ArrowLeft' });
    expect(input.getAttribute('aria-valuetext')).toBe('August 31, 2011');
    fireEvent.keyDown(input, { key: 'PageUp' });
    expect(input.getAttribute('aria-valuetext')).toBe('August 31, 2012');
    fireEvent.keyDown(input, { key: 'PageDown' });
    fireEvent.keyDown(input, { key: 'PageDown' });
    expect(input.getAttribute('aria-valuetext')).toBe('August 31, 2010');
    fireEvent.keyDown(input, { key: 'Home' });
    expect(input.getAttribute('aria-valuetext')).toBe('January 31, 1979');
    fireEvent.keyDown(input, { key: 'End' });
    expect(input.getAttribute('aria-valuetext')).toBe('June 15, 2025');
    expect(onChange).toHaveBeenLastCalledWith(today);
    expect(onChange).toHaveBeenCalledTimes(8);
  });

  it('does not move past the ends', () => {
    const onChange = vi.fn();
    render(<Harness initial={today} onChange={onChange} />);
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    fireEvent.keyDown(slider(), { key: 'End' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('follows pointer drags through the change event', () => {
    const onChange = vi.fn();
    render(<Harness initial={today} onChange={onChange} />);
    fireEvent.change(slider(), { target: { value: '0' } });
    expect(onChange).toHaveBeenCalledWith('1979-01-31');
  });

  it('lists events as one control that jumps to their day, and marks them on the track for the mouse', () => {
    const onChange = vi.fn();
    const { container } = render(<Harness initial={today} onChange={onChange} />);
    const picker = screen.getByRole('combobox', { name: strings.timelineEvents });
    const option = within(picker).getByRole('option', { name: 'January 25, 2017 · Executive Order 13768' });
    fireEvent.change(picker, { target: { value: option.getAttribute('value') } });
    expect(onChange).toHaveBeenLastCalledWith('2017-01-25');
    expect(slider().getAttribute('aria-valuetext')).toBe('January 25, 2017');
    // The marks are a picture for assistive technology (the list above is their equivalent)...
    const marks = container.querySelector('.timeline__events')!;
    expect(marks.getAttribute('aria-hidden')).toBe('true');
    expect(marks.querySelector('button, [tabindex]')).toBeNull();
    // ...and a mouse can still click one, with its label in the tooltip.
    onChange.mockClear();
    const mark = container.querySelector('[data-event]')!;
    expect(mark.textContent).toContain('Executive Order 13768');
    fireEvent.click(mark);
    expect(onChange).toHaveBeenCalled();
  });

  it('draws a tick for each month with a status change', () => {
    const { container } = render(<Harness initial={today} />);
    const path = container.querySelector('.timeline__ticks path')?.getAttribute('d') ?? '';
    expect(path.match(/M/g)).toHaveLength(6);
  });

  it('jumps back to today', () => {
    const onChange = vi.fn();
    render(<Harness initial="2000-01-31" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: strings.jumpToTodayLabel }));
    expect(onChange).toHaveBeenCalledWith(today);
  });
});
