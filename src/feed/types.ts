/**
 * The feed contract between the builder and the elements: a JSON Feed 1.1 document with one
 * extension object, `_campaign`. `schema/feed.schema.json` describes the same shape for other tools;
 * `validateFeed()` (validate.ts) checks it with a JSON path for every problem.
 */

/** A calendar date with the precision the source text gives: `2014`, `2014-01` or `2014-01-03`. */
export type PartialDate = string;

export type DatePrecision = 'year' | 'month' | 'day';

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

export type Qualifier = 'exact' | 'at-least' | 'about' | 'more-than';

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

export type WageRole = 'minimum' | 'offer' | 'demand' | 'living';
export type WagePeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

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

export type IncidentKind =
  | 'strike'
  | 'protest'
  | 'violence'
  | 'killing'
  | 'arrest'
  | 'court'
  | 'dismissal'
  | 'migration'
  | 'ban'
  | 'other';

export interface Incident {
  id: string;
  date: PartialDate;
  end?: PartialDate;
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

export type ActionKind =
  | 'protest'
  | 'rally'
  | 'march'
  | 'vigil'
  | 'letter'
  | 'statement'
  | 'petition'
  | 'strike'
  | 'other';

export interface SolidarityAction {
  id: string;
  date: PartialDate;
  end?: PartialDate;
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

export type DocumentStatus = 'ok' | 'warning' | 'error';

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

export const WAGE_ROLES: readonly WageRole[] = ['minimum', 'offer', 'demand', 'living'];
export const WAGE_PERIODS: readonly WagePeriod[] = ['hour', 'day', 'week', 'month', 'year'];
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'at-least', 'about', 'more-than'];
export const INCIDENT_KINDS: readonly IncidentKind[] = [
  'strike', 'protest', 'violence', 'killing', 'arrest', 'court', 'dismissal', 'migration', 'ban', 'other',
];
export const ACTION_KINDS: readonly ActionKind[] = [
  'protest', 'rally', 'march', 'vigil', 'letter', 'statement', 'petition', 'strike', 'other',
];
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
