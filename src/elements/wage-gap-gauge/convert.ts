import { isPartialDate } from '../../feed/dates.js';
import { periodStartDay } from '../../feed/date-ranges.js';
import type { ExchangeRate, PartialDate, WagePeriod } from '../../feed/types.js';
import { isCurrencyCode } from './money.js';

/** A rate chosen for one conversion, with the record it came from (always shown to the reader). */
export interface ChosenRate {
  from: string;
  to: string;
  /** Multiply an amount in `from` by this to get `to`. */
  factor: number;
  /** The rate as supplied (1 `given.from` = `given.rate` `given.to`), which may be the inverse pair. */
  given: ExchangeRate;
}

function usableRate(r: unknown): r is ExchangeRate {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Partial<ExchangeRate>;
  return (
    isCurrencyCode(x.from) &&
    isCurrencyCode(x.to) &&
    typeof x.rate === 'number' &&
    Number.isFinite(x.rate) &&
    x.rate > 0 &&
    isPartialDate(x.date)
  );
}

/**
 * The rate for converting `from` → `to` at `date`: the supplied rate (either direction; an inverse one is
 * inverted) dated closest to `date`, the earlier one on a tie. Without a date, the most recent rate.
 * No chaining through a third currency: a conversion the page did not supply a rate for is not made.
 */
export function chooseRate(
  rates: readonly unknown[],
  from: string,
  to: string,
  date: PartialDate | undefined,
): ChosenRate | undefined {
  if (from === to) return undefined;
  let best: { r: ExchangeRate; distance: number; day: number } | undefined;
  for (const r of rates) {
    if (!usableRate(r)) continue;
    const direct = r.from === from && r.to === to;
    const inverse = r.from === to && r.to === from;
    if (!direct && !inverse) continue;
    const day = periodStartDay(r.date);
    const distance = date === undefined ? -day : Math.abs(day - periodStartDay(date));
    if (!best || distance < best.distance || (distance === best.distance && day < best.day)) {
      best = { r, distance, day };
    }
  }
  if (!best) return undefined;
  const r = best.r;
  return { from, to, factor: r.from === from ? r.rate : 1 / r.rate, given: r };
}

export interface WorkingTime {
  /** Working days in a month (26 unless the page says otherwise). */
  days: number;
  /** Working hours in a day (8 unless the page says otherwise). */
  hours: number;
}

/** How many of each period fit in a month. */
function perMonth(period: WagePeriod, time: WorkingTime): number {
  switch (period) {
    case 'hour':
      return time.days * time.hours;
    case 'day':
      return time.days;
    case 'week':
      return 52 / 12;
    case 'year':
      return 1 / 12;
    default:
      return 1;
  }
}

/** Converts an amount paid per `from` to the same pay per `to` (a month's pay is 26 days' pay, …). */
export function convertPeriod(amount: number, from: WagePeriod, to: WagePeriod, time: WorkingTime): number {
  if (from === to) return amount;
  return (amount * perMonth(from, time)) / perMonth(to, time);
}

/** Which working-time assumptions a period conversion between `from` and `to` relies on. */
export function periodAssumptions(from: WagePeriod, to: WagePeriod): { days: boolean; hours: boolean; weeks: boolean } {
  if (from === to) return { days: false, hours: false, weeks: false };
  const both = [from, to];
  return {
    days: both.includes('day') || both.includes('hour'),
    hours: both.includes('hour'),
    weeks: both.includes('week'),
  };
}
