/**
 * The feed contract between the builder and the elements: a JSON Feed 1.1 document with one
 * extension object, `_campaign`. The enumerations and field rules are in contract.ts;
 * `schema/feed.schema.json` is generated from them for other tools; `validateFeed()` (validate.ts)
 * checks a feed with a JSON path for every problem.
 */
import type {
  ACTION_KINDS, DATE_PRECISIONS, DATE_RANGES, DOCUMENT_STATUSES, INCIDENT_KINDS, QUALIFIERS, WAGE_PERIODS, WAGE_ROLES,
} from './contract.js';

export {
  ACTION_KINDS, DATE_PRECISIONS, DATE_RANGES, DOCUMENT_STATUSES, INCIDENT_COUNTS, INCIDENT_KINDS, JSON_FEED_VERSION, QUALIFIERS, WAGE_PERIODS, WAGE_ROLES,
} from './contract.js';

/** A calendar date with the precision the source text gives: `2014`, `2014-01` or `2014-01-03`. */
export type PartialDate = string;

export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface FeedAuthor {
  name: string;
  url?: string;
}

/** Where an item came from, as recorded by the builder. */
export interface ItemSource {
  /** Path of the input document, relative to the build folder. */
  file: string;
  publisher?: string;
  /** How much of `date_published` the document actually states. */
  date_precision?: DatePrecision;
}

export interface FeedItem {
  id: string;
  title?: string;
  summary?: string;
  content_text?: string;
  /** http: or https: only. */
  url?: string;
  /** RFC 3339 date-time. With `_source.date_precision` below `day`, only the stated part is true. */
  date_published?: string;
  date_modified?: string;
  authors?: FeedAuthor[];
  tags?: string[];
  language?: string;
  _source?: ItemSource;
}

/** One sentence backing a fact: the item it comes from and the sentence, verbatim. */
export interface FactSource {
  item: string;
  quote: string;
}

export type Qualifier = (typeof QUALIFIERS)[number];

export interface Count {
  value: number;
  qualifier: Qualifier;
}

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  lat?: number;
  lon?: number;
}

export type WageRole = (typeof WAGE_ROLES)[number];
export type WagePeriod = (typeof WAGE_PERIODS)[number];

export interface Wage {
  id: string;
  amount: number;
  /** ISO 4217, e.g. `USD`. */
  currency: string;
  period: WagePeriod;
  role: WageRole;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  sector?: string;
  effective?: PartialDate;
  sources: FactSource[];
}

/**
 * How a record's `date`…`end` reads: `span` (the default) — it went on over that whole period;
 * `within` — it happened within it, on a day the sources do not state. The elements say so in the
 * reader's language; without an `end` there is no range and this is ignored.
 */
export type DateRange = (typeof DATE_RANGES)[number];

export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export interface Incident {
  id: string;
  date: PartialDate;
  end?: PartialDate;
  /** How `date`…`end` reads (see `DateRange`); `span` when absent. */
  range?: DateRange;
  kind: IncidentKind;
  title: string;
  description?: string;
  deaths?: Count;
  injured?: Count;
  arrested?: Count;
  participants?: Count;
  place?: Place;
  sources: FactSource[];
}

export type ActionKind = (typeof ACTION_KINDS)[number];

export interface SolidarityAction {
  id: string;
  date: PartialDate;
  end?: PartialDate;
  /** How `date`…`end` reads (see `DateRange`); `span` when absent. */
  range?: DateRange;
  kind: ActionKind;
  title: string;
  description?: string;
  place?: Place;
  /** Ordered places of a march, from start to end. */
  route?: Place[];
  participants?: Count;
  organisers?: string[];
  sources: FactSource[];
}

/** An exchange rate supplied by the feed or the page: 1 `from` = `rate` `to`, as of `date`. */
export interface ExchangeRate {
  from: string;
  to: string;
  rate: number;
  date: PartialDate;
  source?: string;
}

export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface DocumentReport {
  file: string;
  status: DocumentStatus;
  messages: string[];
}

export interface Campaign {
  schema: 1;
  /** RFC 3339 date-time of the build. */
  generated: string;
  country?: string;
  wages?: Wage[];
  incidents?: Incident[];
  actions?: SolidarityAction[];
  rates?: ExchangeRate[];
  documents?: DocumentReport[];
}

export interface CampaignFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  items: FeedItem[];
  _campaign?: Campaign;
}
