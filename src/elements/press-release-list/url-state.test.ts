import { expect } from '@open-wc/testing';
import { DEFAULT_VIEW, hashNamespace, readHash, writeHash } from './url-state.js';

describe('the view in the URL hash (pure)', () => {
  it('writes only what differs from the default view, readably', () => {
    const hash = writeHash('', 'prl', { ...DEFAULT_VIEW, year: '2014', query: 'lor peang', page: 2 });
    expect(hash).to.equal('#prl.year=2014&prl.q=lor%20peang&prl.page=2');
    expect(writeHash('', 'prl', DEFAULT_VIEW)).to.equal('');
  });

  it('reads back what it wrote, including awkward text', () => {
    const view = { year: '2013', publisher: "Workers' Union & Co", tag: 'a=b', query: '100% “fair” #1', page: 3 };
    expect(readHash(writeHash('', 'prl', view), 'prl')).to.deep.equal(view);
  });

  it('keeps the rest of the hash and another list’s keys untouched', () => {
    const start = '#top&prl-news.year=2013&other=1';
    const hash = writeHash(start, 'prl-press', { ...DEFAULT_VIEW, year: '2014' });
    expect(hash).to.equal('#top&prl-news.year=2013&other=1&prl-press.year=2014');
    expect(readHash(hash, 'prl-news').year).to.equal('2013');
    expect(readHash(hash, 'prl-press').year).to.equal('2014');
    expect(writeHash(hash, 'prl-press', DEFAULT_VIEW)).to.equal('#top&prl-news.year=2013&other=1');
  });

  it('ignores nonsense: bad escapes, a page that is not a number', () => {
    const v = readHash('#prl.q=%E0%A4%A&prl.page=abc&prl.unknown=1', 'prl');
    expect(v.query).to.equal('%E0%A4%A');
    expect(v.page).to.equal(1);
  });

  it('names the namespace after the element id', () => {
    expect(hashNamespace('')).to.equal('prl');
    expect(hashNamespace('news')).to.equal('prl-news');
  });
});
