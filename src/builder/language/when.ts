/**
 * Date mentions in a sentence, found by chrono-node and resolved against the document's published
 * date. chrono reads the expression ("on Tuesday", "Feb. 20", "last month, on October 24",
 * "yesterday (November 24)"); this module decides what the text really fixes:
 *
 * - the precision is what chrono marks as certain: a day only when the text gives a day (or a
 *   weekday, checked against the calendar), a month when it names only a month;
 * - a day or month without a year takes the year that puts it on or before publication (after it
 *   when the sentence speaks of the future);
 * - "last week", "two weeks ago", "earlier this week" fix only the month, and only when the whole
 *   window lies inside one month;
 * - a year alone, a duration ("for three months"), a time of day, and a day counted from another
 *   event ("a week later") fix nothing.
 */
import * as chrono from 'chrono-node/en';
import { dayNumber, daysInMonth, monthRange, weekday, ymd, type DayRange } from './calendar.js';

export type Stated = 'day' | 'week' | 'month' | 'year';

/** A date as an inclusive range of days and the precision the text stated. */
export interface ResolvedDate extends DayRange {
  stated: Stated;
  /** Counted from the publication day ("yesterday", "last week", "on Monday"). */
  deictic: boolean;
  /** An explicit span or a bounded "between" range. */
  span?: boolean;
  /** The range only bounds a day the text does not give (not a span the event lasted). */
  within?: boolean;
  text: string;
  notes: string[];
}

export interface DateMention extends ResolvedDate {
  start: number;
  end: number;
}

export interface WhenContext {
  /** The days on which the document may have been published. */
  published?: DayRange & { stated: Stated };
  /** The sentence speaks of what is to come ("will", "is due to", "planned"). */
  future: boolean;
}

/** Cheap gate: chrono only runs on sentences that could hold a date. */
const MAY_HOLD_DATE =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|yesterday|weeks?|months?|evening|morning|night)\b/i;
const MONTH_NAME = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const RELATIVE_TO_EVENT = /\b(?:later|earlier|after|before|following)\b/i;
const DURATION = /^(?:for|within|in)\s+(?:the\s+)?(?:next|past\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s/i;
const WEEK_WINDOW = /\bweeks?\b/i;
const MONTH_WORD = /\bmonth\b/i;
const DEICTIC_DAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night)\b/i;

const REF_HOUR = 12;

function refDate(day: number): Date {
  const [y, m, d] = ymd(day);
  const date = new Date(Date.UTC(2000, m - 1, d, REF_HOUR));
  date.setUTCFullYear(y);
  return date;
}

