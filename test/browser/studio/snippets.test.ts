import { expect } from '@open-wc/testing';
import { attributeText, cmsSnippet, inlineJson, npmSnippet, plainSnippet } from '../../../src/studio/snippets.js';
import { elementAttributes, defaultPreview, readPreview } from '../../../src/studio/preview-options.js';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'T',
  items: [{ id: 'a', title: '</script><script>alert(1)</script> & <!-- x', url: 'javascript:alert(1)', date_published: '2014-01-03T00:00:00Z' }],
  _campaign: { schema: 1, generated: '2014-01-01T00:00:00Z', incidents: [{ id: 'i', date: '2014-01-03', kind: 'killing', title: 'Shooting \u2028 "x"', sources: [] }] },
};

/** Parses a snippet as a page would (an inert template). */
function parse(html: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

describe('embed snippets', () => {
  it('inline JSON cannot close its script element, and reads back as the same feed', () => {
    const text = inlineJson(FEED);
    expect(text).not.to.match(/<|>|&|\u2028/);
    expect(JSON.parse(text)).to.deep.equal(FEED);
    const frag = parse(plainSnippet({ tag: 'press-release-list', attrs: {}, feed: FEED, feedUrl: '/f.json', scriptUrl: '/s.js', lang: 'en', inline: true }));
    const scripts = frag.querySelectorAll('script');
    expect(scripts).to.have.length(2, 'the library script and the one JSON script, nothing else');
    expect(JSON.parse(scripts[1].textContent!)).to.deep.equal(FEED);
    expect(frag.querySelector('press-release-list > ul.sw-fallback-releases a')).to.equal(null, 'no link for a javascript: URL');
  });

  it('attributes are escaped; true is a bare attribute; empty values are left out', () => {
    expect(attributeText({ a: 'x"><script>', b: true, c: false, d: '', e: undefined })).to.equal(' a="x&quot;&gt;&lt;script&gt;" b');
    const frag = parse(plainSnippet({ tag: 'incident-timeline', attrs: { 'include-actions': true, lang: 'km' }, feed: FEED, feedUrl: '/feed.json?a=1&b="2"', scriptUrl: '/x.js', lang: 'km', inline: false }));
    const el = frag.querySelector('incident-timeline')!;
    expect(el.getAttribute('src')).to.equal('/feed.json?a=1&b="2"');
    expect(el.hasAttribute('include-actions')).to.equal(true);
    expect(el.querySelector('table.sw-fallback caption')!.textContent).to.equal('ហេតុការណ៍');
    expect(el.querySelector('script')).to.equal(null, 'with a src, the feed is not inline');
  });

  it('the CMS snippet is the fallback alone: no script, no custom element, no inline feed', () => {
    const html = cmsSnippet({ tag: 'incident-timeline', attrs: {}, feed: FEED, lang: 'en' });
    const frag = parse(html);
    expect(frag.querySelector('script, incident-timeline')).to.equal(null);
    expect(frag.querySelectorAll('tbody tr')).to.have.length(1);
    expect(frag.textContent).to.contain('Shooting');
  });

  it('npm snippets import one element and use the feed URL', () => {
    const s = npmSnippet({ tag: 'action-map', attrs: { view: 'table' }, feedUrl: '/campaign/feed.json' });
    expect(s.module).to.equal("import 'solidarity-widgets/elements/action-map.js';");
    expect(s.html).to.equal('<action-map src="/campaign/feed.json" view="table"></action-map>');
  });

  it('preview choices become attributes, defaults left out; stored choices are checked', () => {
    const o = defaultPreview();
    expect(elementAttributes('press-release-list', o)).to.deep.equal({});
    o.lang = 'km';
    o.theme = 'dark';
    o.attrs['press-release-list'] = { layout: 'cards', 'page-size': '10' };
    expect(elementAttributes('press-release-list', o)).to.deep.equal({ lang: 'km', theme: 'dark', layout: 'cards' });
    const read = readPreview({ lang: 'fr', theme: 'dark', width: 'phone', attrs: { 'action-map': { view: 'globe', 'include-incidents': true }, 'wage-gap-gauge': { country: 'KH' } } });
    expect(read.lang).to.equal('en');
    expect(read.attrs['action-map']).to.deep.equal({ 'include-incidents': true });
    expect(read.attrs['wage-gap-gauge']).to.deep.equal({ country: 'KH' });
  });
});
