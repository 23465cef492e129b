// Writes schema/feed.schema.json: the feed contract as JSON Schema (draft 2020-12) for other tools.
// Kept beside validateFeed() (src/feed/validate.ts); test/node/schema.test.ts checks that both accept
// and reject the same feeds. Cross-record rules (a source's item id must exist, ids unique) are only
// in validateFeed: JSON Schema cannot express them.
import { writeFileSync } from 'node:fs';

const str = { type: 'string', maxLength: 100000 };
const nonEmpty = { type: 'string', minLength: 1, maxLength: 100000, pattern: '\\S' };
const httpUrl = { type: 'string', format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$', maxLength: 2048 };
const partialDate = {
  type: 'string',
  pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  description: 'ISO 8601 calendar date with the precision the source states: YYYY, YYYY-MM or YYYY-MM-DD.',
};
const dateTime = { type: 'string', format: 'date-time', description: 'RFC 3339 date-time.' };
const country = { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2.' };
const currency = { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217.' };
const ref = (name) => ({ $ref: `#/$defs/${name}` });
const enumOf = (...values) => ({ type: 'string', enum: values });

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:solidarity-widgets:feed:1',
  title: 'solidarity-widgets campaign feed',
  description: 'A JSON Feed 1.1 document with one extension object, _campaign: the facts of a labour-rights campaign, each with the sentences it comes from.',
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: enumOf('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'),
    title: nonEmpty,
    home_page_url: httpUrl,
    feed_url: httpUrl,
    description: str,
    language: str,
    items: { type: 'array', items: ref('item') },
    _campaign: ref('campaign'),
  },
  $defs: {
    item: {
      type: 'object',
      required: ['id'],
      properties: {
        id: nonEmpty,
        title: str,
        summary: str,
        content_text: str,
        url: httpUrl,
        date_published: dateTime,
        date_modified: dateTime,
        authors: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: nonEmpty, url: httpUrl } } },
        tags: { type: 'array', items: { type: 'string' } },
        language: str,
        _source: {
          type: 'object',
          required: ['file'],
          properties: { file: nonEmpty, publisher: str, date_precision: enumOf('year', 'month', 'day') },
        },
      },
    },
    source: {
      type: 'object',
      required: ['item', 'quote'],
      properties: {
        item: { ...nonEmpty, description: 'id of the item the quote comes from' },
        quote: { ...nonEmpty, description: 'the sentence, verbatim from the document (white space folded)' },
      },
    },
    sources: { type: 'array', items: ref('source') },
    count: {
      type: 'object',
      required: ['value', 'qualifier'],
      properties: { value: { type: 'integer', minimum: 0 }, qualifier: enumOf('exact', 'at-least', 'about', 'more-than') },
    },
    place: {
      type: 'object',
      required: ['name'],
      properties: {
        name: nonEmpty,
        country,
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lon: { type: 'number', minimum: -180, maximum: 180 },
      },
      dependentRequired: { lat: ['lon'], lon: ['lat'] },
    },
    wage: {
      type: 'object',
      required: ['id', 'amount', 'currency', 'period', 'role', 'sources'],
      properties: {
        id: nonEmpty,
        amount: { type: 'number', exclusiveMinimum: 0 },
        currency,
        period: enumOf('hour', 'day', 'week', 'month', 'year'),
        role: enumOf('minimum', 'offer', 'demand', 'living'),
        country,
        sector: str,
        effective: partialDate,
        sources: ref('sources'),
      },
    },
    incident: {
      type: 'object',
      required: ['id', 'date', 'kind', 'title', 'sources'],
      properties: {
        id: nonEmpty,
        date: partialDate,
        end: partialDate,
        kind: enumOf('strike', 'protest', 'violence', 'killing', 'arrest', 'court', 'dismissal', 'migration', 'ban', 'other'),
        title: nonEmpty,
        description: str,
        deaths: ref('count'),
        injured: ref('count'),
        arrested: ref('count'),
        participants: ref('count'),
        place: ref('place'),
        sources: ref('sources'),
      },
    },
    action: {
      type: 'object',
      required: ['id', 'date', 'kind', 'title', 'sources'],
      properties: {
        id: nonEmpty,
        date: partialDate,
        end: partialDate,
        kind: enumOf('protest', 'rally', 'march', 'vigil', 'letter', 'statement', 'petition', 'strike', 'other'),
        title: nonEmpty,
        description: str,
        place: ref('place'),
        route: { type: 'array', items: ref('place') },
        participants: ref('count'),
        organisers: { type: 'array', items: { type: 'string' } },
        sources: ref('sources'),
      },
    },
    rate: {
      type: 'object',
      required: ['from', 'to', 'rate', 'date'],
      properties: { from: currency, to: currency, rate: { type: 'number', exclusiveMinimum: 0 }, date: partialDate, source: str },
    },
    document: {
      type: 'object',
      required: ['file', 'status'],
      properties: { file: nonEmpty, status: enumOf('ok', 'warning', 'error'), messages: { type: 'array', items: { type: 'string' } } },
    },
    campaign: {
      type: 'object',
      required: ['schema', 'generated'],
      properties: {
        schema: { const: 1 },
        generated: dateTime,
        country,
        wages: { type: 'array', items: ref('wage') },
        incidents: { type: 'array', items: ref('incident') },
        actions: { type: 'array', items: ref('action') },
        rates: { type: 'array', items: ref('rate') },
        documents: { type: 'array', items: ref('document') },
      },
    },
  },
};

writeFileSync(new URL('../schema/feed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
