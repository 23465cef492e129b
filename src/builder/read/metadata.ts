/**
 * Document metadata, first found wins per key: front matter, then `sources.json`, then what the page
 * itself says (HTML meta tags), else nothing. Values are checked here so that a bad `url` or an
 * unknown `kind` is a warning in the report rather than a broken feed.
 */
import type { DatePrecision, PartialDate } from '../../feed/types.js';
import { isPartialDate } from '../../feed/dates.js';
import { safeHttpUrl } from '../../feed/urls.js';
import { dayNumber, formatDay, isValidDay } from '../language/calendar.js';

export type DocKind = 'article' | 'listing' | 'letter';

export interface DocMeta {
  title?: string;
  published?: PartialDate;
  publisher?: string;
  url?: string;
  kind?: DocKind;
  language?: string;
  author?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthOf = (s: string): number => {
  const t = s.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === t || (t.length >= 3 && m.startsWith(t))) + 1;
};

/** Reads a published date in the forms people write, keeping only the precision they wrote. */
export function parsePublished(value: unknown): { date: PartialDate; precision: DatePrecision } | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { date: value.toISOString().slice(0, 10), precision: 'day' };
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 2999) {
    return { date: String(value), precision: 'year' };
  }
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  if (isPartialDate(t)) return { date: t, precision: t.length === 10 ? 'day' : t.length === 7 ? 'month' : 'year' };
  let m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(t);
  if (m && isPartialDate(m[1])) return { date: m[1], precision: 'day' };
  m = /^(?:\w+,\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(t) ?? null;
  if (m) {
    const mo = monthOf(m[2]);
    const y = Number(m[3]);
    const d = Number(m[1]);
    if (mo && isValidDay(y, mo, d)) return { date: formatDay(dayNumber(y, mo, d)), precision: 'day' };
  }
  m = /^(?:\w+,\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(t);
  if (m) {
    const mo = monthOf(m[1]);
    const y = Number(m[3]);
    const d = Number(m[2]);
    if (mo && isValidDay(y, mo, d)) return { date: formatDay(dayNumber(y, mo, d)), precision: 'day' };
  }
  m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(t);
  if (m && monthOf(m[1])) return { date: `${m[2]}-${String(monthOf(m[1])).padStart(2, '0')}`, precision: 'month' };
  return undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 500) : typeof v === 'number' ? String(v) : undefined);

/** Checks one metadata object; problems go to `warnings` and the bad value is dropped. */
export function readMeta(raw: Record<string, unknown> | undefined, origin: string, warnings: string[]): DocMeta {
  const meta: DocMeta = {};
  if (!raw) return meta;
  const title = str(raw.title);
  if (title) meta.title = title;
  const publisher = str(raw.publisher);
  if (publisher) meta.publisher = publisher;
  const author = str(raw.author);
  if (author) meta.author = author;
  if (raw.published !== undefined && raw.published !== null) {
    const p = parsePublished(raw.published);
    if (p) meta.published = p.date;
    else warnings.push(`${origin}: "published" is not a date (${JSON.stringify(raw.published).slice(0, 40)}); ignored`);
  }
  if (raw.url !== undefined) {
    const u = safeHttpUrl(raw.url);
    if (u) meta.url = u;
    else warnings.push(`${origin}: "url" is not an http(s) address; ignored`);
  }
  if (raw.kind !== undefined) {
    const k = str(raw.kind)?.toLowerCase();
    if (k === 'article' || k === 'listing' || k === 'letter') meta.kind = k;
    else warnings.push(`${origin}: "kind" must be article, listing or letter; ignored`);
  }
  if (raw.language !== undefined) {
    const l = str(raw.language);
    if (l && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(l)) meta.language = l;
    else warnings.push(`${origin}: "language" is not a language tag such as en or km; ignored`);
  }
  return meta;
}

/** First found wins, key by key. */
export function mergeMeta(...layers: DocMeta[]): DocMeta {
  const out: DocMeta = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer) as [keyof DocMeta, string][]) {
      if (v !== undefined && out[k] === undefined) (out as Record<string, string>)[k] = v;
    }
  }
  return out;
}
