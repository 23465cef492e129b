// Dates with chrono-node, resolved against the published date: never more precise than the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatDay, partialRange, weekday } from './calendar.js';
import { findDateMentions, type DateMention } from './when.js';
import { extractItem } from '../facts/extract.js';
import { emittedDate } from '../assemble/merge.js';

function mentions(sentence: string, published?: string, future = false): DateMention[] {
  const r = published ? partialRange(published) : undefined;
  return findDateMentions(sentence, { published: r && { lo: r.lo, hi: r.hi, stated: r.precision }, future });
}
/** The first date of the sentence as the feed would write it, or undefined. */
const emit = (sentence: string, published?: string, future = false): string | undefined => {
  const [m] = mentions(sentence, published, future);
  const e = emittedDate(m);
  return e ? (e.end ? `${e.date}/${e.end}` : e.date) : undefined;
};

test('a day and month without a year is the most recent one up to publication', () => {
  assert.equal(emit('workers began striking on December 24', '2014-01-10'), '2013-12-24');
  assert.equal(emit('workers began striking on December 24', '2014-12-30'), '2014-12-24');
  assert.equal(emit('workers began striking on 24 December', '2014-01'), '2013-12-24');
  assert.equal(emit('The shooting took place on Feb. 20 outside the factory', '2012-03-13'), '2012-02-20');
  assert.equal(emit('On the 19th of January the workers stopped work', '2022-02-02'), '2022-01-19');
});

test('a future sentence takes the next occurrence instead', () => {
  assert.equal(emit('the court will rule on January 20', '2014-12-30', true), '2015-01-20');
});

test('"yesterday", "today", "this evening" from a day-precision date are days', () => {
  assert.equal(emit('protesters gathered yesterday', '2014-02-10'), '2014-02-09');
  assert.equal(emit('a rally took place today', '2014-02-10'), '2014-02-10');
  assert.equal(emit('the shop is being occupied this evening', '2015-04-23'), '2015-04-23');
});

test('"yesterday" from a month-precision date is at best that month, never an invented day', () => {
  const [m] = mentions('protesters gathered yesterday', '2014-02');
  assert.ok(m && m.lo !== m.hi);
  assert.equal(emit('protesters gathered yesterday', '2014-01'), undefined, '31 December or a January day');
});

test('weekdays are checked against the calendar: the latest such day up to publication', () => {
  // Published Thursday 11 January 2024.
  assert.equal(emit('Police fired tear gas in Dhaka on Tuesday', '2024-01-11'), '2024-01-09');
  assert.equal(emit('One worker died on Thursday', '2024-01-11'), '2024-01-11');
  assert.equal(emit('They marched last Thursday', '2024-01-11'), '2024-01-04');
  for (const [text, pub] of [['on Monday', '2020-05-05'], ['on Friday', '2019-03-29'], ['on Sunday', '2016-02-01']]) {
    const [m] = mentions(`workers were arrested ${text}`, pub);
    const want = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].indexOf(text.split(' ')[1]);
    assert.equal(weekday(m.lo), want, text);
    assert.ok(m.lo <= partialRange(pub).hi && partialRange(pub).hi - m.lo < 7);
  }
});

test('a weekday from a month-precision date gives no day', () => {
  assert.notEqual(emit('workers were arrested on Monday', '2014-01')?.length, 10);
});

test('month names: "in December", "In June 2014", "since last October"', () => {
  assert.equal(emit('The government set it at Tk 8,000 in December.', '2024-01-11'), '2023-12');
  assert.equal(emit('In June 2014 the IOM tracked an exodus', '2014-08-18'), '2014-06');
  assert.equal(emit('The workers have been protesting since last October', '2019-01-27'), '2018-10');
  assert.equal(emit('the deaths of four people in early January', '2014-02-10'), '2014-01');
});

test('"last week", "two weeks ago", "earlier this week", "last month" give the month only', () => {
  assert.equal(emit('four people were killed last week', '2014-02-10'), '2014-02');
  assert.equal(emit('The strike started two weeks ago', '2021-05-28'), '2021-05');
  assert.equal(emit('after a strike began earlier this week', '2017-06-20'), '2017-06');
  assert.equal(emit('workers were arrested last month', '2014-02-10'), '2014-01');
  // The week before Tuesday 3 June straddles May and June: no month is certain.
  assert.equal(emit('four people were killed last week', '2014-06-03'), undefined);
});

test('what fixes no date: a lone year, a duration, a time of day, "a week later", words that are not months', () => {
  for (const s of ['the Rana Plaza tragedy of 2013', 'jailed for three months', 'at 10 a.m. local time',
    'called off the strike a week later', 'Workers may march to the ministry', 'a five-day march', 'the 1990s']) {
    assert.deepEqual(mentions(s, '2020-05-05').map((m) => m.text), [], s);
  }
});

test('numeric dates: the reading that falls on or just before publication', () => {
  assert.equal(emit('Brussels, 06/08/2010', '2010-08-06'), '2010-08-06');
  assert.equal(emit('Brussels, 3 December 2008: the ITUC condemns', '2008-12-03'), '2008-12-03');
});

test('without a published date, a day and month with no year fix nothing; a full date stands', () => {
  assert.deepEqual(mentions('began striking on December 24'), []);
  assert.equal(formatDay(mentions('on 12 August 2014')[0].lo), '2014-08-12');
});

test('impossible days are not dates', () => {
  assert.deepEqual(mentions('on 30 February 2014 they marched', '2014-03-01').filter((m) => m.stated === 'day'), []);
});

test('a document that reports 3 January cannot have been published on 1 January', () => {
  const ex = extractItem({
    item: 'i', file: 'f.txt', published: '2014-01',
    text: 'Protesters gathered outside the Cambodian embassy in London yesterday.\nOn January 2 police blocked the route of a workers\' march.\nThe following day armed forces fired live ammunition at workers, killing at least four people.',
  });
  assert.ok(ex.notes.some((n) => n.includes('narrowed to 2014-01-03')), ex.notes.join('\n'));
  const protest = ex.mentions.find((m) => m.type === 'action');
  assert.equal(emittedDate(protest?.date)?.date, '2014-01');
});

test('property: "on <month> <day>" in the past never lies after publication or a year before it', () => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  fc.assert(fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }),
    fc.date({ min: new Date('1995-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), (mi, day, when) => {
      const pub = when.toISOString().slice(0, 10);
      const [m] = mentions(`workers walked out on ${months[mi]} ${day}`, pub);
      const p = partialRange(pub);
      return !!m && m.lo === m.hi && m.hi <= p.hi + 7 && m.lo > p.hi - 366;
    }));
});

test('property: "yesterday" from a month-precision published date never yields a day', () => {
  fc.assert(fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
    const e = emit('they gathered yesterday', `${y}-${String(m).padStart(2, '0')}`);
    return e === undefined || e.length === 7;
  }));
});