function dayOf(date: Date): number {
  return dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The year for a month (and day) the text gives without one, as seen from `ref`. */
function pickYear(m: number, d: number | undefined, ref: DayRange, future: boolean): number {
  const [ry] = ymd(ref.hi);
  const candidates = [ry - 1, ry, ry + 1];
  const dayIn = (y: number): number => dayNumber(y, m, Math.min(d ?? 1, daysInMonth(y, m)));
  if (future) return candidates.find((y) => (d ? dayIn(y) : monthRange(y, m).hi) >= ref.lo) ?? ry;
  // On or before publication; a week's grace for pieces whose date is the upload day.
  const past = candidates.filter((y) => dayIn(y) <= ref.hi + 7);
  return past.length ? past[past.length - 1] : ry - 1;
}

function inOneMonth(lo: number, hi: number): DayRange | undefined {
  const [y1, m1] = ymd(lo);
  const [y2, m2] = ymd(hi);
  return y1 === y2 && m1 === m2 ? monthRange(y1, m1) : undefined;
}

/** Every date the sentence fixes, left to right. */
export function findDateMentions(text: string, ctx: WhenContext): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const pub = ctx.published;
  const ref = pub ? refDate(pub.hi) : new Date(Date.UTC(2000, 0, 1, REF_HOUR));
  const out: DateMention[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  for (const r of results) {
    const m = resolve(r, text, ctx);
    if (m) out.push(m);
  }
  return out;
}

function resolve(r: chrono.ParsedResult, text: string, ctx: WhenContext): DateMention | undefined {
  const pub = ctx.published;
  const s = r.start;
  const phrase = r.text;
  const start = r.index;
  const end = r.index + phrase.length;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 20);
  const base = { start, end, text: phrase, notes: [] as string[] };
  const has = (k: chrono.Component): boolean => s.isCertain(k);
  // "now", "currently": the time of writing, no date of an event.
  if (/^(?:now|right now|currently|at present)$/i.test(phrase.trim())) return undefined;
  if (DURATION.test(`${before.split(/\s/).slice(-2).join(' ')} ${phrase}`.trim()) || /^for\s/i.test(phrase)) return undefined;

  // "yesterday", "today", "this evening": a day counted from publication.
  if (DEICTIC_DAY.test(phrase) && !has('month')) {
    if (!pub) return undefined;
    const offset = /yesterday|last\s+night/i.test(phrase) ? -1 : 0;
    return { ...base, lo: pub.lo + offset, hi: pub.hi + offset, stated: 'day', deictic: true };
  }
  if (/yesterday|today|tonight|last\s+night/i.test(phrase) && has('month')) {
    // chrono marks "yesterday" certain; it is only as certain as the published date.
    if (!pub) return undefined;
    const offset = /yesterday|last\s+night/i.test(phrase) ? -1 : 0;
    return { ...base, lo: pub.lo + offset, hi: pub.hi + offset, stated: 'day', deictic: true };
  }
  // Week windows: the month at best, when the whole window lies in one month.
  if (WEEK_WINDOW.test(phrase)) {
    if (!pub || RELATIVE_TO_EVENT.test(phrase)) return undefined;
    const monday = (d: number): number => d - weekday(d);
    let lo: number;
    let hi: number;
    const ago = /\b(\w+)\s+weeks?\s+ago\b/i.exec(phrase);
    if (ago) {
      const n = { a: 1, one: 1, two: 2, three: 3, four: 4 }[ago[1].toLowerCase()] ?? Number(ago[1]);
      if (!Number.isFinite(n)) return undefined;
      lo = pub.lo - 7 * n - 3;
      hi = pub.hi - 7 * n + 3;
    } else if (/\blast\s+week\b/i.test(phrase)) {
      lo = monday(pub.lo) - 7;
      hi = monday(pub.hi) - 1;
    } else if (/\bpast\s+week\b/i.test(phrase)) {
      lo = pub.lo - 7;
      hi = pub.hi;
    } else if (/\bthis\s+week\b/i.test(phrase)) {
      lo = monday(pub.lo);
      hi = pub.hi;
    } else return undefined;
    const month = inOneMonth(lo, hi);
    return month ? { ...base, ...month, stated: 'month', deictic: true } : undefined;
  }
  if (MONTH_WORD.test(phrase) && !has('day')) {
    // "last month", "this month".
    if (!pub || RELATIVE_TO_EVENT.test(phrase) || !/\b(?:last|this|past)\b/i.test(phrase)) return undefined;
    const d = s.date();
    return { ...base, ...monthRange(d.getUTCFullYear(), d.getUTCMonth() + 1), stated: 'month', deictic: true };
  }
  // "a day earlier", "a week later": counted from another event, not from publication (extract.ts).
  if (RELATIVE_TO_EVENT.test(phrase) && !/\d/.test(phrase) && !MONTH_NAME.test(phrase)) return undefined;
  if (/\bago\b/i.test(phrase)) return undefined;

  if (has('day')) {
    let m = s.get('month')!;
    let d = s.get('day')!;
    // "06/08/2010": chrono reads month first; where both readings are dates, the one that falls on
    // or just before publication is the one the publisher meant.
    const numeric = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}$/.exec(phrase.trim());
    if (numeric && pub && d <= 12 && m <= 12 && d !== m && has('year')) {
      const y0 = s.get('year')!;
      const asRead = dayNumber(y0, m, d);
      const swapped = dayNumber(y0, d, m);
      const gap = (x: number): number => (x <= pub.hi ? pub.hi - x : Infinity);
      if (gap(swapped) < gap(asRead)) [m, d] = [d, m];
    }
    let y = has('year') ? s.get('year')! : undefined;
    if (y === undefined) {
      if (!pub) return undefined;
      y = pickYear(m, d, pub, ctx.future);
    }
    if (d < 1 || d > daysInMonth(y, m)) return undefined;
    const day = dayNumber(y, m, d);
    // "on 2 and 3 January", "2-3 January": two days, stated as such.
    const pair = /(?:^|\s)(\d{1,2})(?:\s+and\s+|\s*[-–]\s*)$/.exec(before);
    if (pair && /^\d/.test(phrase) && Number(pair[1]) < d) {
      const first = dayNumber(y, m, Number(pair[1]));
      return { ...base, start: start - pair[0].trimStart().length, lo: first, hi: day, stated: 'day', deictic: false, span: true };
    }
    return { ...base, lo: day, hi: day, stated: 'day', deictic: false };
  }
  if (has('month')) {
    // A month name on its own must be written as a name ("in March", not "a five-day march").
    if (!MONTH_NAME.test(phrase.replace(/^(?:in|since|on|by|from|of|during|early|late|mid-?)\s+/i, '')) &&
      !/^\d/.test(phrase)) return undefined;
    const word = /[A-Za-z]+/.exec(phrase.replace(/^(?:in|since|on|by|from|of|during|early|late|mid-?|last|this)\s+/i, ''))?.[0] ?? '';
    if (!/^[A-Z]/.test(word)) return undefined;
    const m = s.get('month')!;
    let y = has('year') ? s.get('year')! : undefined;
    // "in April last year", "in March this year".
    const rel = /^\s+(?:of\s+)?(last|this|next)\s+year\b/i.exec(after)?.[1]?.toLowerCase();
    if (y === undefined && rel && pub) y = ymd(pub.hi)[0] + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    if (y === undefined) {
      if (!pub) return undefined;
      y = pickYear(m, undefined, pub, ctx.future);
    }
    return { ...base, ...monthRange(y, m), stated: 'month', deictic: false };
  }
  if (has('weekday') && !has('month')) {
    if (!pub || /deadline/i.test(after)) return undefined;
    const wd = s.get('weekday')!; // 0 = Sunday
    const want = (wd + 6) % 7; // calendar.ts: 0 = Monday
    const last = /\blast\b/i.test(phrase);
    const next = /\bnext\b/i.test(phrase) || ctx.future;
    const pick = (from: number): number => {
      if (next) {
        let d = from;
        while (weekday(d) !== want) d++;
        return d;
      }
      let d = last ? from - 1 : from;
      while (weekday(d) !== want) d--;
      return d;
    };
    const lo = pick(pub.lo);
    const hi = pick(pub.hi);
    if (hi - lo > 6) {
      // A piece dated only by month: the weekday fixes nothing finer than the month, if that.
      const month = inOneMonth(lo, hi);
      return month ? { ...base, ...month, stated: 'month', deictic: true } : undefined;
    }
    return { ...base, lo, hi, stated: lo === hi ? 'day' : 'week', deictic: true };
  }
  return undefined;
}
