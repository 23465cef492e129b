/**
 * Date expressions in a sentence, resolved against the document's published date.
 *
 * Every expression becomes an inclusive range of days plus the precision the text stated. "on
 * December 24" in a piece from January 2014 is 2013-12-24; "in early January" is 2014-01 (month
 * precision: the text names no day); "yesterday" seen from a piece dated only "2014-01" is somewhere
 * in January at best. No day and no year is ever invented: what cannot be known stays a range, and
 * the caller decides whether a range fits a partial date (calendar.ts `containingDate`).
 */
import {
  dayNumber, daysInMonth, isValidDay, monthRange, weekday, yearRange, ymd, type DayRange,
} from './calendar.js';

export type Stated = 'day' | 'week' | 'month' | 'year';

export interface DateExpr {
  start: number;
  end: number;
  text: string;
  spec: DateSpec;
}

type Part = 'early' | 'mid' | 'late';
export type DateSpec =
  | { t: 'abs'; y: number; m?: number; d?: number; d2?: number; part?: Part }
  | { t: 'dm'; m: number; d: number; d2?: number; explicitToday?: boolean }
  | { t: 'month'; m: number; part?: Part; rel?: 'last' | 'this' | 'next' }
  | { t: 'deictic'; offset: number; night?: boolean }
  | { t: 'period'; unit: 'week' | 'month' | 'year' | 'weekend'; rel: 'last' | 'this' | 'next' | 'earlier' | 'later' | 'past' }
  | { t: 'weekday'; wd: number; rel?: 'last' | 'this' | 'next' }
  | { t: 'chain'; days: number; unit: 'day' | 'week' };

export interface ResolvedDate extends DayRange {
  stated: Stated;
  /** Depends on the first possible publication day ("yesterday", "last week"), not only on its last. */
  deictic: boolean;
  /** An explicit span ("2 and 3 January") or a bounded "between" range. */
  span?: boolean;
  text: string;
  notes: string[];
}

export interface DateContext {
  /** The days on which the document may have been published (one day when its date is exact). */
  published?: DayRange & { stated: Stated };
  /** The previous date the narrative mentioned, for "the following day". */
  previous?: ResolvedDate;
  /** The sentence speaks of the future ("will", "is set to"). */
  future: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WORD_NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// Month names are matched case-sensitively (capitalised) so "may" and "march" stay verbs and nouns.
const MON =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])';
const DAY = '((?:[12]\\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const RANGE = `(?:\\s*(?:-|–|and|to)\\s*${DAY})?`;
const PART = '(early|mid|late|[Ee]arly|[Mm]id|[Ll]ate|the end of|[Tt]he end of|the beginning of|[Tt]he beginning of|the start of|[Tt]he start of|the middle of|[Tt]he middle of)';

const month = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')];
function part(s: string | undefined): Part | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase();
  return t.startsWith('early') || t.includes('beginning') || t.includes('start') ? 'early'
    : t.startsWith('mid') || t.includes('middle') ? 'mid' : 'late';
}
const relOf = (s: string): 'last' | 'this' | 'next' => (s.toLowerCase() === 'last' ? 'last' : s.toLowerCase() === 'next' ? 'next' : 'this');

interface Pattern {
  re: RegExp;
  build(m: RegExpExecArray): DateSpec | null;
}

