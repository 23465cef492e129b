import { expect } from '@open-wc/testing';
import { parseFeedText, parseFeedValue } from './parse.js';
import { decodeFeedBytes } from '../feed/readers/decode.js';
import { FeedLoadError } from './errors.js';

const FIX = '/test/fixtures/runtime/';
const text = async (path: string) => (await fetch(path)).text();
const read = async (name: string) => parseFeedText(await text(FIX + name), { baseUrl: new URL(FIX + name, location.href).href });
const failure = (fn: () => unknown): FeedLoadError => {
  try {
    fn();
  } catch (e) {
    return e as FeedLoadError;
  }
  throw new Error('expected a failure');
};

describe('reading feeds of every supported format', () => {
  afterEach(() => expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined));

  it('an RSS 2.0 feed becomes items: plain-text titles, absolute http links, RFC 3339 dates, authors, tags', async () => {
    const r = await read('rss.xml');
    expect(r.format).to.equal('rss');
    expect(r.feed.title).to.equal('Union news & notes');
    expect(r.feed.items.map((i) => i.id), 'guid, else link').to.deep.equal(['union-1', 'union-2', 'https://union.example.org/news/odd']);
    const [first, second, third] = r.feed.items;
    expect(first.title).to.equal('Wage talks resume after strike');
    expect(first.url).to.equal('https://union.example.org/news/wage-talks');
    expect(first.date_published).to.equal('2014-01-03T01:30:00Z');
    expect(first.authors).to.deep.equal([{ name: 'Press office' }]);
    expect(first.tags).to.deep.equal(['press-release', 'wages']);
    expect(first.summary).to.equal("Talks between unions and the employers' association resumed on Friday.");
    expect(first.content_text).to.equal('Talks resumed on Friday.\n\nBoth sides met for three hours.');
    expect(first._source?.publisher).to.equal('Union news & notes');
    expect(second.title).to.equal('A title with an entity: café & more');
    expect(second.url, 'a javascript: link is dropped').to.equal(undefined);
    expect(second.date_published, 'two-digit year').to.equal('2017-12-07T10:00:00Z');
    expect(second.authors).to.deep.equal([{ name: 'News desk' }]);
    expect(third.date_published).to.equal(undefined);
    expect(r.problems.map((p) => p.path)).to.include.members(['$.items[2].date_published', '$.items[1].url']);
  });

  it('an Atom feed becomes items: xml:base resolved, html and xhtml reduced to text, feed author inherited', async () => {
    const r = await read('atom.xml');
    expect(r.format).to.equal('atom');
    expect(r.feed.title).to.equal('Solidarity blog');
    expect(r.feed.home_page_url).to.equal('https://solidarity.example.net/blog/');
    const [vigil, second, bare] = r.feed.items;
    expect(vigil.url).to.equal('https://solidarity.example.net/blog/posts/vigil');
    expect(vigil.date_published, 'RFC 3339 kept as written').to.equal('2014-01-08T18:00:00+01:00');
    expect(vigil.date_modified).to.equal('2014-01-09T09:00:00Z');
    expect(vigil.summary).to.equal('A candle-lit vigil & a minute of silence.');
    expect(vigil.content_text).to.equal('People gathered in the evening.\n\nThey read the names aloud.');
    expect(vigil.authors).to.deep.equal([{ name: 'Blog team', url: 'https://solidarity.example.net/' }]);
    expect(vigil.tags).to.deep.equal(['Solidarity actions']);
    expect(vigil.language).to.equal('en');
    expect(second.url).to.equal('https://other.example.net/second');
    expect(second.date_published).to.equal('2014-01-09T00:00:00Z');
    expect(second.authors).to.deep.equal([{ name: 'Guest writer' }]);
    expect(bare.id).to.equal('urn:uuid:entry-3');
    expect(bare.title).to.equal(undefined);
  });

  it('a JSON Feed 1.0 is read as 1.1: number ids, a repeated id renamed, HTML content as text, relative links resolved', async () => {
    const r = await read('jsonfeed-1.0.json');
    expect(r.format).to.equal('json-feed');
    expect(r.feed.version).to.equal('https://jsonfeed.org/version/1.1');
    expect(r.feed.items.map((i) => i.id)).to.deep.equal(['1', '1~2', 'https://blog.example.com/posts/no-id', 'bad-link']);
    const [one, again, noId, badLink] = r.feed.items;
    expect(one.url).to.equal('https://blog.example.com/posts/one');
    expect(one.content_text).to.equal('Hello world.');
    expect(one.date_published).to.equal('2014-01-05T10:00:00-05:00');
    expect(one.authors).to.deep.equal([{ name: 'Sam Writer', url: 'https://blog.example.com/about' }]);
    expect(again.date_published).to.equal('2014-01-06T00:00:00Z');
    expect(noId.tags).to.deep.equal(['x', '3', 'y']);
    expect(badLink.url).to.equal(undefined);
    expect(badLink.title, 'the item stays, only its link goes').to.equal('A javascript: link');
    expect(r.problems.map((p) => p.path)).to.deep.equal(['$.items[1].id', '$.items[3].url']);
  });

  it('a TimelineJS document becomes incidents with the precision of their dates, kinds from groups, and a source item each', async () => {
    const r = await read('timeline.json');
    expect(r.format).to.equal('timelinejs');
    expect(r.feed.title).to.equal('A test timeline');
    const incidents = r.feed._campaign!.incidents!;
    expect(incidents.map((e) => [e.id, e.date, e.kind])).to.deep.equal([
      ['strike-begins', '2013-12-24', 'strike'],
      ['event-2', '2014-01', 'arrest'],
      ['event-3', '2014', 'other'],
      ['event-5', '2014-01-03', 'killing'],
    ]);
    expect(incidents[1].end).to.equal('2014-02');
    expect(incidents[3].end, 'an unreadable end date is left out').to.equal(undefined);
    expect(incidents[0].description).to.equal('Workers in several factories stop work.');
    const src = r.feed.items.find((i) => i.id === incidents[0].sources[0].item)!;
    expect(src.url).to.equal('https://news.example.org/strike-begins');
    expect(src._source).to.deep.equal({ file: new URL(FIX + 'timeline.json', location.href).href, date_precision: 'day', publisher: 'Example News' });
    expect(r.feed.items.find((i) => i.id === 'source-event-3')!._source!.date_precision).to.equal('year');
    expect(r.problems.map((p) => p.path)).to.deep.equal(['$.events[3].start_date', '$._campaign.incidents[3].end']);
  });

  it('a GeoJSON FeatureCollection becomes actions placed at their points; other geometries are reported', async () => {
    const r = await read('actions.geojson');
    expect(r.format).to.equal('geojson');
    const actions = r.feed._campaign!.actions!;
    expect(actions.map((a) => [a.id, a.kind, a.date])).to.deep.equal([
      ['london', 'protest', '2014-01-10'],
      ['action-2', 'other', '2014-01'], // no kind given: not guessed from the title
    ]);
    expect(actions[0].place).to.deep.equal({ name: 'London', lat: 51.5012, lon: -0.1527, country: 'GB' });
    expect(actions[0].participants).to.deep.equal({ value: 40, qualifier: 'more-than' });
    expect(actions[0].organisers).to.deep.equal(['Union A', 'Group B']);
    expect(actions[1].participants).to.deep.equal({ value: 25, qualifier: 'exact' });
    expect(r.problems.map((p) => p.path)).to.deep.equal(['$.features[2].geometry', '$.features[3].properties']);
  });

  it('the format is found from the content, whatever the file is called or served as', () => {
    const rssAsJson = parseFeedText('<rss version="2.0"><channel><title>t</title></channel></rss>', { contentType: 'application/json' });
    expect(rssAsJson.format).to.equal('rss');
    const jsonAsText = parseFeedText('{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[]}', { contentType: 'text/plain' });
    expect(jsonAsText.format).to.equal('json-feed');
  });

  it('the .feed property takes objects of every JSON format, feed text, and XML documents', async () => {
    expect(parseFeedValue(JSON.parse(await text(FIX + 'timeline.json'))).format).to.equal('timelinejs');
    expect(parseFeedValue(await text(FIX + 'atom.xml')).format).to.equal('atom');
    const doc = new DOMParser().parseFromString(await text(FIX + 'rss.xml'), 'application/xml');
    expect(parseFeedValue(doc).format).to.equal('rss');
  });

  it('HTML in descriptions is reduced to text without running or loading anything', async () => {
    const r = await read('rss.xml');
    await new Promise((res) => setTimeout(res, 50));
    expect(r.feed.items[0].summary).not.to.contain('<');
    expect(performance.getEntriesByType('resource').some((e) => e.name.endsWith('/x'))).to.equal(false);
  });
});

