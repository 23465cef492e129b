// Hostile documents must cost time in proportion to their size: no pattern may go quadratic
// (issue 10 will try). Each case is a few megabytes and must finish in seconds even on a busy machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateFeed } from '../feed/validate.js';
import { buildFeed } from './build.js';

const enc = new TextEncoder();
const MB = 1024 * 1024;

function timed(name: string, text: string, budgetMs = 8000): void {
  const started = Date.now();
  const r = buildFeed([{ file: name, bytes: enc.encode(text) }, { file: 'ok.md', bytes: enc.encode('---\npublished: 2014-01-05\n---\nIn Cambodia, 23 workers were arrested on 2 January.\n') }]);
  const ms = Date.now() - started;
  assert.ok(ms < budgetMs, `${name} took ${ms} ms`);
  assert.deepEqual(validateFeed(r.feed), []);
  const ok = r.feed.items.find((i) => i._source?.file === 'ok.md')!;
  assert.ok(r.feed._campaign!.incidents!.some((i) => i.arrested?.value === 23 && i.sources.some((s) => s.item === ok.id)), 'the other document still builds');
}

test('a long run of initials and dots ("a.a.a.…")', () => timed('dots.txt', 'a.'.repeat(MB)));
test('a line of nothing but quotation marks', () => timed('quotes.txt', '"'.repeat(2 * MB)));
test('a Markdown line of unclosed emphasis', () => timed('stars.md', `---\npublished: 2014\n---\n${'**a '.repeat(MB / 2)}`));
test('deeply nested HTML and stray closing tags', () =>
  timed('nest.html', `<html><body><article>${'<div>'.repeat(100_000)}Workers in Cambodia went on strike today.${'</p>'.repeat(100_000)}${'</div>'.repeat(100_000)}</article></body></html>`));
test('one huge sentence full of numbers, months and country names', () =>
  timed('run-on.txt', `---\npublished: 2014-01-10\n---\n${'4 people were killed in Cambodia on January 3 and $80 wages in Phnom Penh, '.repeat(40_000)}`));
test('many short sentences (a 3 MB document of facts)', () =>
  timed('many.txt', `---\npublished: 2014-01-10\n---\n${'In Phnom Penh, Cambodia, at least 4 workers were killed on January 3. '.repeat(45_000)}`, 60000));
test('a listing page with a very long filter line and pager', () =>
  timed('list.txt', `News\n${'2014, '.repeat(200_000)}\n2014-01-02  A\nText one.\n2014-01-03  B\nText two.\n${'1 | '.repeat(200_000)}\n`));
