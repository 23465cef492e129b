// The no-JS fallback generator: the studio's CMS snippets and the fallback the WordPress plugin's
// block editor saves in each block. What matters: every feed value shows as text and never as markup,
// and links are http(s) only.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { escapeHtml, fallbackHtml, FALLBACK_TAGS, formatPartialDate, shorten } from './fallback-html.js';
import type { CampaignFeed } from './types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'examples/feed.json'), 'utf8')) as CampaignFeed;

interface Node {
  tag: string;
  attrs: Record<string, string>;
}
/** Parses like a browser's tokenizer: every element and attribute, and the text as a reader sees it. */
function parse(html: string): { nodes: Node[]; text: string } {
  const nodes: Node[] = [];
  let text = '';
  const p = new Parser({ onopentag: (tag, attrs) => nodes.push({ tag, attrs }), ontext: (t) => (text += t) }, { decodeEntities: true, lowerCaseTags: true });
  p.write(html);
  p.end();
  return { nodes, text };
}

const ALLOWED_TAGS = new Set(['ul', 'li', 'p', 'strong', 'small', 'br', 'a', 'time', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']);
const ALLOWED_ATTRS = new Set(['class', 'scope', 'datetime', 'href']);

function assertSafe(html: string): void {
  for (const n of parse(html).nodes) {
    assert.ok(ALLOWED_TAGS.has(n.tag), `unexpected <${n.tag}> in ${html.slice(0, 200)}`);
    for (const [k, v] of Object.entries(n.attrs)) {
      assert.ok(ALLOWED_ATTRS.has(k), `unexpected attribute ${k} on <${n.tag}>`);
      if (k === 'href') assert.match(v, /^https?:\/\//i, `a link to ${v}`);
    }
  }
}

/** A feed with the given parts: loosely typed on purpose, since the generator must survive any value. */
const feed = (over: { title?: string; items?: Record<string, unknown>[]; _campaign?: Record<string, unknown> } = {}): Record<string, unknown> =>
  ({ version: 'https://jsonfeed.org/version/1.1', title: 't', items: [], ...over, _campaign: { schema: 1, generated: '2014-01-01T00:00:00Z', ...(over._campaign ?? {}) } });

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&amp;</td></table>`;

describe('fallbackHtml: hostile feeds', () => {
  test('markup in every text field of every element shows as text, never as markup', () => {
    const f = feed({
      title: HOSTILE,
      items: [{ id: HOSTILE, title: HOSTILE, summary: HOSTILE, url: 'https://ok.example/?a="><script>', date_published: '2014-01-03T00:00:00Z', tags: ['news'], _source: { file: 'x', publisher: HOSTILE, date_precision: 'day' } }],
      _campaign: {
        wages: [{ id: 'w', amount: 80, currency: 'USD', period: 'month', role: 'minimum', country: HOSTILE, sector: HOSTILE, effective: '2014-01', sources: [] }],
        incidents: [{ id: 'i', date: '2014-01-03', kind: 'killing', title: HOSTILE, description: HOSTILE, deaths: { value: 4, qualifier: 'at-least' }, place: { name: HOSTILE, country: HOSTILE }, sources: [] }],
        actions: [{ id: 'a', date: '2014-01', kind: 'march', title: HOSTILE, route: [{ name: HOSTILE }, { name: 'Phnom Penh' }], organisers: [HOSTILE, 42], sources: [] }],
      },
    });
    for (const tag of FALLBACK_TAGS) {
      const html = fallbackHtml(tag, f);
      assertSafe(html);
      assert.doesNotMatch(html, /<script|<img|<\/td><\/table>/i, tag);
      assert.ok(parse(html).text.includes('<script>alert(1)</script>'), `${tag} shows the hostile text as text`);
    }
  });

  test('links are written only for absolute http: and https: URLs', () => {
    const urls = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative/path', '//evil.example/x', 'ftp://x.example/', 'mailto:a@b.example', 'https:', 'http://'];
    for (const url of urls) {
      const html = fallbackHtml('press-release-list', feed({ items: [{ id: 'x', title: 'Title', url }] }));
      assert.doesNotMatch(html, /<a /, `no link for ${JSON.stringify(url)}`);
      assert.match(html, /<strong>Title<\/strong>/, 'the title is still shown');
    }
    const html = fallbackHtml('press-release-list', feed({ items: [{ id: 'x', title: 'Title', url: 'https://union.example.org/r?a=1&b="2"' }] }));
    assert.match(html, /<a href="https:\/\/union\.example\.org\/r\?a=1&amp;b=&quot;2&quot;">Title<\/a>/);
  });

  test('any JSON value as a feed (property test): safe markup, never a throw', () => {
    const anyFeed = fc.oneof(
      fc.anything(),
      fc.record({ items: fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'summary', 'url', 'content_text', 'date_published', 'tags', '_source'), fc.oneof(fc.string(), fc.webUrl(), fc.anything()))) }),
      fc.record({
        _campaign: fc.record({
          wages: fc.array(fc.record({ amount: fc.oneof(fc.double(), fc.integer()), currency: fc.constantFrom('USD', 'usd', '<b>'), role: fc.constantFrom('minimum', 'demand', 'living', 'x'), period: fc.string(), effective: fc.string(), country: fc.string() })),
          incidents: fc.array(fc.record({ date: fc.constantFrom('2014', '2014-02-30', '2014-01-03', 'x', ''), end: fc.string(), kind: fc.string(), title: fc.string(), deaths: fc.record({ value: fc.double(), qualifier: fc.string() }) })),
          actions: fc.array(fc.record({ date: fc.constantFrom('2014-01', '2014-13'), kind: fc.string(), title: fc.string(), route: fc.array(fc.anything()), organisers: fc.anything(), place: fc.anything() })),
        }),
      }),
    );
    fc.assert(
      fc.property(anyFeed, fc.constantFrom(...FALLBACK_TAGS), fc.constantFrom('en', 'km', ''), (f, tag, lang) => {
        const html = fallbackHtml(tag, f, { 'include-actions': true, 'include-incidents': true }, lang);
        assert.ok(html.length > 0);
        assertSafe(html);
      }),
      { numRuns: 400 },
    );
  });

  test('names of Object.prototype members as a period, role or kind are unknown values, not functions to call', () => {
    for (const name of ['valueOf', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const wage = { id: 'w', amount: 100, currency: 'USD', period: name, role: 'minimum', effective: '2014-01', sources: [] };
      const html = fallbackHtml('wage-gap-gauge', feed({ _campaign: { wages: [wage] } }));
      assert.match(parse(html).text, /Legal minimum wage: 100 USD a month/, `period ${name} reads as the default, a month`);
      const role = fallbackHtml('wage-gap-gauge', feed({ _campaign: { wages: [{ ...wage, period: 'month', role: name }] } }));
      assert.equal(role, '<p class="sw-fallback sw-fallback-empty">Nothing to show yet.</p>', `role ${name} is not a wage`);
      const incident = { id: 'i', date: '2014-01-03', kind: name, title: 'Strike', sources: [] };
      const timeline = parse(fallbackHtml('incident-timeline', feed({ _campaign: { incidents: [incident] } }))).text;
      assert.match(timeline, /Strike/);
      assert.doesNotMatch(timeline, /function|native code|\[object/, `kind ${name} shows no code`);
    }
  });

  test('escapeHtml encodes every character that could end text or an attribute, and drops control characters', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('a\u0000b\u0007c\td\ne'), 'abc\td\ne');
    assert.equal(escapeHtml('\uD800x'), 'x', 'a lone surrogate is dropped');
    assert.equal(escapeHtml('ស្លាប់ 😀'), 'ស្លាប់ 😀');
  });
});

describe('fallbackHtml: content', () => {
  test('<press-release-list>: newest first, date at the stated precision, publisher, summary, link', () => {
    const html = fallbackHtml('press-release-list', feed({
      items: [
        { id: 'a', title: 'Older', date_published: '2014-01-01T00:00:00Z', url: 'https://a.example/', _source: { file: 'a', publisher: 'CLEC', date_precision: 'month' } },
        { id: 'b', title: 'Newer', summary: 'What happened.', date_published: '2014-08-18T00:00:00Z', _source: { file: 'b', date_precision: 'day' } },
        { id: 'c', content_text: `${'word '.repeat(100)}end`, _source: { file: 'c', date_precision: 'year' }, date_published: '2013-01-01T00:00:00Z' },
      ],
    }));
    const { text } = parse(html);
    assert.ok(text.indexOf('Newer') < text.indexOf('Older'));
    assert.match(html, /<time datetime="2014-08-18">18 August 2014<\/time>/);
    assert.match(html, /<time datetime="2014-01">January 2014<\/time> · CLEC/);
    assert.match(html, /<time datetime="2013">2013<\/time>/);
    assert.match(html, /<a href="https:\/\/a\.example\/">Older<\/a>/);
    assert.match(html, /<p>What happened\.<\/p>/);
    assert.match(text, /word word…/, 'no title and no summary: the text, shortened at a word');
  });

  test('<press-release-list> filters: tag, publisher, limit', () => {
    const f = feed({ items: [1, 2, 3, 4].map((n) => ({ id: `i${n}`, title: `T${n}`, tags: [n % 2 ? 'press-release' : 'news'], date_published: `2014-0${n}-01T00:00:00Z`, _source: { file: 'f', publisher: n < 3 ? 'CLEC' : 'Other' } })) });
    assert.deepEqual(parse(fallbackHtml('press-release-list', f, { tag: 'press-release' })).text.match(/T\d/g), ['T3', 'T1']);
    assert.deepEqual(parse(fallbackHtml('press-release-list', f, { publisher: 'CLEC' })).text.match(/T\d/g), ['T2', 'T1']);
    assert.deepEqual(parse(fallbackHtml('press-release-list', f, { limit: '2' })).text.match(/T\d/g), ['T4', 'T3']);
    assert.deepEqual(parse(fallbackHtml('press-release-list', f, { limit: 'x' })).text.match(/T\d/g), ['T4', 'T3', 'T2', 'T1']);
  });

  test('<wage-gap-gauge>: the gap as one sentence, then every figure, minimum first', () => {
    const html = fallbackHtml('wage-gap-gauge', EXAMPLE, {});
    const { text } = parse(html);
    assert.match(text, /^The legal minimum wage, [\d,.]+ USD a month, is \d+% of what workers demand, [\d,.]+ USD a month\./);
    assert.match(text, /Legal minimum wage: /);
    assert.ok(text.indexOf('Legal minimum wage:') < text.indexOf("Workers' demand:"));
    const living = parse(fallbackHtml('wage-gap-gauge', feed({ _campaign: {
      wages: [
        { id: 'm', amount: 1234.5, currency: 'USD', period: 'month', role: 'minimum', effective: '2014-01', sources: [] },
        { id: 'l', amount: 2469, currency: 'USD', period: 'month', role: 'living', effective: '2014-02-03', sources: [] },
      ] } }), { target: 'living' })).text;
    assert.match(living, /The legal minimum wage, 1,234\.5 USD a month, is 50% of a living wage, 2,469 USD a month\. Figures in force as of 3 February 2014\./);
    assert.match(living, /\(from 1 January 2014\)|from January 2014/);
    const none = fallbackHtml('wage-gap-gauge', feed({ _campaign: { wages: [{ id: 'x', amount: 9, currency: 'GBP', period: 'month', role: 'rise', sources: [] }] } }));
    assert.equal(none, '<p class="sw-fallback sw-fallback-empty">Nothing to show yet.</p>', 'an unknown role is not a wage');
  });

  test('<wage-gap-gauge> country and as-of: only figures of that country, in force at that date', () => {
    const f = feed({ _campaign: { wages: [
      { id: 'a', amount: 80, currency: 'USD', period: 'month', role: 'minimum', country: 'KH', effective: '2013-05', sources: [] },
      { id: 'b', amount: 100, currency: 'USD', period: 'month', role: 'minimum', country: 'KH', effective: '2014-02', sources: [] },
      { id: 'c', amount: 160, currency: 'USD', period: 'month', role: 'demand', country: 'KH', effective: '2013-12', sources: [] },
      { id: 'd', amount: 68, currency: 'USD', period: 'month', role: 'minimum', country: 'BD', sources: [] },
    ] } });
    const text = parse(fallbackHtml('wage-gap-gauge', f, { country: 'kh', 'as-of': '2014-01' })).text;
    assert.match(text, /^The legal minimum wage, 80 USD a month, is 50% of what workers demand, 160 USD a month\. Figures in force as of January 2014\./);
    assert.doesNotMatch(text, /68 USD/);
  });

  test('<incident-timeline>: a table, oldest first, honest counts, ranges and places', () => {
    const html = fallbackHtml('incident-timeline', feed({ _campaign: {
      incidents: [
        { id: 'b', date: '2014-08-12', end: '2014-08-14', kind: 'violence', title: 'Dispersal', participants: { value: 50, qualifier: 'about' }, place: { name: 'Phnom Penh', country: 'KH' }, sources: [] },
        { id: 'a', date: '2014-01-03', kind: 'killing', title: 'Shooting', deaths: { value: 4, qualifier: 'at-least' }, injured: { value: 21, qualifier: 'more-than' }, arrested: { value: 23, qualifier: 'exact' }, sources: [] },
        { id: 'bad', date: '3 January', kind: 'killing', title: 'No valid date', sources: [] },
      ],
      actions: [{ id: 'c', date: '2014-01', kind: 'protest', title: 'Embassy protest', sources: [] }],
    } }));
    const { nodes, text } = parse(html);
    assert.equal(nodes.filter((n) => n.tag === 'tr').length, 3, 'header and two rows; no row for an invalid date');
    assert.match(text, /^IncidentsDateWhat happenedWherePeople3 January 2014Killing: Shootingat least 4 killed; more than 21 injured; 23 arrested12 August 2014 – 14 August 2014Violence: DispersalPhnom Penh \(KH\)about 50 took part$/);
    assert.doesNotMatch(text, /Embassy protest/);
    assert.match(parse(fallbackHtml('incident-timeline', feed({ _campaign: { actions: [{ id: 'c', date: '2014-01', kind: 'protest', title: 'Embassy protest', sources: [] }] } }), { 'include-actions': true })).text, /January 2014Protest: Embassy protest/);
  });

  test('a day within a range that no source states is said in the reader’s language, from the fields', () => {
    const within = feed({ _campaign: { incidents: [{ id: 'b', date: '2014-08-12', end: '2014-08-14', range: 'within', kind: 'violence', title: 'Dispersal', sources: [] }] } });
    assert.match(parse(fallbackHtml('incident-timeline', within)).text, /12 August 2014 – 14 August 2014 \(day not stated\)Violence/);
    assert.match(parse(fallbackHtml('incident-timeline', within, {}, 'km')).text, /\(មិនបញ្ជាក់ថ្ងៃ\)/);
    // A correction that removes the end leaves a single day, and no note to contradict it.
    const fixed = feed({ _campaign: { incidents: [{ id: 'b', date: '2014-08-13', range: 'within', kind: 'violence', title: 'Dispersal', sources: [] }] } });
    assert.doesNotMatch(parse(fallbackHtml('incident-timeline', fixed)).text, /not stated/);
  });

  test('<incident-timeline> from/to: what overlaps the window is kept, as the element reads it', () => {
    const f = feed({ _campaign: { incidents: ['2013-12-24', '2014-01', '2014-01-03', '2014-06', '2015', '2014'].map((date, i) => ({ id: `i${i}`, date, kind: 'strike', title: `E${i}`, sources: [] })) } });
    assert.deepEqual(parse(fallbackHtml('incident-timeline', f, { from: '2014-01', to: '2014-01' })).text.match(/E\d/g), ['E5', 'E1', 'E2'], 'the year 2014 overlaps January 2014');
    assert.deepEqual(parse(fallbackHtml('incident-timeline', f, { from: '2014-02' })).text.match(/E\d/g), ['E5', 'E3', 'E4']);
    const ranged = feed({ _campaign: { incidents: [{ id: 'r', date: '2013-12-30', end: '2014-01-02', kind: 'strike', title: 'Range', sources: [] }] } });
    assert.match(parse(fallbackHtml('incident-timeline', ranged, { from: '2014-01-01' })).text, /Range/, 'a range ending inside the window');
  });

  test('<action-map>: route stops joined by arrows, participants and organisers', () => {
    const { text } = parse(fallbackHtml('action-map', feed({ _campaign: { actions: [
      { id: 'm', date: '2014-08-12', kind: 'march', title: 'Lor Peang march', route: [{ name: 'Kampong Chhnang', country: 'KH' }, { name: 'Phnom Penh', country: 'KH' }], participants: { value: 50, qualifier: 'about' }, organisers: ['Lor Peang community', 'CLEC'], sources: [] },
      { id: 'l', date: '2014-01', kind: 'protest', title: 'London protest', place: { name: 'London', country: 'GB' }, participants: { value: 40, qualifier: 'more-than' }, sources: [] },
    ] } })));
    assert.match(text, /^Solidarity actionsDateActionWhereParticipantsOrganisersJanuary 2014Protest: London protestLondon \(GB\)more than 40/);
    assert.match(text, /12 August 2014March: Lor Peang marchKampong Chhnang \(KH\) → Phnom Penh \(KH\)about 50Lor Peang community, CLEC$/);
  });

  test('Khmer: translated labels, Khmer month names and Khmer digits (the feed text itself stays as written)', () => {
    const html = fallbackHtml('incident-timeline', feed({ _campaign: { incidents: [{ id: 'a', date: '2014-01-03', kind: 'killing', title: 'Shooting', deaths: { value: 4, qualifier: 'at-least' }, sources: [] }] } }), {}, 'km-KH');
    const { text } = parse(html);
    assert.match(text, /^ហេតុការណ៍កាលបរិច្ឆេទ/);
    assert.match(text, /៣ មករា ២០១៤/);
    assert.match(text, /ការសម្លាប់: Shooting/);
    assert.match(text, /ស្លាប់ យ៉ាងហោចណាស់ ៤ នាក់/);
    assert.match(html, /datetime="2014-01-03"/, 'machine-readable dates keep ASCII digits');
    assert.equal(formatPartialDate('2014-12', 'km'), 'ធ្នូ ២០១៤');
    assert.equal(fallbackHtml('action-map', feed(), {}, 'km'), '<p class="sw-fallback sw-fallback-empty">មិនទាន់មានអ្វីបង្ហាញនៅឡើយទេ។</p>');
  });

  test('dates are shown only when valid, at the precision given', () => {
    assert.equal(formatPartialDate('2014'), '2014');
    assert.equal(formatPartialDate('2014-01'), 'January 2014');
    assert.equal(formatPartialDate('2014-01-03'), '3 January 2014');
    for (const bad of ['2014-13', '2014-02-30', '14-01-03', '2014-1-3', '', 'January']) assert.equal(formatPartialDate(bad), '', bad);
  });

  test('shorten cuts at a word boundary by characters, not bytes', () => {
    assert.equal(shorten('short', 10), 'short');
    assert.equal(shorten('one two three four', 15), 'one two three…');
    assert.equal(shorten('one two three four', 12), 'one two thre…', 'no space late enough: cut inside the word');
    assert.equal(shorten('ស្លាប់ស្លាប់ស្លាប់', 4), 'ស្លា…');
    assert.equal(shorten('a  b\n\nc', 10), 'a b c');
  });

  test('every element has content for the example feed', () => {
    for (const tag of FALLBACK_TAGS) assert.doesNotMatch(fallbackHtml(tag, EXAMPLE), /sw-fallback-empty/, tag);
  });
});
