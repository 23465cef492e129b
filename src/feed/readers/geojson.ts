import { JSON_FEED_VERSION } from '../types.js';
import type { FeedProblem } from '../validate.js';
import { actionKind, toCount } from './kinds.js';
import {
  IdMaker, MAX_FIELD, generatedAt, htmlText, isObj, looseDate, partialToDateTime, resolveUrl, sourceFile, str,
  type Obj, type ReaderOptions, type ReaderResult,
} from './shared.js';
import { inlineText, truncateText } from './text.js';

function organisers(v: unknown): string[] | undefined {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s*[;,]\s*/) : [];
  const out = list.map(str).filter((s): s is string => s !== undefined);
  return out.length ? out : undefined;
}

const coordinate = (v: unknown, limit: number): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;

/**
 * Reads a GeoJSON `FeatureCollection` (or a single `Feature`) into solidarity actions, for people who
 * keep their actions on a map tool. Each `Point` feature is an action placed at its coordinates, with
 * `title` (or `name`), `date`, `end`, `kind`, `participants`, `organisers`, `description`, `place`,
 * `country` and `url` read from its properties, plus one item holding its words for the source quote.
 * Features of other geometry types are reported and skipped.
 */
export function readGeoJson(json: Obj, opts: ReaderOptions = {}): ReaderResult {
  const problems: FeedProblem[] = [];
  const file = sourceFile(opts, 'actions.geojson');
  const items: Obj[] = [];
  const actions: Obj[] = [];
  const ids = new IdMaker('action', problems);
  const features = json.type === 'Feature' ? [json] : Array.isArray(json.features) ? json.features : [];
  const prefix = json.type === 'Feature' ? '$' : '$.features';
  features.forEach((f, i) => {
    const path = json.type === 'Feature' ? prefix : `${prefix}[${i}]`;
    if (!isObj(f) || !isObj(f.geometry)) {
      problems.push({ path, message: 'expected a Feature with a geometry; skipped' });
      return;
    }
    const g = f.geometry;
    const c = Array.isArray(g.coordinates) ? g.coordinates : [];
    if (g.type !== 'Point' || !coordinate(c[0], 180) || !coordinate(c[1], 90)) {
      problems.push({ path: `${path}.geometry`, message: `only Point features with [longitude, latitude] are read, got ${String(g.type)}; skipped` });
      return;
    }
    const p = isObj(f.properties) ? f.properties : {};
    const titleText = str(p.title) ?? str(p.name);
    const date = looseDate(p.date ?? p.start ?? p.start_date);
    if (!titleText || !date) {
      problems.push({ path: `${path}.properties`, message: `needs a title (or name) and a date (YYYY, YYYY-MM or YYYY-MM-DD); skipped` });
      return;
    }
    const title = inlineText(titleText);
    const id = ids.make(f.id ?? p.id, i, path);
    const itemId = `source-${id}`;
    const description = htmlText(opts, p.description);
    const { date_published, precision } = partialToDateTime(date);
    const item: Obj = { id: itemId, title, date_published, tags: ['geojson'], _source: { file, date_precision: precision } };
    if (description) item.content_text = truncateText(description, MAX_FIELD);
    const url = resolveUrl(p.url ?? p.link, opts.baseUrl);
    if (url) item.url = url;
    items.push(item);

    const [lon, lat] = c as number[];
    const country = str(p.country)?.toUpperCase();
    const placeName = str(p.place) ?? str(p.location) ?? str(p.city) ?? str(p.address) ?? `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
    const place: Obj = { name: inlineText(placeName), lat, lon };
    if (country && /^[A-Z]{2}$/.test(country)) place.country = country;
    const action: Obj = {
      id,
      date,
      kind: actionKind(p.kind, p.type, p.category),
      title,
      place,
      sources: [{ item: itemId, quote: title }],
    };
    if (p.end !== undefined || p.end_date !== undefined) action.end = looseDate(p.end ?? p.end_date) ?? p.end ?? p.end_date;
    if (description) action.description = truncateText(description, MAX_FIELD);
    const participants = toCount(p.participants);
    if (participants) action.participants = participants;
    const orgs = organisers(p.organisers ?? p.organizers ?? p.organiser ?? p.organizer);
    if (orgs) action.organisers = orgs;
    actions.push(action);
  });
  return {
    feed: {
      version: JSON_FEED_VERSION,
      title: str(json.title) ?? str(json.name) ?? '',
      items,
      _campaign: { schema: 1, generated: generatedAt(opts), actions },
    },
    problems,
  };
}
