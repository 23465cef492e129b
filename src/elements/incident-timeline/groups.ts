import type { TimelineEvent } from './model.js';

/** A run of events in one month (or, for events dated only to a year, the year itself). */
export interface MonthGroup {
  /** `2014-01`, or `2014` for the events whose sources give only the year. */
  key: string;
  /** Index range [start, end) in the list that was grouped. */
  start: number;
  end: number;
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
  start: number;
  end: number;
}

/**
 * Groups a date-sorted slice `[from, to)` of `events` by year and month. Events known only to the
 * year sort at the start of their year, so they form the year's first group. Used on the visible
 * window of a long list too: a window that starts inside a month yields that month's group, so its
 * heading stays on screen (sticky) while the reader scrolls through it.
 */
export function groupByYearMonth(events: readonly TimelineEvent[], from = 0, to = events.length): YearGroup[] {
  const years: YearGroup[] = [];
  let year: YearGroup | undefined;
  let month: MonthGroup | undefined;
  for (let i = from; i < to; i++) {
    const e = events[i];
    if (!year || year.year !== e.year) {
      year = { year: e.year, months: [], start: i, end: i };
      years.push(year);
      month = undefined;
    }
    if (!month || month.key !== e.month) {
      month = { key: e.month, start: i, end: i };
      year.months.push(month);
    }
    month.end = i + 1;
    year.end = i + 1;
  }
  return years;
}

/** True when event `i` opens a new month group (or year group) in the full list. */
export function startsGroup(events: readonly TimelineEvent[], i: number): 'year' | 'month' | false {
  if (i === 0) return 'year';
  const a = events[i - 1];
  const b = events[i];
  if (a.year !== b.year) return 'year';
  if (a.month !== b.month) return 'month';
  return false;
}
