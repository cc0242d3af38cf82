/**
 * The timeline's logic, without a DOM: months from the first month of the data (1979-01) to the
 * current month; stepping, clamping and snapping; keyboard keys to dates.
 *
 * The slider moves in whole months, but the map always shows one exact day. A month on the slider
 * stands for its LAST day (capped at today), so a change marked in a month's tick is already
 * visible when the slider sits on that month, and the current month shows today. A date that came
 * from a link (date=2011-09-08) is kept to the day until the user moves the slider.
 */
import { TIMELINE_START } from '../domain/dataset';
import { daysInMonth, type IsoDay, monthIndex, pad2 } from '../domain/dates';

export class TimelineController {
  /** Month index (year * 12 + month - 1) of the first and last months on the slider. */
  readonly firstMonth: number;
  readonly lastMonth: number;

  constructor(
    /** The last day the timeline reaches. */
    readonly today: IsoDay,
    /** The first day the timeline reaches. */
    readonly start: IsoDay = TIMELINE_START,
  ) {
    this.firstMonth = monthIndex(start);
    this.lastMonth = Math.max(this.firstMonth, monthIndex(today));
  }

  /** Number of slider positions minus one (the range input's max). */
  get maxValue(): number {
    return this.lastMonth - this.firstMonth;
  }

  clampDay(day: IsoDay): IsoDay {
    if (day < this.start) return this.start;
    if (day > this.today) return this.today;
    return day;
  }

  clampMonth(month: number): number {
    return Math.min(this.lastMonth, Math.max(this.firstMonth, Math.round(month)));
  }

  /** The day the map shows when the slider sits on `month`: its last day, capped at today. */
  dayForMonth(month: number): IsoDay {
    const m = this.clampMonth(month);
    const year = Math.floor(m / 12);
    const monthOfYear = (m % 12) + 1;
    return this.clampDay(`${year}-${pad2(monthOfYear)}-${pad2(daysInMonth(year, monthOfYear))}`);
  }

  monthOf(day: IsoDay): number {
    return this.clampMonth(monthIndex(this.clampDay(day)));
  }

  /** The month-step day for the month containing `day`. */
  snap(day: IsoDay): IsoDay {
    return this.dayForMonth(this.monthOf(day));
  }

  /** True when `day` is what the slider shows for its month (so a month is enough to name it). */
  isSnapped(day: IsoDay): boolean {
    return this.snap(day) === day;
  }

  /** Move by whole months from the month containing `day`. */
  step(day: IsoDay, months: number): IsoDay {
    return this.dayForMonth(this.monthOf(day) + months);
  }

  sliderValue(day: IsoDay): number {
    return this.monthOf(day) - this.firstMonth;
  }

  dayForSliderValue(value: number): IsoDay {
    return this.dayForMonth(this.firstMonth + value);
  }

  /** Where a day sits along the track, 0 (first month) to 1 (last month). */
  position(day: IsoDay): number {
    const max = this.maxValue;
    return max === 0 ? 0 : this.sliderValue(day) / max;
  }

  /**
   * The day a key press moves to, or undefined for keys the timeline does not handle.
   * Arrows: a month; Page Up/Down: a year; Home/End: the ends.
   */
  dayForKey(key: string, day: IsoDay): IsoDay | undefined {
    switch (key) {
      case 'ArrowRight':
      case 'ArrowUp':
        return this.step(day, 1);
      case 'ArrowLeft':
      case 'ArrowDown':
        return this.step(day, -1);
      case 'PageUp':
        return this.step(day, 12);
      case 'PageDown':
        return this.step(day, -12);
      case 'Home':
        return this.dayForMonth(this.firstMonth);
      case 'End':
        return this.dayForMonth(this.lastMonth);
      default:
        return undefined;
    }
  }

  /** Distinct slider values (months) in which at least one of `days` falls, within the timeline. */
  tickValues(days: readonly IsoDay[]): number[] {
    const values = new Set<number>();
    for (const day of days) {
      if (day < this.start || day > this.today) continue;
      values.add(monthIndex(day) - this.firstMonth);
    }
    return [...values].sort((a, b) => a - b);
  }
}
