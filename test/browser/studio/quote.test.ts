import { expect } from '@open-wc/testing';
import { findQuote, markRuns, sentenceAround, sentencesOf } from '../../../src/studio/quote.js';

const TEXT = 'Protesters gathered outside the embassy yesterday.\nFour people were killed and many others\ninjured by military police. Over 40 protesters gathered (reportedly) in London.';

describe('quotes in their documents', () => {
  it('finds a quote whose white space was folded by the builder', () => {
    const q = 'Four people were killed and many others injured by military police.';
    const span = findQuote(TEXT, q)!;
    expect(TEXT.slice(span.start, span.end)).to.equal('Four people were killed and many others\ninjured by military police.');
    expect(findQuote(TEXT, 'Five people were killed')).to.equal(undefined);
    expect(findQuote(TEXT, '   ')).to.equal(undefined);
    expect(findQuote(TEXT, 'gathered (reportedly) in London.')).to.exist;
  });

  it('a selection of a few words gives the whole sentence, verbatim', () => {
    const at = TEXT.indexOf('many others');
    expect(sentenceAround(TEXT, { start: at, end: at + 11 })!.text).to.equal('Four people were killed and many others\ninjured by military police.');
    const across = sentenceAround(TEXT, { start: TEXT.indexOf('yesterday'), end: TEXT.indexOf('Four') + 4 })!;
    expect(across.text.startsWith('Protesters gathered')).to.equal(true);
    expect(across.text.endsWith('military police.')).to.equal(true, 'a selection over two sentences takes both');
    expect(sentenceAround(TEXT, { start: 3, end: 3 })).to.equal(undefined);
    expect(sentenceAround(TEXT, { start: at + 11, end: at })!.text).to.contain('many others', 'a backwards selection');
  });

  it('lists sentences for choosing one with the keyboard', () => {
    expect(sentencesOf(TEXT).map((s) => s.text)).to.have.length(3);
  });

  it('marks spans, merging overlaps, and keeps all the text', () => {
    const runs = markRuns('abcdefghij', [{ start: 6, end: 8 }, { start: 1, end: 3 }, { start: 2, end: 4 }]);
    expect(runs).to.deep.equal([
      { text: 'a', marked: false }, { text: 'bcd', marked: true }, { text: 'ef', marked: false }, { text: 'gh', marked: true }, { text: 'ij', marked: false },
    ]);
    expect(markRuns('abc', [])).to.deep.equal([{ text: 'abc', marked: false }]);
  });
});