const PATTERNS: Pattern[] = [
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, build: (m) => ({ t: 'abs', y: +m[1], m: +m[2], d: +m[3] }) },
  { re: new RegExp(`\\b${DAY}${RANGE}\\s+(?:of\\s+)?${MON},?\\s+${YEAR}\\b`, 'g'),
    build: (m) => ({ t: 'abs', y: +m[4], m: month(m[3]), d: +m[1], d2: m[2] ? +m[2] : undefined }) },
  { re: new RegExp(`\\b${MON}\\s+${DAY}${RANGE},?\\s+${YEAR}\\b`, 'g'),
    build: (m) => ({ t: 'abs', y: +m[4], m: month(m[1]), d: +m[2], d2: m[3] ? +m[3] : undefined }) },
  { re: new RegExp(`\\b(?:${PART}[\\s-]+)?${MON},?\\s+${YEAR}\\b`, 'g'),
    build: (m) => ({ t: 'abs', y: +m[3], m: month(m[2]), part: part(m[1]) }) },
  { re: new RegExp(`\\b[Tt]oday\\s*\\(\\s*(?:${DAY}\\s+${MON}|${MON}\\s+${DAY})\\s*\\)`, 'g'),
    build: (m) => ({ t: 'dm', m: month(m[2] ?? m[3]), d: +(m[1] ?? m[4]), explicitToday: true }) },
  { re: new RegExp(`\\b${DAY}${RANGE}\\s+(?:of\\s+)?${MON}`, 'g'),
    build: (m) => ({ t: 'dm', m: month(m[3]), d: +m[1], d2: m[2] ? +m[2] : undefined }) },
  { re: new RegExp(`\\b${MON}\\s+${DAY}${RANGE}\\b(?!,?\\s*\\d)`, 'g'),
    build: (m) => ({ t: 'dm', m: month(m[1]), d: +m[2], d2: m[3] ? +m[3] : undefined }) },
  { re: new RegExp(`\\b(?:([Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hroughout|[Ff]rom|[Ll]ast|[Tt]his|[Nn]ext)\\s+)?(?:${PART}[\\s-]+)?${MON}`, 'g'),
    build: (m) => {
      if (!m[1] && !m[2]) return null; // a bare "May" or "March" is too often a verb or a noun
      const rel = m[1] && /^(last|this|next)$/i.test(m[1]) ? relOf(m[1]) : undefined;
      return { t: 'month', m: month(m[3]), part: part(m[2]), rel };
    } },
  { re: new RegExp(`\\b(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Tt]hroughout|[Bb]y|[Uu]ntil)\\s+)(?:${PART}[\\s-]+)?${YEAR}\\b(?![-,]\\d)`, 'g'),
    build: (m) => ({ t: 'abs', y: +m[2] }) },
  { re: /\b[Tt]he day before yesterday\b/g, build: () => ({ t: 'deictic', offset: -2 }) },
  { re: /\b[Tt]he day after tomorrow\b/g, build: () => ({ t: 'deictic', offset: 2 }) },
  { re: /\b(?:[Ee]arlier |[Ll]ater )?([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Tt]his (?:morning|afternoon|evening)|[Ll]ast night)\b/g,
    build: (m) => {
      const w = m[1].toLowerCase();
      if (w === 'yesterday') return { t: 'deictic', offset: -1 };
      if (w === 'tomorrow') return { t: 'deictic', offset: 1 };
      if (w === 'last night') return { t: 'deictic', offset: -1, night: true };
      return { t: 'deictic', offset: 0 };
    } },
  { re: /\b([Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this|[Tt]he past)\s+(week|month|year|weekend)\b/g,
    build: (m) => {
      const r = m[1].toLowerCase();
      const rel = r === 'earlier this' ? 'earlier' : r === 'later this' ? 'later' : r === 'the past' ? 'past' : relOf(r);
      return { t: 'period', unit: m[2] as 'week', rel };
    } },
  { re: /\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Oo]n)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    build: (m) => ({ t: 'weekday', wd: WEEKDAYS.indexOf(m[2]), rel: m[1] && !/^on$/i.test(m[1]) ? relOf(m[1]) : undefined }) },
  { re: /\b(?:[Tt]he\s+|[Oo]n\s+the\s+)?(following|next|previous|same)\s+(day|morning|afternoon|evening|night|week)\b/g,
    build: (m) => {
      const dir = m[1].toLowerCase();
      const days = dir === 'same' ? 0 : dir === 'previous' ? -1 : 1;
      return m[2] === 'week' ? { t: 'chain', days: days * 7, unit: 'week' } : { t: 'chain', days, unit: 'day' };
    } },
  { re: /\b[Tt]he\s+day\s+(before|after)\b(?!\s+(?:yesterday|tomorrow))/g,
    build: (m) => ({ t: 'chain', days: m[1] === 'before' ? -1 : 1, unit: 'day' }) },
  { re: /\b(?:[Oo]n\s+|[Ll]ater\s+|[Ee]arlier\s+)?that\s+(?:same\s+)?(day|morning|afternoon|evening|night)\b/g,
    build: () => ({ t: 'chain', days: 0, unit: 'day' }) },
  { re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|earlier)\b/gi,
    build: (m) => {
      const n = WORD_NUM[m[1].toLowerCase()] ?? Number(m[1]);
      const sign = m[3].toLowerCase() === 'later' ? 1 : -1;
      return m[2].toLowerCase().startsWith('week') ? { t: 'chain', days: sign * 7 * n, unit: 'week' } : { t: 'chain', days: sign * n, unit: 'day' };
    } },
];

