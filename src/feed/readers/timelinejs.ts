import { JSON_FEED_VERSION } from '../types.js';
import type { FeedProblem } from '../validate.js';
import { incidentKind, toCount } from './kinds.js';
import {
  IdMaker, MAX_FIELD, generatedAt, htmlText, isObj, partialDate, partialToDateTime, resolveUrl, sourceFile, str,
  type Obj, type ReaderOptions, type ReaderResult,
} from './shared.js';
import { inlineText, truncateText } from './text.js';

function dateOf(d: unknown): { date?: string; raw: string } {
  if (!isObj(d)) return { raw: JSON.stringify(d ?? null) };
  return {
    date: partialDate(d.year, d.month, d.day),
    raw: [d.year, d.month, d.day].map((p) => str(p)).filter(Boolean).join('-') || JSON.stringify(d),
  };
}

function placeOf(v: unknown): Obj | undefined {
  if (!isObj(v)) return undefined;
  const name = str(v.name) ?? str(v.line);
  const lat = typeof v.lat === 'number' ? v.lat : undefined;
  const lon = typeof v.lon === 'number' ? v.lon : typeof v.lng === 'number' ? v.lng : undefined;
  if (!name) return undefined;
  return lat !== undefined && lon !== undefined ? { name, lat, lon } : { name };
}

/**
 * Reads a TimelineJS document (`{ title, events[] }`) into incidents, for people moving from
 * TimelineJS. Each event becomes an incident keeping the precision its date has (`year` only → `2014`),
 * with its kind taken from `kind` or `group` (`"Strikes"` → `strike`, unknown → `other`), plus one
 * item holding the event's own words, so the incident's source quote points at something real.
 */
export function readTimelineJs(json: Obj, opts: ReaderOptions = {}): ReaderResult {
  const problems: FeedProblem[] = [];
  const file = sourceFile(opts, 'timeline.json');
  const items: Obj[] = [];
  const incidents: unknown[] = [];
  const ids = new IdMaker('event', problems);
  const titleSlide = isObj(json.title) && isObj(json.title.text) ? json.title.text : undefined;
  const events = Array.isArray(json.events) ? json.events : [];
  events.forEach((ev, i) => {
    const path = `$.events[${i}]`;
    if (!isObj(ev)) {
      problems.push({ path, message: 'expected an event object; skipped' });
      return;
    }
    const start = dateOf(ev.start_date);
    if (!start.date) {
      problems.push({ path: `${path}.start_date`, message: `expected a year of four digits with an optional month and day, got ${start.raw}; event skipped` });
      return;
    }
    const text = isObj(ev.text) ? ev.text : {};
    const headline = htmlText(opts, text.headline);
    const body = htmlText(opts, text.text);
    const title = headline ? inlineText(headline) : body ? truncateText(inlineText(body), 140) : undefined;
    if (!title) {
      problems.push({ path: `${path}.text`, message: 'has neither a headline nor text; event skipped' });
      return;
    }
    const id = ids.make(ev.unique_id ?? ev.id, i, path);
    const itemId = `source-${id}`;
    const media = isObj(ev.media) ? ev.media : {};
    const { date_published, precision } = partialToDateTime(start.date);
    const item: Obj = {
      id: itemId,
      title,
      date_published,
      tags: ['timelinejs'],
      _source: { file, date_precision: precision },
    };
    if (body) item.content_text = truncateText(body, MAX_FIELD);
    const url = resolveUrl(media.url, opts.baseUrl);
    if (url) item.url = url;
    const credit = htmlText(opts, media.credit);
    if (credit) (item._source as Obj).publisher = inlineText(credit);
    items.push(item);

    const incident: Obj = {
      id,
      date: start.date,
      kind: incidentKind(ev.kind, ev.group),
      title,
      sources: [{ item: itemId, quote: title }],
    };
    if (ev.end_date !== undefined) {
      const end = dateOf(ev.end_date);
      incident.end = end.date ?? end.raw; // an unreadable end is dropped (with a warning) by partitionFeed
    }
    if (body && body !== title) incident.description = truncateText(body, MAX_FIELD);
    for (const k of ['deaths', 'injured', 'arrested', 'participants'] as const) {
      const c = toCount(ev[k]);
      if (c) incident[k] = c;
    }
    const place = placeOf(ev.place) ?? placeOf(ev.location);
    if (place) incident.place = place;
    incidents.push(incident);
  });
  const feedTitle = titleSlide ? htmlText(opts, titleSlide.headline) : undefined;
  return {
    feed: {
      version: JSON_FEED_VERSION,
      title: feedTitle ? inlineText(feedTitle) : '',
      items,
      _campaign: { schema: 1, generated: generatedAt(opts), incidents },
    },
    problems,
  };
}