describe('feeds that cannot be read', () => {
  it('truncated JSON fails with the line and column of the problem', async () => {
    const err = failure(() => parseFeedText('{\n  "title": "x",\n  "items": [1,]\n}'));
    expect(err.code).to.equal('syntax');
    expect(err.message).to.match(/^The feed is not valid JSON: .* at line 3, column 15 \(position 32\)$/);
    const cut = failure(() => parseFeedText('{"items": [ {"id": "a", "title": "unterm'));
    expect(cut.message).to.contain('the text stops early');
  });

  it('JSON that is not a feed, an HTML page and unknown XML each say what they are', async () => {
    expect(failure(() => parseFeedText('[1, 2, 3]')).message).to.contain('expected an object, got an array');
    expect(failure(() => parseFeedText('{"hello": "world"}')).code).to.equal('format');
    expect(failure(() => parseFeedText(`\n${'<!DOCTYPE html><html><body>404</body></html>'}`)).message).to.contain('HTML page');
    expect(failure(() => parseFeedText('<svg xmlns="http://www.w3.org/2000/svg"/>')).message).to.contain('root element is <svg>');
    expect(failure(() => parseFeedText('   ')).message).to.equal('The feed is empty');
    expect(failure(() => parseFeedText('hello')).code).to.equal('syntax');
  });

  it('XML with stray ampersands is mended; XML that is really broken says where', async () => {
    const r = parseFeedText(await text(FIX + 'stray-ampersand.xml'));
    expect(r.feed.title).to.equal('AT&T news');
    expect(r.feed.items[0].title).to.equal('Q&A with organisers');
    const err = failure(() => parseFeedText('<rss version="2.0"><channel><title>Broken</title><item><title>Unclosed</item></channel></rss>'));
    expect(err.code).to.equal('syntax');
    expect(err.message).to.match(/not well-formed XML: error on line 1 at column \d+/);
  });
});

