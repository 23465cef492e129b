// Writes schema/feed.schema.json: the feed contract as JSON Schema (draft 2020-12) for other tools,
// derived from src/feed/contract.ts (the enumerations and field rules are written there only).
// `--check` writes nothing and fails when the committed file differs. Cross-record rules (a source's
// item id must exist, ids unique) are only in validateFeed: JSON Schema cannot express them.
// Run with tsx: `npm run gen:schema` (node --import tsx scripts/gen-schema.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as contract from '../src/feed/contract.ts';
import { draft04 } from './schema-draft04.mjs';

export const SCHEMA_FILE = new URL('../schema/feed.schema.json', import.meta.url);

/** The schema of the contract `c` (the module src/feed/contract.ts). */
export function feedSchema(c = contract) {
const { EXPECTED, PATTERNS } = c;
const str = { type: 'string', maxLength: c.MAX_TEXT };
const nonEmpty = { type: 'string', minLength: 1, maxLength: c.MAX_TEXT, pattern: PATTERNS.notBlank };
const httpUrl = { type: 'string', format: 'uri', pattern: PATTERNS.httpUrl, maxLength: c.MAX_URL, description: EXPECTED.url };
const partialDate = {
  type: 'string',
  pattern: PATTERNS.partialDate,
  description: `${EXPECTED.partialDate}, with the precision the source states.`,
};
const dateTime = { type: 'string', format: 'date-time', description: EXPECTED.dateTime };
const country = { type: 'string', pattern: PATTERNS.country, description: EXPECTED.country };
const currency = { type: 'string', pattern: PATTERNS.currency, description: EXPECTED.currency };
const ref = (name) => ({ $ref: `#/$defs/${name}` });
const enumOf = (values) => ({ type: 'string', enum: [...values] });
const count = ref('count');

return {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:solidarity-widgets:feed:1',
  title: 'solidarity-widgets campaign feed',
  description: 'A JSON Feed 1.1 document with one extension object, _campaign: the facts of a labour-rights campaign, each with the sentences it comes from.',
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: enumOf(c.JSON_FEED_VERSIONS),
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
          properties: { file: nonEmpty, publisher: str, date_precision: enumOf(c.DATE_PRECISIONS) },
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
      properties: { value: { type: 'integer', minimum: 0 }, qualifier: enumOf(c.QUALIFIERS) },
    },
    place: {
      type: 'object',
      required: ['name'],
      properties: {
        name: nonEmpty,
        country,
        lat: { type: 'number', minimum: -c.MAX_LATITUDE, maximum: c.MAX_LATITUDE },
        lon: { type: 'number', minimum: -c.MAX_LONGITUDE, maximum: c.MAX_LONGITUDE },
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
        period: enumOf(c.WAGE_PERIODS),
        role: enumOf(c.WAGE_ROLES),
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
        range: { ...enumOf(c.DATE_RANGES), description: 'How date…end reads: span (the default), it went on over the whole period; within, it happened on a day within it that the sources do not state.' },
        kind: enumOf(c.INCIDENT_KINDS),
        title: nonEmpty,
        description: str,
        ...Object.fromEntries(c.INCIDENT_COUNTS.map((k) => [k, count])),
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
        range: { ...enumOf(c.DATE_RANGES), description: 'How date…end reads: span (the default), it went on over the whole period; within, it happened on a day within it that the sources do not state.' },
        kind: enumOf(c.ACTION_KINDS),
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
      properties: { file: nonEmpty, status: enumOf(c.DOCUMENT_STATUSES), messages: { type: 'array', items: { type: 'string' } } },
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

}

export { draft04 };

export const schemaText = (schema) => `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = schemaText(feedSchema());
  if (process.argv.includes('--check')) {
    if (readFileSync(SCHEMA_FILE, 'utf8') !== text) {
      console.error('schema/feed.schema.json is stale: run `npm run gen:schema` and commit it.');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, text);
  }
}
