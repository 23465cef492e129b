// Corrections: drop, fix, add and accept by content-derived ids that survive rebuilds; stale targets
// and bad values are reported, never silently applied or ignored.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateFeed } from '../../feed/validate.js';
import { buildFeed, type InputDocument } from '../build.js';
import { renderReport } from '../write/report.js';

const enc = new TextEncoder();
const DOCS: Record<string, string> = {
  'a.md': '---\npublished: 2014-01-05\npublisher: Example\n---\nIn Phnom Penh, Cambodia, police fired live ammunition at workers on January 3, killing at least four people.\n\nGarment workers went on strike on December 24, demanding a minimum wage of $160 a month.\n',
  'b.md': '---\npublished: 2014-02-10\n---\nIn Cambodia, 23 workers were arrested in early January.\n\nThe authorities have also banned public gatherings.\n',
};
const docs = (extra: Record<string, string> = {}): InputDocument[] =>
  Object.entries({ ...DOCS, ...extra }).map(([file, text]) => ({ file, bytes: enc.encode(text) }));
const build = (corrections?: unknown, extra: Record<string, string> = {}, order?: (d: InputDocument[]) => InputDocument[]) => {
  const input = docs(extra);
  return buildFeed(order ? order(input) : input, { corrections, now: new Date('2024-01-01T00:00:00Z') });
};
const idOf = (r: ReturnType<typeof build>, kind: string): string => {
  const all = [...r.feed._campaign!.incidents!, ...r.feed._campaign!.wages!.map((w) => ({ ...w, kind: `wage-${w.role}` }))];
  const f = all.find((x) => x.kind === kind);
  assert.ok(f, `a ${kind}`);
  return f.id;
};

test('ids are derived from content: the same on every build and whatever the order of files', () => {
  const a = build();
  const b = build(undefined, {}, (d) => [...d].reverse());
  const ids = (r: typeof a) => [...r.feed._campaign!.wages!, ...r.feed._campaign!.incidents!, ...r.feed._campaign!.actions!].map((f) => f.id).sort();
  assert.deepEqual(ids(a), ids(b));
  assert.deepEqual(a.feed.items.map((i) => i.id).sort(), b.feed.items.map((i) => i.id).sort());
  assert.match(idOf(a, 'killing'), /^incident-2014-01-03-killing-[0-9a-f]{8}$/);
});

test('drop a fact by id, fix a field, add a fact with its quote, accept one', () => {
  const first = build();
  const killing = idOf(first, 'killing');
  const strike = idOf(first, 'strike');
  const wage = idOf(first, 'wage-demand');
  const r = build({
    version: 1,
    corrections: [
      { op: 'drop', id: strike, reason: 'reviewed: keep only confirmed events' },
      { op: 'fix', id: killing, set: { title: 'Security forces shoot striking workers', injured: { value: 40, qualifier: 'about' } } },
      { op: 'add', list: 'incidents', fact: { kind: 'ban', date: '2014-01-04', title: 'Ban on public gatherings', place: { name: 'Cambodia', country: 'KH' }, sources: [{ file: 'b.md', quote: 'The authorities have also banned public gatherings.' }] } },
      { op: 'accept', id: wage },
    ],
  });
  assert.deepEqual(r.problems, []);
  const inc = r.feed._campaign!.incidents!;
  assert.ok(!inc.some((i) => i.id === strike));
  const k = inc.find((i) => i.id === killing)!;
  assert.equal(k.title, 'Security forces shoot striking workers');
  assert.deepEqual(k.injured, { value: 40, qualifier: 'about' });
  assert.deepEqual(k.deaths, { value: 4, qualifier: 'at-least' }, 'other fields untouched');
  const ban = inc.find((i) => i.kind === 'ban')!;
  assert.match(ban.id, /^incident-2014-01-04-added-[0-9a-f]{8}$/);
  assert.equal(ban.sources[0].item, r.feed.items.find((i) => i._source?.file === 'b.md')!.id);
  assert.equal(r.corrections!.applied.length, 4);
  assert.equal(r.feed._campaign!.documents!.find((d) => d.file === 'corrections.json')?.status, 'ok');
});

