// Reading documents: HTML pages, Markdown, front matter, metadata precedence and listing pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFeed } from './build.js';
import { validateFeed } from '../feed/validate.js';
import { htmlToText } from './read/html.js';
import { splitListing } from './read/listing.js';
import { markdownToText } from './read/markdown.js';
import { parsePublished } from './read/metadata.js';
import { checkSources, normalizeRelative } from './read/sources.js';

const enc = new TextEncoder();

test('HTML: the article is kept; navigation, header, footer, asides, scripts, cookie banners and share bars are not', () => {
  const page = htmlToText(`<!doctype html><html lang="km"><head><title>Site | Story</title>
    <meta property="og:title" content="Workers rally"><meta name="date" content="2014-02-10">
    <meta property="og:site_name" content="Union News"><link rel="canonical" href="https://example.org/story">
    <style>p{color:red}</style><script>alert("x")</script></head><body>
    <header>Union News</header><nav><a href="/">Home</a></nav>
    <div class="cookie-banner">We use cookies. <button>Accept</button></div>
    <article><h1>Workers rally</h1><p>Workers &amp; supporters rallied in Phnom Penh today.</p>
    <div class="share-bar">Share on Facebook</div><aside>Related: other story</aside><p>They called for the release of 23 workers.</p></article>
    <footer>© Union</footer></body></html>`);
  assert.equal(page.fromArticle, true);
  assert.equal(page.text, 'Workers rally\n\nWorkers & supporters rallied in Phnom Penh today.\n\nThey called for the release of 23 workers.');
  assert.deepEqual(page.meta, { language: 'km', published: '2014-02-10', title: 'Workers rally', publisher: 'Union News', url: 'https://example.org/story' });
});

test('HTML without an <article> falls back to the body, minus the boilerplate', () => {
  const page = htmlToText('<html><body><nav>Menu</nav><div id="content"><p>Police arrested 10 workers in Cambodia on Monday.</p></div><footer>x</footer></body></html>');
  assert.equal(page.fromArticle, false);
  assert.equal(page.text, 'Police arrested 10 workers in Cambodia on Monday.');
});

test('Markdown markup is removed, words are kept', () => {
  const md = markdownToText('# Title here\n\nWorkers **walked out** on [Monday](https://x.org), said _the union_.\n\n- item one\n> quoted line\n\n```\ncode\n```');
  assert.equal(md.heading, 'Title here');
  assert.equal(md.text, 'Title here\n\nWorkers walked out on Monday, said the union.\n\nitem one\nquoted line');
});

test('published dates as people write them, at the precision they wrote', () => {
  assert.deepEqual(parsePublished('2014'), { date: '2014', precision: 'year' });
  assert.deepEqual(parsePublished(2014), { date: '2014', precision: 'year' });
  assert.deepEqual(parsePublished('2014-01'), { date: '2014-01', precision: 'month' });
  assert.deepEqual(parsePublished('2014-01-03T08:00:00+07:00'), { date: '2014-01-03', precision: 'day' });
  assert.deepEqual(parsePublished('3 January 2014'), { date: '2014-01-03', precision: 'day' });
  assert.deepEqual(parsePublished('Friday, January 3, 2014'), { date: '2014-01-03', precision: 'day' });
  assert.deepEqual(parsePublished('January 2014'), { date: '2014-01', precision: 'month' });
  assert.equal(parsePublished('soon'), undefined);
  assert.equal(parsePublished('2014-02-30'), undefined);
});

test('metadata: front matter wins over sources.json, which wins over the page', () => {
  const r = buildFeed([
    { file: 'a.md', bytes: enc.encode('---\npublisher: Front matter\n---\nWorkers in Cambodia went on strike today.\n') },
    { file: 'b.html', bytes: enc.encode('<html><head><meta name="date" content="2014-03-01"><meta property="og:site_name" content="The page"><title>Page title</title></head><body><article><p>Workers in Cambodia went on strike today, the union said.</p></article></body></html>') },
  ], { sources: { 'a.md': { publisher: 'Sources file', published: '2014-01-02' }, 'b.html': { title: 'From sources' } } });
  const a = r.feed.items.find((i) => i._source?.file === 'a.md')!;
  const b = r.feed.items.find((i) => i._source?.file === 'b.html')!;
  assert.equal(a._source?.publisher, 'Front matter');
  assert.equal(a.date_published, '2014-01-02T00:00:00Z');
  assert.equal(b.title, 'From sources');
  assert.equal(b._source?.publisher, 'The page');
  assert.equal(b.date_published, '2014-03-01T00:00:00Z');
});

