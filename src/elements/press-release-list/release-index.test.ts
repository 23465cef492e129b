import { expect } from '@open-wc/testing';
import type { FeedItem } from '../../feed/types.js';
import { buildIndex, filterEntries, fold, narrows, prepareSearch, searchTerms, statedDate } from './release-index.js';

const item = (id: string, over: Partial<FeedItem> = {}): FeedItem => ({
  id,
  title: `Release ${id}`,
  date_published: '2014-01-01T00:00:00Z',
  ...over,
});

describe('the release index (pure)', () => {
  it('folds case and Latin accents but leaves Khmer exactly as written', () => {
    expect(fold('Sánchez ÉLAN Łódź Straße')).to.equal('sanchez elan lodz strasse');
    expect(fold('workers’ “demand”')).to.equal(`workers' "demand"`);
    const khmer = 'កម្មករកាត់ដេរ ប្រាក់ឈ្នួល';
    expect(fold(khmer)).to.equal(khmer);
  });

  it('states a date only as precisely as its source does', () => {
    expect(statedDate(item('a', { _source: { file: 'x', date_precision: 'month' } }))).to.equal('2014-01');
    expect(statedDate(item('b', { _source: { file: 'x', date_precision: 'year' } }))).to.equal('2014');
    expect(statedDate(item('c'))).to.equal('2014-01-01');
    expect(statedDate(item('d', { date_published: undefined }))).to.equal(undefined);
    expect(statedDate(item('e', { date_published: 'yesterday' }))).to.equal(undefined);
  });

  it('sorts newest first, a month-only date before the days of that month, undated last', () => {
    const index = buildIndex([
      item('undated', { date_published: undefined }),
      item('jan-3', { date_published: '2014-01-03T00:00:00Z' }),
      item('jan', { date_published: '2014-01-01T00:00:00Z', _source: { file: 'x', date_precision: 'month' } }),
      item('2013', { date_published: '2013-12-26T00:00:00Z' }),
      item('aug', { date_published: '2014-08-14T00:00:00Z' }),
    ]);
    expect(index.entries.map((e) => e.item.id)).to.deep.equal(['aug', 'jan-3', 'jan', '2013', 'undated']);
    expect(index.years).to.deep.equal(['2014', '2013']);
  });

  it('lists each publisher and tag once, whatever their case, alphabetically', () => {
    const index = buildIndex([
      item('a', { _source: { file: 'x', publisher: 'CLEC' }, tags: ['strike', 'press-release'] }),
      item('b', { _source: { file: 'x', publisher: 'clec' }, tags: ['Strike'] }),
      item('c', { authors: [{ name: 'Solidarity desk' }], tags: ['news', 'news'] }),
    ]);
    expect(index.publishers.map((p) => [p.value, p.count])).to.deep.equal([
      ['CLEC', 2],
      ['Solidarity desk', 1],
    ]);
    expect(index.tags.map((t) => [t.value, t.count])).to.deep.equal([
      ['news', 1],
      ['press-release', 1],
      ['strike', 2],
    ]);
  });

  it('a scope (the page author’s publisher or tag) keeps only those items', () => {
    const items = [
      item('a', { _source: { file: 'x', publisher: 'CLEC' }, tags: ['press-release'] }),
      item('b', { _source: { file: 'x', publisher: 'Example Daily' }, tags: ['news'] }),
    ];
    expect(buildIndex(items, { tag: 'Press-Release' }).entries.map((e) => e.item.id)).to.deep.equal(['a']);
    expect(buildIndex(items, { publisher: 'example daily' }).entries.map((e) => e.item.id)).to.deep.equal(['b']);
  });

  it('search matches title, summary and text, every word, in any order, without accents or case', () => {
    const index = buildIndex([
      item('title', { title: 'Lor Peang villagers dispersed' }),
      item('summary', { title: 'x', summary: 'A march from Kampong Chhnang' }),
      item('text', { title: 'y', content_text: 'The union of Phnom Penh met Señor García.' }),
    ]);
    const ids = (query: string) => filterEntries(index, { query }).map((e) => e.item.id);
    expect(ids('peang LOR')).to.deep.equal(['title']);
    expect(ids('chhnang')).to.deep.equal(['summary']);
    expect(ids('garcia senor')).to.deep.equal(['text']);
    expect(ids('lor chhnang')).to.deep.equal([]);
    expect(ids('   ')).to.have.length(3);
  });

  it('filters combine: year, publisher, tag and search together', () => {
    const index = buildIndex([
      item('a', { date_published: '2014-02-01T00:00:00Z', _source: { file: 'x', publisher: 'CLEC' }, tags: ['strike'] }),
      item('b', { date_published: '2013-02-01T00:00:00Z', _source: { file: 'x', publisher: 'CLEC' }, tags: ['strike'] }),
      item('c', { date_published: '2014-03-01T00:00:00Z', _source: { file: 'x', publisher: 'Other' }, tags: ['strike'] }),
    ]);
    const ids = filterEntries(index, { year: '2014', publisher: 'clec', tag: 'STRIKE', query: 'release' }).map((e) => e.item.id);
    expect(ids).to.deep.equal(['a']);
  });

  it('filtering 10,000 items per keystroke takes well under a frame (16 ms, median)', () => {
    const words = ['wage', 'strike', 'garment', 'union', 'factory', 'march', 'court', 'release', 'brand', 'worker'];
    const items = Array.from({ length: 10_000 }, (_, i) =>
      item(`i${i}`, {
        title: `${words[i % 10]} ${words[(i * 7) % 10]} number ${i}`,
        summary: `Summary of release ${i} about ${words[(i * 3) % 10]}.`,
        content_text: `${words[(i * 3) % 10]} `.repeat(60) + `Séverine ${i}`,
        date_published: `${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}T00:00:00Z`,
      }),
    );
    const index = buildIndex(items);
    prepareSearch(index);
    // The fastest of five runs per query: the cost of the work itself, not of whatever else the
    // (shared, busy) test machine is doing at that moment.
    const times: number[] = [];
    for (const q of ['s', 'se', 'sev', 'seve', 'sever', 'severi', 'severin', 'severine', 'severine 9', 'severine 99']) {
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        filterEntries(index, { query: q });
        best = Math.min(best, performance.now() - t0);
      }
      times.push(best);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).to.be.below(16);
    expect(filterEntries(index, { query: 'severine 9999' }).map((e) => e.item.id)).to.deep.equal(['i9999']);
  });

  it('typing one more letter searches only the last result, and finds exactly the same', () => {
    expect(narrows(['lor'], ['lor', 'p'])).to.equal(true);
    expect(narrows(['lo'], ['lor'])).to.equal(true);
    expect(narrows(['lor', 'peang'], ['lor'])).to.equal(false);
    expect(narrows(['wage'], ['strike'])).to.equal(false);
    const items = Array.from({ length: 300 }, (_, i) =>
      item(`i${i}`, { title: ['Lor Peang march', 'Living wage', 'Lorry drivers strike'][i % 3] + ` ${i}` }),
    );
    const index = buildIndex(items);
    let last = { terms: [] as string[], entries: filterEntries(index, {}) };
    for (const q of ['l', 'lo', 'lor', 'lor ', 'lor p', 'lor pe', 'lor', 'living', 'liv']) {
      const fast = filterEntries(index, { query: q }, last);
      expect(fast.map((e) => e.item.id), q).to.deep.equal(filterEntries(index, { query: q }).map((e) => e.item.id));
      last = { terms: searchTerms(q), entries: fast };
    }
  });
});
