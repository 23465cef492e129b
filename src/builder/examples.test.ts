// examples/documents (our own words) build into examples/feed.json, which `npm start` serves: the
// feed must hold the campaign's key facts and must not go stale when the builder changes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CampaignFeed } from '../feed/types.js';
import { validateFeed } from '../feed/validate.js';
import { foldSpace } from './read/decode.js';
import { buildDirectory } from './node/node-build.js';

const DOCS = fileURLToPath(new URL('../../examples/documents/', import.meta.url));
const FEED = fileURLToPath(new URL('../../examples/feed.json', import.meta.url));
const built = await buildDirectory(DOCS);
const camp = built.feed._campaign!;
const fileOf = (item: string): string | undefined => built.feed.items.find((i) => i.id === item)?._source?.file;

test('the example documents build without warnings into a valid feed', () => {
  assert.deepEqual(built.problems, []);
  assert.deepEqual(validateFeed(built.feed), []);
  for (const d of camp.documents!) assert.equal(d.status, 'ok', `${d.file}: ${d.messages.join('; ')}`);
  assert.equal(camp.country, 'KH');
});

test('wages: USD 80 minimum and USD 160 demand, Cambodia, garment', () => {
  const has = (amount: number, role: string) => camp.wages!.some((w) => w.amount === amount && w.currency === 'USD' && w.role === role && w.country === 'KH' && w.sector === 'garment');
  assert.ok(has(80, 'minimum'));
  assert.ok(has(160, 'demand'));
});

test('the 2014-01-03 shooting, at least 4 killed, quoted from two documents or more', () => {
  const k = camp.incidents!.filter((i) => i.deaths);
  assert.equal(k.length, 1);
  assert.equal(k[0].date, '2014-01-03');
  assert.deepEqual(k[0].deaths, { value: 4, qualifier: 'at-least' });
  assert.ok(new Set(k[0].sources.map((s) => fileOf(s.item))).size >= 2);
});

test('the strike from 2013-12-24 and the 23 arrested', () => {
  assert.ok(camp.incidents!.some((i) => i.kind === 'strike' && i.date === '2013-12-24'));
  assert.ok(camp.incidents!.some((i) => i.kind === 'arrest' && i.arrested?.value === 23));
});

test('several solidarity actions abroad with coordinates, and a march with a route', () => {
  const abroad = camp.actions!.filter((a) => a.place && a.place.country !== 'KH' && typeof a.place.lat === 'number');
  assert.ok(abroad.length >= 5, `${abroad.length} actions abroad`);
  const march = camp.actions!.find((a) => a.kind === 'march');
  assert.deepEqual(march?.route?.map((p) => p.name), ['Kampong Chhnang', 'Phnom Penh']);
});

test('the opinion piece is an item with no facts', () => {
  const op = built.feed.items.find((i) => i._source?.file === '2014-03-opinion-living-wage.md');
  assert.ok(op);
  const all = [...camp.wages!, ...camp.incidents!, ...camp.actions!];
  assert.ok(!all.some((f) => f.sources.some((s) => s.item === op.id)));
});

test('every quote is verbatim in its document', () => {
  const texts = new Map(built.documents.map((d) => [d.file, foldSpace(readFileSync(`${DOCS}${d.file}`, 'utf8'))]));
  for (const f of [...camp.wages!, ...camp.incidents!, ...camp.actions!]) {
    for (const s of f.sources) assert.ok(texts.get(fileOf(s.item)!)!.includes(foldSpace(s.quote)), s.quote);
  }
});

test('examples/feed.json is the current build of the documents (rebuild it when this fails)', { skip: existsSync(FEED) ? false : 'examples/feed.json has not been built yet' }, () => {
  const committed = JSON.parse(readFileSync(FEED, 'utf8')) as CampaignFeed;
  const strip = (f: CampaignFeed) => ({ ...f, title: '', _campaign: { ...f._campaign!, generated: '' } });
  assert.deepEqual(strip(committed), strip(JSON.parse(JSON.stringify(built.feed))));
});