describe('text encodings', () => {
  it('bytes are decoded by BOM, XML declaration, Content-Type, else UTF-8 with a windows-1252 fallback', () => {
    const latin1 = new Uint8Array([0x3c, 0x61, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]); // <a>café</a>
    expect(decodeFeedBytes(latin1)).to.equal('<a>café</a>');
    const decl = new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?><a>');
    const cyr = new Uint8Array([...decl, 0xcf, 0xf0, 0xe8]);
    expect(decodeFeedBytes(cyr).endsWith('<a>При')).to.equal(true);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
    expect(decodeFeedBytes(bom)).to.equal('{}');
    expect(decodeFeedBytes(new Uint8Array([0xe9]), 'text/plain; charset=ISO-8859-1')).to.equal('é');
  });
});

describe('real-world feeds from ../shared/data (when that folder is present)', () => {
  for (const dir of ['json-feed', 'rss', 'atom']) {
    it(`every ${dir} file reads without an exception, or fails with a readable reason`, async function (this: { skip(): never }) {
      const list = await fetch(`/shared-data/${dir}/`);
      if (!list.ok) {
        console.log(`skipped: ../shared/data/${dir}/ is not there (the /shared-data middleware answered ${list.status})`);
        this.skip();
      }
      const files = (await list.json()) as string[];
      const { acquireFeed } = await import('./feed-loader.js');
      const report: string[] = [];
      let read = 0;
      for (const f of files) {
        const lease = acquireFeed(new URL(`/shared-data/${dir}/${f}`, location.href).href, 10 * 1024 * 1024);
        let r;
        try {
          r = await lease.promise;
        } catch (err) {
          const e = err as FeedLoadError;
          report.push(`${f}: ${e.code}: ${e.message}`);
          expect(e, f).to.be.instanceOf(FeedLoadError);
          expect(['syntax', 'format'], f).to.include(e.code);
          continue;
        } finally {
          lease.release();
        }
        read++;
        const items = r.feed.items;
        const first = r.problems[0];
        report.push(`${f}: ${r.format}, ${items.length} items, ${r.problems.length} problems${first ? ` (first: ${first.path} ${first.message})` : ''}`);
        expect(items.length, f).to.be.greaterThan(0);
        for (const i of items) {
          // RSS and Atom titles are HTML in practice and are reduced to text; JSON Feed titles are
          // plain text by the spec, so "Die Rückkehr von <i> und <b>" there is literally that.
          if (dir !== 'json-feed') expect(i.title ?? '', `${f} ${i.id}`).not.to.match(/<[a-z!/]/i);
          if (i.url) expect(i.url, f).to.match(/^https?:\/\//);
        }
        expect(new Set(items.map((i) => i.id)).size, `${f}: ids are unique`).to.equal(items.length);
      }
      console.log(`${dir}: ${read} of ${files.length} read\n  ${report.join('\n  ')}`);
      // Only the file that is cut off on purpose may fail.
      expect(files.length - read).to.be.at.most(dir === 'json-feed' ? 1 : 0);
    });
  }
});

describe('reading back what the feed builder publishes', () => {
  it('the builder’s RSS and Atom of the test feed read back into the same items', async () => {
    const { toRss, toAtom } = await import('../builder/write/syndication.js');
    const original = JSON.parse(await text('/test/fixtures/campaign.json'));
    for (const [name, xml] of [['rss', toRss(original)], ['atom', toAtom(original)]] as const) {
      const back = parseFeedText(xml);
      expect(back.format).to.equal(name);
      expect(back.feed.title).to.equal(original.title);
      expect(back.feed.items).to.have.length(original.items.length);
      back.feed.items.forEach((item, i) => {
        const o = original.items[i];
        expect(item.title, `${name} ${o.id}`).to.equal(o.title);
        expect(item.url, `${name} ${o.id}`).to.equal(o.url);
        expect(Date.parse(item.date_published!), `${name} ${o.id}`).to.equal(Date.parse(o.date_published));
        expect(item.tags, `${name} ${o.id}`).to.deep.equal(o.tags);
        if (name === 'rss') expect(item._source?.publisher, o.id).to.equal(o._source?.publisher ?? original.title);
      });
    }
  });
});

describe('the JSON test suite as feeds (../shared/data/json-test-suite, when present)', () => {
  it('every n_ file fails with a located syntax error, every y_ file parses; nothing throws anything else', async function (this: { skip(): never }) {
    const list = await fetch('/shared-data/json-test-suite/test_parsing/');
    if (!list.ok) {
      console.log(`skipped: ../shared/data/json-test-suite/ is not there (the /shared-data middleware answered ${list.status})`);
      this.skip();
    }
    const { jsonErrorOffset } = await import('../feed/readers/json-text.js');
    const files = (await list.json()) as string[];
    const tally = { y: 0, n: 0, i: 0, shown: 0, errors: 0 };
    for (const f of files) {
      const bytes = new Uint8Array(await (await fetch(`/shared-data/json-test-suite/test_parsing/${f}`)).arrayBuffer());
      const text = decodeFeedBytes(bytes, 'application/json');
      let outcome: 'feed' | FeedLoadError;
      try {
        parseFeedText(text, { contentType: 'application/json' });
        outcome = 'feed';
      } catch (e) {
        expect(e, f).to.be.instanceOf(FeedLoadError);
        outcome = e as FeedLoadError;
      }
      tally[f[0] as 'y' | 'n' | 'i']++;
      if (outcome === 'feed') tally.shown++;
      else tally.errors++;
      let parses = true;
      try {
        JSON.parse(text.replace(/^\ufeff/, ''));
      } catch {
        parses = false;
      }
      // The error locator agrees with the engine on every file: it finds an error exactly when JSON.parse does.
      expect(jsonErrorOffset(text.replace(/^\ufeff/, '')) >= 0, f).to.equal(!parses);
      if (f.startsWith('n_') && outcome !== 'feed' && !parses) expect(outcome.code, f).to.equal('syntax');
      if (f.startsWith('y_')) expect(outcome === 'feed' || outcome.code === 'format', f).to.equal(true);
    }
    console.log(`json-test-suite: ${files.length} files (${tally.y} y_, ${tally.n} n_, ${tally.i} i_): ${tally.errors} error states, ${tally.shown} shown as feeds`);
  });
});

describe('big feeds', () => {
  // The bound catches a quadratic slip (minutes), not noise: this machine is shared and busy.
  it('a 100,000-item feed is read in seconds, not minutes', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `i${i}`, title: `Item ${i}`, url: `https://example.org/${i}`, date_published: '2014-01-03T00:00:00Z', tags: ['news'] }));
    const textFeed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', items, _campaign: { schema: 1, generated: '2014-02-01T00:00:00Z' } });
    const t = performance.now();
    const r = parseFeedText(textFeed);
    const ms = performance.now() - t;
    console.log(`100,000 items (${(textFeed.length / 1e6).toFixed(1)} MB) read in ${Math.round(ms)} ms`);
    expect(r.feed.items).to.have.length(100_000);
    expect(ms).to.be.below(10_000);
  });
});
