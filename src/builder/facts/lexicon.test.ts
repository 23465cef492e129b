// The event lexicon: which words of a sentence name an event, and of which class.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INCIDENT_KIND, findTriggers } from './lexicon.js';

/** Each trigger as [its words, its class]. */
const hits = (text: string): [string, string][] => findTriggers(text).map((m) => [m.text, m.cls]);

test('a multi-word form is one trigger, never its shorter words as well', () => {
  assert.deepEqual(hits('The porters went on strike at dawn.'), [['went on strike', 'strike']]);
  assert.deepEqual(hits('Bakers walked off the job.'), [['walked off the job', 'strike']]);
  assert.deepEqual(hits('A general strike began.'), [['general strike', 'strike']]);
  assert.deepEqual(hits('The death toll rose overnight.'), [['death toll', 'killing']]);
});

test('classes of fixed expressions', () => {
  assert.deepEqual(hits('Guards used tear gas.'), [['tear gas', 'violence']]);
  assert.deepEqual(hits('Nine cooks were taken into custody.'), [['taken into custody', 'arrest']]);
  assert.deepEqual(hits('A driver was shot dead.'), [['shot dead', 'killing']]);
  assert.deepEqual(hits('The unions signed an open letter.'), [['open letter', 'letter']]);
  assert.deepEqual(hits('The federation issued a joint statement.'), [['joint statement', 'statement']]);
});

test('inflections of one word are all found, each in its class', () => {
  assert.deepEqual(hits('Arrests followed: nine were arrested, and the arrest of a tenth was filmed.'), [
    ['Arrests', 'arrest'],
    ['arrested', 'arrest'],
    ['arrest', 'arrest'],
  ]);
  assert.deepEqual(hits('They protested, kept protesting, and marched.'), [
    ['protested', 'protest'],
    ['protesting', 'protest'],
    ['marched', 'protest'],
  ]);
});

test('matching ignores case and the width of white space', () => {
  assert.deepEqual(hits('GUARDS USED TEAR GAS'), [['TEAR GAS', 'violence']]);
  assert.deepEqual(hits('Two cooks were Taken Into Custody.'), [['Taken Into Custody', 'arrest']]);
  assert.deepEqual(hits('The weavers walked\n  out.'), [['walked\n  out', 'strike']]);
});

test('a hyphen in a form also matches a space', () => {
  const classes = hits('A sit-in, then a sit in, then a walk-out.').map(([, c]) => c);
  assert.deepEqual(classes, ['protest', 'protest', 'strike']);
});

test('a form inside a longer word is no trigger', () => {
  assert.deepEqual(hits('The strikers met the strike-breakers.'), []);
  assert.deepEqual(hits('Unarrested, she went home.'), []);
});

test('offsets point at the words in the text', () => {
  const text = 'On Friday 40 cleaners downed tools.';
  const [m] = findTriggers(text);
  assert.equal(text.slice(m.start, m.end), 'downed tools');
});

test('forms that name an event are nouns; forms that tell one are not', () => {
  const [arrested] = findTriggers('were arrested');
  const [arrest] = findTriggers('the arrest of');
  const [letter] = findTriggers('a letter');
  assert.deepEqual([arrested.cls, arrested.noun], ['arrest', undefined]);
  assert.deepEqual([arrest.cls, arrest.noun], ['arrest', true]);
  assert.deepEqual([letter.cls, letter.noun], ['letter', true]);
});

test('incident kinds: statements and letters are never incidents', () => {
  assert.equal(INCIDENT_KIND.statement, undefined);
  assert.equal(INCIDENT_KIND.letter, undefined);
  assert.equal(INCIDENT_KIND.injury, 'violence');
  assert.equal(INCIDENT_KIND.arrest, 'arrest');
});