test('bad metadata values are warnings and are dropped, never written', () => {
  const r = buildFeed([{ file: 'a.md', bytes: enc.encode('---\nurl: javascript:alert(1)\nkind: novel\npublished: someday\nlanguage: "English language"\n---\nText about Cambodia.\n') }]);
  const d = r.feed._campaign!.documents![0];
  assert.equal(d.status, 'warning');
  assert.match(d.messages.join(' '), /"url" is not an http/);
  assert.match(d.messages.join(' '), /"kind" must be/);
  assert.match(d.messages.join(' '), /"published" is not a date/);
  assert.match(d.messages.join(' '), /no published date/);
  assert.equal(r.feed.items[0].url, undefined);
  assert.deepEqual(r.problems, []);
});

test('a listing page: one item per entry, with its own date and publisher; filter line and pager dropped', () => {
  const text = 'News\nAll Years, 2014, 2013\n\n18 August 2014 | Union A\nFirst entry text.\n\n2014-08-14   Union B\nSecond entry text.\nIt has two lines.\n\n« Previous | 1 | 2 | Next »\n';
  const l = splitListing(text)!;
  assert.equal(l.heading, 'News');
  assert.deepEqual(l.entries, [
    { published: '2014-08-18', publisher: 'Union A', text: 'First entry text.' },
    { published: '2014-08-14', publisher: 'Union B', text: 'Second entry text.\nIt has two lines.' },
  ]);
  assert.equal(splitListing('Just one dated line\n2014-01-01\nText.'), undefined);
});

test('a page marked as a listing with no dated entries is read as one article, with a warning', () => {
  const r = buildFeed([{ file: 'l.txt', bytes: enc.encode('---\nkind: listing\npublished: 2014\n---\nNo entries here at all.\n') }]);
  assert.equal(r.feed.items.length, 1);
  assert.match(r.feed._campaign!.documents![0].messages.join(' '), /no dated entries/);
});

test('sources.json keys are checked without a filesystem, the same in the CLI and the studio', () => {
  assert.equal(normalizeRelative('./news\\a.md'), 'news/a.md');
  assert.equal(normalizeRelative('news/../a.md'), 'a.md');
  for (const bad of ['../a.md', 'news/../../a.md', '/etc/passwd', 'C:\\x.txt', '\\\\server\\share', 'a\u0000.md', '.']) assert.equal(normalizeRelative(bad), undefined, bad);
  const c = checkSources(JSON.parse('{"a.md":{"publisher":"A"},"../b.md":{},"__proto__":{"polluted":true}}'));
  assert.deepEqual(Object.keys(c.sources!).sort(), ['__proto__', 'a.md'], 'a "__proto__" key stays a plain (unmatched) name');
  assert.equal(Object.getPrototypeOf(c.sources), null);
  assert.equal(c.messages.length, 1);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.match(checkSources([]).error ?? '', /must be an object/);
});

