// Sentences are quotes: boundaries must be right, and quoted speech must be known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldSpace } from '../read/decode.js';
import { isQuoted, splitSentences } from './sentences.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

test('ends of sentences, not abbreviations, initials or amounts', () => {
  assert.deepEqual(texts('Mr. Worthy spoke. The U.S. embassy was closed. Wages rose to $1.50 an hour. J. Smith agreed.'), [
    'Mr. Worthy spoke.', 'The U.S. embassy was closed.', 'Wages rose to $1.50 an hour.', 'J. Smith agreed.',
  ]);
});

test('a line that ends a sentence ends it; a wrapped line does not', () => {
  assert.deepEqual(texts('First line ends here.\nSecond starts here.'), ['First line ends here.', 'Second starts here.']);
  assert.deepEqual(texts('A long sentence that was wrapped by an editor at seventy-two characters,\nand goes on here.'), [
    'A long sentence that was wrapped by an editor at seventy-two characters,\nand goes on here.',
  ]);
});

test('a heading line stands alone', () => {
  assert.deepEqual(texts('Press Release\nAll workers walked out.'), ['Press Release', 'All workers walked out.']);
});

test('quoted speech is marked, across sentences inside one quotation', () => {
  const [a, b] = splitSentences('Mr Worthy told the Star: "Two of us went in. We were told to wait."');
  assert.ok(!isQuoted(a, 0, 5));
  assert.ok(isQuoted(a, a.text.indexOf('Two'), a.text.indexOf('Two') + 3));
  assert.ok(isQuoted(b, 0, 5));
});

test('property: every sentence is a verbatim slice, and together they keep every word', () => {
  const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
  const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '!', '?', '', ',')).map(([w, p]) => `${w.join(' ')}${p}`);
  fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '\n', '\n\n', '  '), (parts, sep) => {
    const text = parts.join(sep);
    const out = splitSentences(text);
    for (const s of out) if (text.slice(s.start, s.end) !== s.text) return false;
    return foldSpace(out.map((s) => s.text).join(' ')) === foldSpace(text);
  }));
});
