/**
 * The feed contract's enumerations and field rules, written once. Everything else follows from here:
 * the TypeScript types (types.ts), `validateFeed()` (validate.ts), the JSON Schema that
 * `scripts/gen-schema.mjs` writes to `schema/feed.schema.json` (and that the WordPress plugin checks
 * uploads with), and the label tables of the elements, the studio and the fallback, which are typed
 * `Record<Kind, string>` so that a kind without a label does not compile.
 */

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
/** Versions a feed may declare: 1.1, and 1 (read the same way). */
export const JSON_FEED_VERSIONS = [JSON_FEED_VERSION, 'https://jsonfeed.org/version/1'] as const;

export const INCIDENT_KINDS = [
  'strike', 'protest', 'violence', 'killing', 'arrest', 'court', 'dismissal', 'migration', 'ban', 'other',
] as const;
export const ACTION_KINDS = ['protest', 'rally', 'march', 'vigil', 'letter', 'statement', 'petition', 'strike', 'other'] as const;
/** In the order the gauge and the fallback list them. */
export const WAGE_ROLES = ['minimum', 'offer', 'demand', 'living'] as const;
export const WAGE_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const QUALIFIERS = ['exact', 'at-least', 'about', 'more-than'] as const;
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
/** How a record's `date`…`end` reads (see `DateRange` in types.ts). */
export const DATE_RANGES = ['span', 'within'] as const;
export const DOCUMENT_STATUSES = ['ok', 'warning', 'error'] as const;
/** The counts an incident may give, in the order they are shown. */
export const INCIDENT_COUNTS = ['deaths', 'injured', 'arrested', 'participants'] as const;

/** Longest text of any field, in UTF-16 code units. */
export const MAX_TEXT = 100_000;
/** Longest URL. */
export const MAX_URL = 2048;
export const MAX_LATITUDE = 90;
export const MAX_LONGITUDE = 180;

/** What a field must look like, as the validator's messages and the schema's descriptions say it. */
export const EXPECTED = {
  url: 'an absolute http: or https: URL',
  partialDate: 'an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)',
  dateTime: 'an RFC 3339 date-time such as 2014-01-03T00:00:00Z',
  country: 'an ISO 3166-1 alpha-2 country code such as KH',
  currency: 'an ISO 4217 currency code such as USD',
} as const;

/** The same rules as regular expressions, for the schema (validate.ts reads dates by character codes). */
export const PATTERNS = {
  partialDate: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  country: '^[A-Z]{2}$',
  currency: '^[A-Z]{3}$',
  httpUrl: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$',
  notBlank: '\\S',
} as const;
