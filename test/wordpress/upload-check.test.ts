/**
 * The plugin checks uploads with the package's JSON Schema (includes/generated/feed.schema.json) and
 * the bundled JSON Schema library, not with rules of its own. Run on the same valid and invalid feeds
 * as `validateFeed()` (src/feed/validate.ts), it accepts what validateFeed accepts, refuses what the
 * schema can express, and names a path validateFeed names too. What a schema cannot state (a quote's
 * item must exist, ids unique, a real day of the month) is left to the elements.
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { validateFeed } from '../../src/feed/validate.js';
import { fixture, fixtureText, hostileFeed, type AnyFeed } from './feeds.js';
import { ensurePhp } from './env.js';
import { ensurePluginZip } from './build.js';

const CHECK = `define( 'SOLIDARITY_WIDGETS_CLI', true );
require $argv[1] . '/includes/class-feed-schema.php';
$out = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $text ) {
	$out[] = Solidarity_Widgets_Feed_Schema::validate_text( $text );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );`;

/** Cases whose problem only validateFeed can see. */
const BEYOND_SCHEMA = /no item|duplicate|30 February|29 February|impossible offset|astral|UTF-16|\(\$ in PCRE\)|trailing newline|Unicode spaces|^url \d+:/;
/** URLs the schema's pattern refuses though the URL parser of validateFeed reads them (spaces around, `https:x`). */
const STRICTER_URL = /^url \d+:/;

type Case = [what: string, text: string];
const cases: Case[] = [];
const add = (what: string, mutate: (f: AnyFeed) => unknown) => {
  const f = fixture();
  const r = mutate(f);
  cases.push([what, JSON.stringify(r === undefined ? f : r)]);
};

cases.push(['the test fixture as written', fixtureText()]);
add('the fixture without _campaign', (f) => void delete f._campaign);
// The mutations of test/node/schema.test.ts and validate.test.ts.
add('a javascript: url', (f) => void (f.items[0].url = 'javascript:alert(1)'));
add('an unknown wage role', (f) => void (f._campaign.wages[0].role = 'rise'));
add('a non-ISO date', (f) => void (f._campaign.incidents[0].date = '3 January 2014'));
add('a missing version', (f) => void delete f.version);
add('a negative count', (f) => void (f._campaign.incidents[1].deaths.value = -1));
add('a lowercase currency', (f) => void (f._campaign.wages[0].currency = 'usd'));
add('a latitude out of range', (f) => void (f._campaign.actions[0].place.lat = 123));
add('a source without quote', (f) => void delete f._campaign.actions[0].sources[0].quote);
add('a quote pointing at no item', (f) => void (f._campaign.incidents[1].sources[1].item = 'no-such-item'));
add('dates that are not ISO 8601', (f) => {
  f._campaign.incidents[0].date = '24/12/2013';
  f._campaign.actions[0].date = '2014-13';
  f.items[0].date_published = 'January 2014';
});
add('several problems at once', (f) => {
  f.items[0].url = 'data:text/html,hi';
  f._campaign.wages[1].amount = -5;
  f._campaign.incidents[1].deaths = { value: 4.5, qualifier: 'roughly' };
});
add('duplicate ids and 30 February', (f) => {
  f.items[2].id = f.items[1].id;
  f._campaign.incidents[0].date = '2014-02-30';
});
for (const bad of [null, 42, 'feed', [], true, {}]) add(`the non-feed ${JSON.stringify(bad)}`, () => bad);
cases.push(['text that is not JSON', '{"version": ']);
// Details where PHP and JavaScript differ unless the port is careful.
add('a trailing newline after a currency code ($ in PCRE)', (f) => void (f._campaign.wages[0].currency = 'USD\n'));
add('a version with a trailing newline', (f) => void (f.version = 'https://jsonfeed.org/version/1.1\n'));
add('JSON Feed 1 (not 1.1)', (f) => void (f.version = 'https://jsonfeed.org/version/1'));
add('a count given as 4.0 (a whole number in JSON)', (f) => void (f._campaign.incidents[1].deaths.value = 4.0));
add('a count given as 1e2', () => JSON.parse(JSON.stringify(fixture()).replace('"deaths":{"value":', '"deaths":{"value":1e2,"x":')));
add('a title of Unicode spaces only', (f) => void (f.title = '\u00a0\u2003\u3000\ufeff'));
add('an empty title', (f) => void (f.title = ''));
add('a title of 100,000 Khmer letters', (f) => void (f.title = 'ក'.repeat(100_000)));
add('a title of 50,001 astral characters (100,002 UTF-16 units)', (f) => void (f.title = '😀'.repeat(50_001)));
add('a long non-string shown cut', (f) => void (f._campaign.wages[0].role = 'ឧ'.repeat(80)));
add('a long astral string shown cut', (f) => void (f._campaign.wages[0].role = '😀'.repeat(40)));
add('a null title and a numeric summary', (f) => {
  f.title = null;
  f.items[0].summary = 12;
});
add('items as an object', (f) => void (f.items = {}));
add('items missing', (f) => void delete f.items);
add('an item that is an array', (f) => void (f.items[1] = []));
add('tags with a number', (f) => void (f.items[0].tags = ['news', 3]));
add('a bad _source', (f) => {
  f.items[0]._source = { file: ' ', date_precision: 'week' };
  f.items[1]._source = 'x';
});
add('schema 1.0 and schema "1"', (f) => void (f._campaign.schema = 1.0));
add('schema "1"', (f) => void (f._campaign.schema = '1'));
add('schema missing', (f) => void delete f._campaign.schema);
add('_campaign as an array', (f) => void (f._campaign = []));
add('amount missing, 0 and huge', (f) => {
  delete f._campaign.wages[0].amount;
  f._campaign.wages[1].amount = 0;
  f._campaign.wages[2].amount = 1e308;
});
add('lat without lon, lon out of range', (f) => {
  delete f._campaign.actions[0].place.lon;
  f._campaign.actions[1].place.lon = -180.5;
});
add('a route that is not an array, a route with a bad place', (f) => {
  f._campaign.actions[0].route = 'north';
  f._campaign.actions[1].route = [{ name: 'A', lat: 1, lon: 2 }, 'B', { lat: 1 }];
});
add('sources missing, not an array, with a non-object', (f) => {
  delete f._campaign.wages[0].sources;
  f._campaign.wages[1].sources = {};
  f._campaign.wages[2].sources = ['x', { item: '', quote: 'q' }];
});
add('rates and documents wrong', (f) => {
  f._campaign.rates = [{ from: 'usd', to: 'KHR', rate: 0, date: '2014' }, { rate: 'x' }];
  f._campaign.documents = [{ file: 'a', status: 'fine', messages: 'none' }];
});
add('counts missing qualifier or not objects', (f) => {
  f._campaign.incidents[0].deaths = { value: 3 };
  f._campaign.incidents[0].injured = 7;
  f._campaign.incidents[0].arrested = { qualifier: 'exact' };
});
add('an RFC 3339 date with an impossible offset and a leap second', (f) => {
  f.items[0].date_published = '2014-01-03T00:00:00+24:00';
  f.items[1].date_published = '2014-06-30T23:59:60Z';
  f._campaign.generated = '2014-01-03 00:00:00.123z';
});
add('29 February: 2000, 1900, 0000 and 0096', (f) => {
  f._campaign.incidents[0].date = '2000-02-29';
  f._campaign.incidents[1].date = '1900-02-29';
  f._campaign.incidents[2].date = '0000-02-29';
  f._campaign.incidents[3].date = '0096-02-29';
});

