import { expect } from '@open-wc/testing';
import { parseFeedText, parseFeedValue } from './parse.js';
import { parseFeedTextLazily, parseFeedValueLazily } from './parse-lazy.js';
import { FeedLoadError } from './errors.js';

// The elements read feeds through parse-lazy.ts, which loads the RSS/Atom, TimelineJS and GeoJSON
// readers when a feed of that format arrives. Whatever arrives, the result (or the error, code and
// message) is the one the synchronous public helpers give.

const FIX = '/test/fixtures/runtime/';
const FILES = ['rss.xml', 'atom.xml', 'broken.xml', 'stray-ampersand.xml', 'timeline.json', 'actions.geojson', 'jsonfeed-1.0.json', 'hostile.json', 'html-page.html', 'not-a-feed.json', 'truncated.json'];
const TEXTS = [
  '',
  '   ',
  'hello',
  '[1, 2, 3]',
  '{"hello": "world"}',
  '{\n  "title": "x",\n  "items": [1,]\n}',
  '<!DOCTYPE html><html><body>404</body></html>',
  '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '<rss version="2.0"><channel><title>Broken</title><item><title>Unclosed</item></channel></rss>',
  '<!DOCTYPE rss [<!ENTITY e "x">]><rss version="2.0"><channel><title>&e;</title></channel></rss>',
  '{"events": "not a list"}',
  '{"events": [{"start_date": {"year": "soon"}, "text": {"headline": "<b>No date</b>"}}]}',
  '{"events": [{"start_date": {"year": 2014, "month": 1, "day": 3}, "text": {"headline": "Shots fired"}}]}',
  '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": []}, "properties": {}}]}',
  '{"type": "Feature"}',
];

type Outcome = { feed: unknown; problems: unknown; format: unknown } | { code: string; message: string };

const outcome = (fn: () => { feed: unknown; problems: unknown; format: unknown }): Outcome => {
  try {
    const { feed, problems, format } = fn();
    return { feed, problems, format };
  } catch (e) {
    expect(e).to.be.instanceOf(FeedLoadError);
    return { code: (e as FeedLoadError).code, message: (e as FeedLoadError).message };
  }
};

const lazyOutcome = async (fn: () => Promise<{ feed: unknown; problems: unknown; format: unknown }>): Promise<Outcome> => {
  try {
    const { feed, problems, format } = await fn();
    return { feed, problems, format };
  } catch (e) {
    expect(e).to.be.instanceOf(FeedLoadError);
    return { code: (e as FeedLoadError).code, message: (e as FeedLoadError).message };
  }
};

const opts = { baseUrl: 'https://example.org/feeds/feed', contentType: 'application/octet-stream' };
// `generated` is the time of reading for formats without one (TimelineJS, GeoJSON).
const sameInstant = (o: Outcome) => JSON.parse(JSON.stringify(o).replace(/"generated":"[^"]*"/g, '"generated":"…"'));

describe('feeds read with their reader loaded on demand (what the elements do)', () => {
  it('every fixture and every broken text gives the same feed, or the same error, as parseFeedText', async () => {
    const texts = [...TEXTS, ...(await Promise.all(FILES.map(async (f) => (await fetch(FIX + f)).text())))];
    for (const text of texts) {
      const sync = outcome(() => parseFeedText(text, opts));
      const lazy = await lazyOutcome(() => parseFeedTextLazily(text, opts));
      expect(sameInstant(lazy), text.slice(0, 80)).to.deep.equal(sameInstant(sync));
    }
  });

  it('bad XML and bad TimelineJS keep their specific errors', async () => {
    const xml = await lazyOutcome(() => parseFeedTextLazily(TEXTS[8]));
    expect(xml).to.have.property('code', 'syntax');
    expect((xml as { message: string }).message).to.match(/not well-formed XML: error on line 1 at column \d+/);
    const timeline = await lazyOutcome(() => parseFeedTextLazily('{"events": [{"text": {"headline": "x"}}]}'));
    expect(timeline).to.have.property('format', 'timelinejs');
    expect(JSON.stringify((timeline as { problems: unknown }).problems)).to.contain('$.events[0]');
  });

  it('the .feed property: objects of each JSON format, feed text and XML documents', async () => {
    const timeline = JSON.parse(await (await fetch(FIX + 'timeline.json')).text());
    const geo = JSON.parse(await (await fetch(FIX + 'actions.geojson')).text());
    const atom = await (await fetch(FIX + 'atom.xml')).text();
    const doc = new DOMParser().parseFromString(await (await fetch(FIX + 'rss.xml')).text(), 'application/xml');
    for (const value of [timeline, geo, atom, doc, { _campaign: {}, version: 'https://jsonfeed.org/version/1.1', title: 't', items: [] }, 42]) {
      const sync = outcome(() => parseFeedValue(value, opts.baseUrl));
      const lazy = await lazyOutcome(() => parseFeedValueLazily(value, opts.baseUrl));
      expect(sameInstant(lazy)).to.deep.equal(sameInstant(sync));
    }
  });
});
