import { expect } from '@open-wc/testing';
import { htmlToText, parseFeedText } from './parse.js';

// The partner page's CSP enforces Trusted Types, and DOMParser is one of its sinks. This page turns
// enforcement on (a CSP <meta> applies from the moment it is inserted) and reads HTML and XML feeds.
describe('feeds on a page that enforces Trusted Types', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types solidarity-widgets lit-html 'allow-duplicates'";
    document.head.append(meta);
  });

  it('enforcement is on: a plain string into DOMParser is refused', () => {
    expect(() => new DOMParser().parseFromString('<p>x</p>', 'text/html')).to.throw(TypeError);
  });

  it('HTML descriptions and RSS feeds are still read, through the library’s policy', () => {
    expect(htmlToText('<p>Talks <b>resumed</b>.</p><script>window.__pwned = 1</script>')).to.equal('Talks resumed.');
    const r = parseFeedText('<rss version="2.0"><channel><title>T</title><item><title>A &amp;amp; B</title><description>&lt;p&gt;Hi&lt;/p&gt;</description></item></channel></rss>');
    expect(r.feed.items[0].title).to.equal('A & B');
    expect(r.feed.items[0].summary).to.equal('Hi');
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });
});
