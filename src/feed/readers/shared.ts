import { DAY_MS, dayNumber, datePrecision, isPartialDate, isRfc3339, isValidDay } from '../dates.js';
import type { FeedProblem } from '../validate.js';
import type { DatePrecision, PartialDate } from '../types.js';
import { safeHttpUrl } from '../urls.js';
import { roughHtmlToText, type HtmlToText } from './text.js';

/** What every reader may be told about where its input came from. */
export interface ReaderOptions {
  /** Absolute URL the document was fetched from (after redirects); relative links resolve against it. */
  baseUrl?: string;
  /** HTML → plain text. The runtime passes a `DOMParser`-based one; the default strips tags roughly. */
  htmlToText?: HtmlToText;
  /** Clock for `_campaign.generated` of converted feeds (tests pin it). */
  now?: () => Date;
}

/** A reader's output: a document in the project's feed shape, not yet checked, and what it had to fix. */
export interface ReaderResult {
  feed: Record<string, unknown>;
  /** Things the reader changed or could not map (renamed duplicate ids, features it cannot place…). */
  problems: FeedProblem[];
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A trimmed non-empty string, or undefined. Numbers become strings (ids are often numbers). */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** The longest text any field keeps (the contract's limit is 100,000 characters). */
export const MAX_FIELD = 100_000;

export function htmlText(opts: ReaderOptions, html: unknown): string | undefined {
  const s = typeof html === 'string' ? html : undefined;
  if (!s || s.trim() === '') return undefined;
  const text = (opts.htmlToText ?? roughHtmlToText)(s.length > 4 * MAX_FIELD ? s.slice(0, 4 * MAX_FIELD) : s);
  return text === '' ? undefined : text;
}

/** http(s) URL resolved against `base`, or undefined (and the caller notes the problem if it matters). */
export function resolveUrl(value: unknown, base?: string): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  return safeHttpUrl(s, base && safeHttpUrl(base) ? base : undefined);
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // Generators that localise RFC 822 dates (seen in Portuguese, Spanish, French, German, Italian feeds).
  fev: 2, abr: 4, mai: 5, ago: 8, set: 9, out: 10, dez: 12, ene: 1, dic: 12, gen: 1, mag: 5, giu: 6, lug: 7,
  ott: 10, okt: 10, mär: 3, mrz: 3, fév: 2, avr: 4, jui: 7, aoû: 8, déc: 12,
};
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};

/** Like Date.UTC (`mo` 0–11), without its 0–99 → 1900–1999 quirk. */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, sec = 0): number {
  return dayNumber(y, mo + 1, d) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000;
}

function iso(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) return undefined;
  return d.toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * Reads the date formats feeds use in practice and returns RFC 3339 in UTC, or undefined.
 * RFC 3339 as is; ISO 8601 without a zone (taken as UTC); RFC 822 with two- or four-digit years and
 * named zones (RSS); anything else the JavaScript engine can read, taken as UTC when it names no zone
 * so the result does not depend on the reader's computer.
 */
export function looseDateTime(value: unknown): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  if (isRfc3339(s)) return s;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(s);
  if (m) {
    const [y, mo, d, h = '0', mi = '0', sec = '0'] = m.slice(1);
    const ms = utc(+y, +mo - 1, +d, +h, +mi, +sec);
    const back = new Date(ms);
    return back.getUTCDate() === +d && back.getUTCMonth() === +mo - 1 ? iso(ms) : undefined;
  }
  // RFC 822 / 2822: "Sat, 07 Sep 2002 09:42:31 GMT", "Thu, 07 Dec 17 10:00 +0100".
  m = /^(?:\p{L}{2,12}\.?,?\s+)?(\d{1,2})\.?\s+(\p{L}{3})\p{L}*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[a-z]{1,3})?$/iu.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (!month) return undefined;
    let year = Number(m[3]);
    if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
    const day = Number(m[1]);
    let offset = 0;
    const zone = m[7]?.toUpperCase();
    if (zone && /^[+-]\d{4}$/.test(zone)) offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
    else if (zone && zone in ZONES) offset = ZONES[zone] * 60;
    const ms = utc(year, month - 1, day, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) - offset * 60_000;
    return isValidDay(year, month, day) ? iso(ms) : undefined;
  }
  const named = /(?:\b(?:GMT|UTC|UT)\b|[+-]\d{2}:?\d{2}$|Z$|\b[ECMP][SD]T\b)/i.test(s);
  return iso(named ? Date.parse(s) : Date.parse(`${s} UTC`)) ?? iso(Date.parse(s));
}

/** Builds `2014`, `2014-01` or `2014-01-03` from parts that may be numbers or strings; undefined if invalid. */
export function partialDate(year: unknown, month?: unknown, day?: unknown): PartialDate | undefined {
  const y = str(year);
  if (!y || !/^\d{4}$/.test(y)) return undefined;
  const mo = str(month);
  if (!mo) return y;
  if (!/^\d{1,2}$/.test(mo)) return undefined;
  const ym = `${y}-${mo.padStart(2, '0')}`;
  const d = str(day);
  const out = d ? (/^\d{1,2}$/.test(d) ? `${ym}-${d.padStart(2, '0')}` : undefined) : ym;
  return out && isPartialDate(out) ? out : undefined;
}

/** A partial date as the RFC 3339 instant its period starts at, with the precision to show it with. */
export function partialToDateTime(date: PartialDate): { date_published: string; precision: DatePrecision } {
  const [y, m = '01', d = '01'] = date.split('-');
  return { date_published: `${y}-${m}-${d}T00:00:00Z`, precision: datePrecision(date) };
}

/** Accepts a partial date, or a date-time cut to its day; undefined otherwise. */
export function looseDate(value: unknown): PartialDate | undefined {
  const s = str(value);
  if (!s) return undefined;
  if (isPartialDate(s)) return s;
  const dt = looseDateTime(s);
  return dt ? dt.slice(0, 10) : undefined;
}

/**
 * Gives every record an id that is unique in its list: missing ids get `prefix-N`, repeated ones
 * `id~2`, `id~3` (and a problem saying so), so the elements can key their lists by id.
 */
export class IdMaker {
  private seen = new Set<string>();
  constructor(
    private prefix: string,
    private problems: FeedProblem[],
  ) {}

  make(candidate: unknown, index: number, path: string): string {
    let id = str(candidate) ?? `${this.prefix}-${index + 1}`;
    if (this.seen.has(id)) {
      let n = 2;
      while (this.seen.has(`${id}~${n}`)) n++;
      this.problems.push({ path: `${path}.id`, message: `duplicate id ${JSON.stringify(id)}; renamed to ${JSON.stringify(`${id}~${n}`)}` });
      id = `${id}~${n}`;
    }
    this.seen.add(id);
    return id;
  }
}

/** Generation time of a converted feed, in RFC 3339 without milliseconds. */
export function generatedAt(opts: ReaderOptions): string {
  return (opts.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A name for the input in `_source.file`: the URL it came from, or the format's usual file name. */
export function sourceFile(opts: ReaderOptions, fallback: string): string {
  return opts.baseUrl ?? fallback;
}
