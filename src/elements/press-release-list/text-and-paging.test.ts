import { expect } from '@open-wc/testing';
import { excerpt } from './excerpt.js';
import { clampPage, pageCount, pagerSlots } from './paging.js';

describe('excerpts', () => {
  it('a short text is shown whole, with its white space tidied', () => {
    expect(excerpt('  We condemn\n the dispersal.  ')).to.deep.equal({ text: 'We condemn the dispersal.', cut: false });
  });

  it('a long text is cut at the end of a word, within 300 characters, with "…"', () => {
    const text = 'Workers marched for a living wage. '.repeat(20);
    const e = excerpt(text);
    expect(e.cut).to.equal(true);
    expect(e.text.endsWith('…')).to.equal(true);
    expect(e.text.length).to.be.at.most(301);
    const body = e.text.slice(0, -1);
    // Ends on a whole word of the original.
    expect(text.startsWith(body)).to.equal(true);
    expect([' ', '.'].includes(text[body.length]) || /\W/.test(text[body.length])).to.equal(true);
  });

  it('one endless word (a pasted URL) is still cut, never splitting an emoji', () => {
    const e = excerpt(`${'x'.repeat(299)}😀${'y'.repeat(100)}`);
    expect(e.cut).to.equal(true);
    expect(e.text).to.equal(`${'x'.repeat(299)}…`);
  });

  it('Khmer text, written without spaces between words, is cut between words', () => {
    const sentence = 'កម្មករកាត់ដេរបានធ្វើកូដកម្មដើម្បីទាមទារប្រាក់ឈ្នួលសមរម្យ';
    const e = excerpt(sentence.repeat(10), 100, 'km');
    expect(e.cut).to.equal(true);
    const body = e.text.slice(0, -1);
    expect(body.length).to.be.at.most(100);
    expect(sentence.repeat(10).startsWith(body)).to.equal(true);
    // The cut falls on a word boundary of Khmer, not inside a cluster (never before a vowel sign or coeng).
    const next = sentence.repeat(10)[body.length];
    expect(/[\u17b6-\u17d3]/.test(next)).to.equal(false);
  });
});

describe('paging', () => {
  it('counts pages and keeps page numbers in range', () => {
    expect(pageCount(0, 10)).to.equal(1);
    expect(pageCount(57, 10)).to.equal(6);
    expect(clampPage(9, 6)).to.equal(6);
    expect(clampPage(-2, 6)).to.equal(1);
    expect(clampPage(NaN, 6)).to.equal(1);
  });

  it('shows every page when there are few, and first, last and neighbours with gaps when many', () => {
    expect(pagerSlots(2, 5)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(pagerSlots(1, 20)).to.deep.equal([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pagerSlots(10, 20)).to.deep.equal([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pagerSlots(20, 20)).to.deep.equal([1, 'gap', 16, 17, 18, 19, 20]);
    for (let p = 1; p <= 20; p++) {
      const slots = pagerSlots(p, 20);
      expect(slots).to.have.length(7);
      expect(slots).to.include(p);
    }
  });
});