// URLs: every case once as an item's url; both validators must agree on each.
const urls = [
  'https://example.org/a?b=c#d', 'HTTP://EXAMPLE.ORG', ' https://example.org/ ', 'https:example.org', 'https:///example.org',
  'http:\\\\example.org\\x', 'https://user:pw@example.org:8080/', 'https://example.org:65536/', 'https://example.org:0080/',
  'https://example.org:x/', 'https://', 'http://?q', 'https://exa mple.org', 'https://exa<mple.org', 'https://%41.org',
  'https://%zz.org', 'https://[::1]/', 'https://[::1', 'https://1.2.3.4/', 'https://1.2.3.999/', 'https://999/',
  'https://1.2.3.4.5/', 'https://0x7f.1/', 'https://08.1.1.1/', 'https://a..b/', 'https://./', 'https://example.123/',
  'https://ünïcode.example/', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x',
  'ftp://example.org/', '//example.org/x', '/relative', 'mailto:a@example.org', 'https://example.org/\u0000',
  `https://example.org/${'a'.repeat(2030)}`, `https://example.org/${'a'.repeat(2029)}`, 'https://a@b@example.org/',
];
urls.forEach((u, i) => add(`url ${i}: ${JSON.stringify(u).slice(0, 50)}`, (f) => void (f.items[0].url = u)));
add('a hostile feed with markup everywhere (valid)', () => hostileFeed(false));
add('a hostile feed with markup and javascript: URLs everywhere', () => hostileFeed(true));

describe('the plugin\'s upload check (the JSON Schema, read by a maintained library)', () => {
  let php: { path: string; message: string }[][] = [];
  before(() => {
    ensurePhp();
    const dir = ensurePluginZip().dir;
    const out = execFileSync('php', ['-r', CHECK, join(dir)], { input: JSON.stringify(cases.map((c) => c[1])), maxBuffer: 64 << 20 });
    php = JSON.parse(out.toString('utf8'));
  });
  let agreed = 0;
  cases.forEach(([what, text], i) => {
    test(what, () => {
      assert.equal(php.length, cases.length);
      let js: { path: string; message: string }[];
      try {
        js = validateFeed(JSON.parse(text));
      } catch {
        assert.deepEqual(php[i].map((p) => p.path), ['$']);
        assert.match(php[i][0].message, /not valid JSON/);
        agreed++;
        return;
      }
      if (js.length === 0 && !STRICTER_URL.test(what)) assert.deepEqual(php[i], [], 'a feed validateFeed accepts is accepted');
      else if (!BEYOND_SCHEMA.test(what)) assert.ok(php[i].length > 0, `refused: validateFeed found ${JSON.stringify(js.slice(0, 2))}`);
      const jsPaths = js.map((p) => p.path);
      for (const p of STRICTER_URL.test(what) ? [] : php[i]) {
        assert.ok(jsPaths.some((j) => j === p.path || j.startsWith(p.path) || p.path.startsWith(j)), `${p.path} ${p.message} is not among ${jsPaths.join(', ')}`);
      }
      agreed++;
    });
  });
  test('figures', (t) => {
    t.diagnostic(`${cases.length} feeds, ${agreed} checked against validateFeed`);
    assert.equal(agreed, cases.length);
  });
});