/** Every date expression in a sentence, left to right, longest match first where two overlap. */
export function findDates(text: string): DateExpr[] {
  const found: DateExpr[] = [];
  PATTERNS.forEach((p) => {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const spec = p.build(m);
      if (spec) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], spec });
      if (m[0].length === 0) p.re.lastIndex++;
    }
  });
  // The longest reading wins ("June 2014" over "In June"), then the earliest.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: DateExpr[] = [];
  for (const e of found) {
    if (out.some((o) => e.start < o.end && o.start < e.end)) continue;
    out.push(e);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Does the sentence speak of something still to come? Then "December 24" is the next one, not the last. */
export function isFutureSentence(text: string): boolean {
  return /\b(?:will|shall|(?:is|are) (?:set|due|expected|scheduled|planned|going) to|plans? to|upcoming|(?:is|are) to be|approaches|approaching)\b/i.test(text);
}

function partRange(y: number, m: number, p: Part | undefined): DayRange {
  const r = monthRange(y, m);
  if (!p) return r;
  const last = daysInMonth(y, m);
  if (p === 'early') return { lo: dayNumber(y, m, 1), hi: dayNumber(y, m, 10) };
  if (p === 'mid') return { lo: dayNumber(y, m, 11), hi: dayNumber(y, m, 20) };
  return { lo: dayNumber(y, m, 21), hi: dayNumber(y, m, last) };
}

const monthIndex = (day: number): number => {
  const [y, m] = ymd(day);
  return y * 12 + (m - 1);
};
const monthOfIndex = (i: number): [number, number] => [Math.floor(i / 12), (i % 12) + 1];

/**
 * Resolves one expression. Returns a range and what was stated, or a reason why it cannot be known
 * (no published date for "yesterday", no previous date for "the following day", an impossible day).
 */
export function resolveDate(expr: DateExpr, ctx: DateContext): ResolvedDate | { unresolved: string } {
  const s = expr.spec;
  const pub = ctx.published;
  const make = (r: DayRange, stated: Stated, deictic: boolean, notes: string[] = [], span = false): ResolvedDate =>
    ({ lo: r.lo, hi: r.hi, stated, deictic, text: expr.text, notes, span: span || undefined });
  const noPub = { unresolved: `"${expr.text}" needs the document's published date, which is unknown` };
  switch (s.t) {
    case 'abs': {
      if (s.m === undefined) return make(yearRange(s.y), 'year', false);
      if (s.d === undefined) return make(partRange(s.y, s.m, s.part), 'month', false);
      if (!isValidDay(s.y, s.m, s.d) || (s.d2 !== undefined && !isValidDay(s.y, s.m, s.d2))) {
        return { unresolved: `"${expr.text}" is not a calendar date` };
      }
      const lo = dayNumber(s.y, s.m, s.d);
      const hi = s.d2 !== undefined && s.d2 > s.d ? dayNumber(s.y, s.m, s.d2) : lo;
      return make({ lo, hi }, 'day', false, [], hi > lo);
    }
    case 'dm': {
      if (!pub) return { unresolved: `"${expr.text}" names no year and the document's published date is unknown` };
      const d2 = s.d2 !== undefined && s.d2 > s.d ? s.d2 : s.d;
      const pick = (y: number): DayRange | null =>
        isValidDay(y, s.m, s.d) && isValidDay(y, s.m, d2) ? { lo: dayNumber(y, s.m, s.d), hi: dayNumber(y, s.m, d2) } : null;
      const notes: string[] = [];
      let r: DayRange | null;
      if (ctx.future && !s.explicitToday) {
        let y = ymd(pub.lo)[0];
        r = pick(y);
        if (r && r.hi < pub.lo) r = pick(++y);
      } else {
        let y = ymd(pub.hi)[0];
        r = pick(y);
        if (r && r.lo > pub.hi) r = pick(--y);
        if (r && r.lo >= pub.lo && pub.hi > pub.lo) {
          notes.push(`"${expr.text}": year taken as ${ymd(r.lo)[0]}, assuming the document was published on or after that day`);
        }
      }
      if (!r) return { unresolved: `"${expr.text}" is not a calendar date in the year it must belong to` };
      return make(r, 'day', false, notes, r.hi > r.lo);
    }
    case 'month': {
      if (!pub) return { unresolved: `"${expr.text}" names no year and the document's published date is unknown` };
      const pubFirst = monthIndex(pub.lo);
      const pubLast = monthIndex(pub.hi);
      let idx: number;
      if (s.rel === 'last') {
        idx = Math.floor((pubFirst - 1 - (s.m - 1)) / 12) * 12 + (s.m - 1);
      } else if (s.rel === 'next' || (ctx.future && s.rel !== 'this')) {
        idx = Math.ceil((pubFirst + (s.rel === 'next' ? 1 : 0) - (s.m - 1)) / 12) * 12 + (s.m - 1);
      } else if (s.rel === 'this') {
        idx = ymd(pub.lo)[0] * 12 + (s.m - 1);
      } else {
        idx = Math.floor((pubLast - (s.m - 1)) / 12) * 12 + (s.m - 1);
      }
      const [y, m] = monthOfIndex(idx);
      return make(partRange(y, m, s.part), 'month', false);
    }
    case 'deictic': {
      if (!pub) return noPub;
      const notes = pub.hi > pub.lo ? [`"${expr.text}" seen from a published date known only to the ${pub.stated}: the day is not known`] : [];
      return make({ lo: pub.lo + s.offset - (s.night ? 0 : 0), hi: pub.hi + s.offset + (s.night ? 1 : 0) }, 'day', true, notes);
    }
    case 'period': {
      if (!pub) return noPub;
      const ws = (d: number): number => d - weekday(d);
      if (s.unit === 'week' || s.unit === 'weekend') {
        let r: DayRange;
        if (s.rel === 'past') r = { lo: pub.lo - 7, hi: pub.hi };
        else {
          const k = s.rel === 'last' ? -7 : s.rel === 'next' ? 7 : 0;
          r = s.unit === 'weekend'
            ? { lo: ws(pub.lo) + k + 5, hi: ws(pub.hi) + k + 6 }
            : { lo: ws(pub.lo) + k, hi: ws(pub.hi) + k + 6 };
          if (s.rel === 'earlier') r = { lo: ws(pub.lo), hi: pub.hi };
          if (s.rel === 'later') r = { lo: pub.lo, hi: ws(pub.hi) + 6 };
        }
        return make(r, 'week', true);
      }
      const unitMonths = s.unit === 'year' ? 12 : 1;
      const [a, b] = s.unit === 'year'
        ? [ymd(pub.lo)[0] * 12, ymd(pub.hi)[0] * 12 + 11]
        : [monthIndex(pub.lo), monthIndex(pub.hi)];
      const k = s.rel === 'last' ? -unitMonths : s.rel === 'next' ? unitMonths : 0;
      const [y1, m1] = monthOfIndex(a + k);
      const [y2, m2] = monthOfIndex(b + k);
      let r: DayRange = { lo: monthRange(y1, m1).lo, hi: monthRange(y2, m2).hi };
      if (s.rel === 'earlier') r = { lo: r.lo, hi: pub.hi };
      if (s.rel === 'later') r = { lo: pub.lo, hi: r.hi };
      if (s.rel === 'past') r = { lo: pub.lo - (s.unit === 'year' ? 365 : 31), hi: pub.hi };
      return make(r, s.unit === 'year' ? 'year' : 'month', true);
    }
    case 'weekday': {
      if (!pub) return noPub;
      const latestOnOrBefore = (d: number): number => d - ((weekday(d) - s.wd + 7) % 7);
      const earliestOnOrAfter = (d: number): number => d + ((s.wd - weekday(d) + 7) % 7);
      let r: DayRange;
      if (s.rel === 'next' || (ctx.future && s.rel !== 'last')) r = { lo: earliestOnOrAfter(pub.lo + 1), hi: earliestOnOrAfter(pub.hi + 1) };
      else if (s.rel === 'last') r = { lo: latestOnOrBefore(pub.lo - 1), hi: latestOnOrBefore(pub.hi - 1) };
      else r = { lo: latestOnOrBefore(pub.lo), hi: latestOnOrBefore(pub.hi) };
      return make(r, 'day', true);
    }
    case 'chain': {
      const prev = ctx.previous;
      if (!prev) return { unresolved: `"${expr.text}" refers to an earlier date that the text does not give` };
      if (s.unit === 'week') {
        const wsLo = prev.lo - weekday(prev.lo);
        const wsHi = prev.hi - weekday(prev.hi);
        return make({ lo: wsLo + s.days, hi: wsHi + s.days + 6 }, 'week', prev.deictic);
      }
      const stated: Stated = prev.stated === 'day' ? 'day' : prev.stated;
      return make({ lo: prev.lo + s.days, hi: prev.hi + s.days }, stated, prev.deictic, [], false);
    }
  }
}