test('corrections survive a rebuild with more documents', () => {
  const first = build();
  const corrections = { version: 1, corrections: [
    { op: 'drop', id: idOf(first, 'strike') },
    { op: 'fix', id: idOf(first, 'arrest'), set: { title: '23 workers and activists arrested' } },
    { op: 'add', list: 'actions', fact: { kind: 'statement', date: '2014-02-10', title: 'Statement', sources: [{ file: 'b.md', quote: 'In Cambodia, 23 workers were arrested in early January.' }] } },
  ] };
  const again = build(corrections, { 'c.md': '---\npublished: 2014-03-01\n---\nIn Cambodia, activists held a solidarity rally in Phnom Penh on 1 March 2014.\n' });
  assert.deepEqual(again.corrections!.stale, []);
  assert.deepEqual(again.corrections!.rejected, []);
  assert.equal(again.corrections!.applied.length, 3);
  assert.ok(!again.feed._campaign!.incidents!.some((i) => i.kind === 'strike'));
  assert.equal(again.feed._campaign!.incidents!.find((i) => i.kind === 'arrest')?.title, '23 workers and activists arrested');
  assert.equal(again.feed._campaign!.actions!.filter((a) => a.kind === 'statement').length, 1);
  assert.equal(again.feed._campaign!.actions!.filter((a) => a.kind === 'rally').length, 1, 'the new document built too');
});

test('a correction whose fact no longer exists is reported as stale, not ignored', () => {
  const r = build({ version: 1, corrections: [{ op: 'drop', id: 'incident-2014-01-03-killing-00000000' }, { op: 'fix', id: 'wage-usd-1-demand-ffffffff', set: { amount: 2 } }] });
  assert.equal(r.corrections!.stale.length, 2);
  const doc = r.feed._campaign!.documents!.find((d) => d.file === 'corrections.json')!;
  assert.equal(doc.status, 'warning');
  assert.match(doc.messages.join(' '), /no such fact/);
  assert.match(renderReport(r), /\*\*stale\*\*: correction 1: drop incident-2014-01-03-killing-00000000/);
  assert.equal(r.failed, false);
});

test('a fix or an addition that breaks the contract, or quotes what the document does not say, is refused', () => {
  const first = build();
  const killing = idOf(first, 'killing');
  const r = build({ version: 1, corrections: [
    { op: 'fix', id: killing, set: { deaths: { value: -1, qualifier: 'exact' } } },
    { op: 'fix', id: killing, set: { id: 'mine' } },
    { op: 'add', list: 'incidents', fact: { kind: 'killing', date: '2014-01-03', title: 'x', sources: [{ file: 'a.md', quote: 'Ten people were killed.' }] } },
    { op: 'add', list: 'wages', fact: { amount: 100, currency: 'usd', period: 'month', role: 'demand', sources: [{ file: 'a.md', quote: 'Garment workers went on strike on December 24, demanding a minimum wage of $160 a month.' }] } },
    { op: 'explode', id: killing },
  ] });
  assert.equal(r.corrections!.rejected.length, 5);
  assert.match(r.corrections!.rejected.join('\n'), /deaths\.value expected a whole number/);
  assert.match(r.corrections!.rejected.join('\n'), /not in a\.md/);
  assert.match(r.corrections!.rejected.join('\n'), /currency expected an ISO 4217/);
  assert.deepEqual(r.feed._campaign!.incidents!.find((i) => i.id === killing)!.deaths, { value: 4, qualifier: 'at-least' });
  assert.deepEqual(validateFeed(r.feed), []);
});

test('a corrections file in the wrong shape fails the corrections, not the feed', () => {
  const r = build({ drop: ['x'] });
  assert.equal(r.failed, true);
  assert.deepEqual(r.problems, []);
  assert.equal(r.feed._campaign!.documents!.find((d) => d.file === 'corrections.json')?.status, 'error');
});

test('finish() can be called again with other corrections (the studio re-applies decisions this way)', async () => {
  const { FeedBuilder } = await import('../build.js');
  const options: { corrections?: unknown; now: Date } = { now: new Date('2024-01-01T00:00:00Z') };
  const b = new FeedBuilder(options);
  for (const d of docs()) b.add(d);
  const plain = JSON.stringify(b.finish().feed);
  const killing = JSON.parse(plain)._campaign.incidents.find((i: { kind: string }) => i.kind === 'killing').id;
  options.corrections = { version: 1, corrections: [{ op: 'drop', id: killing }] };
  const corrected = b.finish();
  assert.ok(!corrected.feed._campaign!.incidents!.some((i) => i.id === killing));
  options.corrections = undefined;
  assert.equal(JSON.stringify(b.finish().feed), plain, 'nothing of the earlier finish leaked into the builder');
});
