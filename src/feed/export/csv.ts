/**
 * The facts a reader sees, as a spreadsheet: RFC 4180 CSV, UTF-8 with a byte-order mark (so
 * spreadsheet programs read Khmer), one row per fact, dates with their precision, counts as value and
 * qualifier, sources as URLs and quotes in the same order. Text that a spreadsheet would run as a
 * formula (a cell starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe;
 * numbers stay numbers. Pure: the elements turn the text into a download.
 */
import { datePrecision, isPartialDate } from '../dates.js';
import type { CampaignFeed, Count, FactSource, FeedItem, Incident, Place, SolidarityAction, Wage } from '../types.js';

export type FactKind = 'incidents' | 'actions' | 'wages' | 'items';
export type Fact = Incident | SolidarityAction | Wage | FeedItem;

type Cell = string | number | undefined;

/** The columns of each kind's CSV, in order (the README documents them). */
export const CSV_COLUMNS: Record<FactKind, readonly string[]> = {
  incidents: ['id', 'kind', 'title', 'date', 'date_precision', 'end', 'end_precision', 'place', 'country', 'lat', 'lon',
    'deaths', 'deaths_qualifier', 'injured', 'injured_qualifier', 'arrested', 'arrested_qualifier', 'participants', 'participants_qualifier',
    'description', 'source_urls', 'source_quotes'],
  actions: ['id', 'kind', 'title', 'date', 'date_precision', 'end', 'end_precision', 'place', 'country', 'lat', 'lon',
    'participants', 'participants_qualifier', 'organisers', 'description', 'source_urls', 'source_quotes'],
  wages: ['id', 'role', 'amount', 'currency', 'period', 'country', 'sector', 'effective', 'effective_precision', 'source_urls', 'source_quotes'],
  items: ['id', 'title', 'date_published', 'url', 'authors', 'publisher', 'tags', 'summary'],
};

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it must be, defused when a spreadsheet would run it. */
export function csvField(value: Cell): string {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const precision = (d: string | undefined): string | undefined => (d && isPartialDate(d) ? datePrecision(d) : undefined);
const count = (c: Count | undefined): [Cell, Cell] => (c ? [c.value, c.qualifier] : [undefined, undefined]);
const place = (p: Place | undefined): Cell[] => [p?.name, p?.country, p?.lat, p?.lon];

function sourceCells(feed: CampaignFeed, sources: readonly FactSource[]): [string, string] {
  const items = new Map(feed.items.map((i) => [i.id, i]));
  return [sources.map((s) => items.get(s.item)?.url ?? '').join('\n'), sources.map((s) => s.quote).join('\n')];
}

function row(feed: CampaignFeed, kind: FactKind, fact: Fact): Cell[] {
  switch (kind) {
    case 'incidents': {
      const e = fact as Incident;
      return [e.id, e.kind, e.title, e.date, precision(e.date), e.end, precision(e.end), ...place(e.place),
        ...count(e.deaths), ...count(e.injured), ...count(e.arrested), ...count(e.participants), e.description, ...sourceCells(feed, e.sources)];
    }
    case 'actions': {
      const a = fact as SolidarityAction;
      return [a.id, a.kind, a.title, a.date, precision(a.date), a.end, precision(a.end), ...place(a.place),
        ...count(a.participants), (a.organisers ?? []).join('\n'), a.description, ...sourceCells(feed, a.sources)];
    }
    case 'wages': {
      const w = fact as Wage;
      return [w.id, w.role, w.amount, w.currency, w.period, w.country, w.sector, w.effective, precision(w.effective), ...sourceCells(feed, w.sources)];
    }
    case 'items': {
      const i = fact as FeedItem;
      return [i.id, i.title, i.date_published, i.url, (i.authors ?? []).map((a) => a.name).join('\n'), i._source?.publisher, (i.tags ?? []).join('\n'), i.summary];
    }
  }
}

/** The CSV text of `facts` (of `kind`, from `feed`), starting with a byte-order mark and the header. */
export function factsCsv(feed: CampaignFeed, kind: FactKind, facts: readonly Fact[]): string {
  const lines = [CSV_COLUMNS[kind].join(','), ...facts.map((f) => row(feed, kind, f).map(csvField).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * The same facts as a feed of their own: the feed's title and home page (who published the data),
 * only these facts, and the items they cite (for items, those items), so every fact keeps its sources.
 */
export function feedSubset(feed: CampaignFeed, kind: FactKind, facts: readonly Fact[]): CampaignFeed {
  const { version, title, home_page_url, feed_url, description, language } = feed;
  const head = Object.fromEntries(Object.entries({ version, title, home_page_url, feed_url, description, language }).filter(([, v]) => v !== undefined)) as Pick<CampaignFeed, 'version' | 'title'>;
  if (kind === 'items') return { ...head, items: [...(facts as FeedItem[])] };
  const cited = new Set((facts as (Incident | SolidarityAction | Wage)[]).flatMap((f) => f.sources.map((s) => s.item)));
  const camp = feed._campaign;
  return {
    ...head,
    items: feed.items.filter((i) => cited.has(i.id)),
    _campaign: {
      schema: 1,
      generated: camp?.generated ?? '',
      ...(camp?.country ? { country: camp.country } : {}),
      [kind]: [...facts],
      ...(kind === 'wages' && camp?.rates ? { rates: camp.rates } : {}),
    } as CampaignFeed['_campaign'],
  };
}