test('headlines: the document’s own, a listing entry’s, else a short neutral one; never a sentence cut at "…"', () => {
  const long = 'Garment workers across the country walked out of their factories this morning after the wage board offered far less than the unions had asked for.';
  const r = buildFeed([
    { file: 'own.md', bytes: enc.encode(`---\ntitle: Wage board offer sparks walkout\npublished: 2014-01-02\n---\n${long}\n`) },
    { file: 'lead.txt', bytes: enc.encode(`---\npublished: 2014-01-03\n---\nUnions say 60,000 workers on strike\n\n${long}\n`) },
    { file: 'none.txt', bytes: enc.encode(`---\npublished: 2014-01-04\npublisher: A union\n---\n${long}\n`) },
    { file: 'list.txt', bytes: enc.encode(`---\nkind: listing\npublisher: A union\n---\nNews\n\nStrike over wages begins\n18 August, 2014Workers walked out of four factories in Phnom Penh today over pay.\n\n2014-08-14 | A union\n${long}\n`) },
  ]);
  const byFile = (f: string) => r.feed.items.filter((i) => i._source?.file === f);
  assert.equal(byFile('own.md')[0].title, 'Wage board offer sparks walkout');
  assert.equal(byFile('lead.txt')[0].title, 'Unions say 60,000 workers on strike');
  assert.equal(byFile('none.txt')[0].title, 'Article, 4 January 2014');
  const [a, b] = byFile('list.txt');
  assert.equal(a.title, 'Strike over wages begins');
  assert.equal(b.title, 'Press release, 14 August 2014');
  for (const item of r.feed.items) {
    assert.ok(!item.title!.endsWith('…'), item.title);
    assert.ok(!item.summary!.startsWith(item.title!), `the excerpt of "${item.title}" does not repeat it`);
  }
  assert.ok(byFile('lead.txt')[0].summary!.startsWith('Garment workers across'));
  assert.ok(a.summary!.startsWith('Workers walked out'));
});

test('a listing page’s entries keep their own links (HTML and Markdown), made absolute against the page', () => {
  const html = `<html><head><link rel="canonical" href="https://union.example/news/"></head><body><main>
    <h1>News</h1>
    <p><a href="/news/strike-begins">Strike over wages begins</a></p><p>18 August, 2014Workers walked out of four factories in Phnom Penh today over pay.</p>
    <p><a href="javascript:alert(1)">Rally for the 23</a></p><p>14 August, 2014Hundreds of workers rallied outside the court in Phnom Penh today.</p>
  </main></body></html>`;
  const md = `---\nkind: listing\nurl: https://union.example/press/\n---\n2014-08-18 | A union\n[Strike over wages begins](strike-begins)\n\nWorkers walked out of four factories in Phnom Penh today over pay.\n\n2014-08-14 | A union\nHundreds of workers rallied outside the court in Phnom Penh today.\n`;
  const r = buildFeed([{ file: 'news.html', bytes: enc.encode(html) }, { file: 'press.md', bytes: enc.encode(md) }]);
  const links = (f: string) => r.feed.items.filter((i) => i._source?.file === f).map((i) => [i.title, i.url]);
  assert.deepEqual(links('news.html'), [
    ['Strike over wages begins', 'https://union.example/news/strike-begins'],
    ['Rally for the 23', 'https://union.example/news/'],
  ]);
  assert.deepEqual(links('press.md'), [
    ['Strike over wages begins', 'https://union.example/press/strike-begins'],
    ['Press release, 14 August 2014', 'https://union.example/press/'],
  ]);
});

test('a day the text does not give is data (date, end, range "within"), never an English sentence in the feed', () => {
  const r = buildFeed([
    { file: 'a.md', bytes: enc.encode('---\npublished: 2014-08-14\n---\nWe condemn the violent dispersal of about 50 villagers from the Lor Peang community, who had set out on 12 August 2014 on a march from Kampong Chhnang province to Phnom Penh.\n') },
    { file: 'b.md', bytes: enc.encode('---\npublished: 2014-02-12\n---\nTwenty-three people were arrested in Phnom Penh on 2 and 3 January, when soldiers broke up the strike.\n') },
  ]);
  const camp = r.feed._campaign!;
  const dispersal = camp.incidents!.find((i) => i.date === '2014-08-12')!;
  assert.deepEqual([dispersal.date, dispersal.end, dispersal.range], ['2014-08-12', '2014-08-14', 'within']);
  const arrests = camp.incidents!.find((i) => i.kind === 'arrest')!;
  assert.deepEqual([arrests.date, arrests.end, arrests.range], ['2014-01-02', '2014-01-03', undefined], 'two days stated: a span');
  for (const f of [...camp.incidents!, ...(camp.actions ?? [])]) assert.equal(f.description, undefined, f.title);
  assert.deepEqual(validateFeed(r.feed), []);
});
