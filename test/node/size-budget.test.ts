// What a partner's page downloads, checked on the built dist/ (npm test builds it first): sizes are
// deterministic, so these are size checks, not timings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error plain ESM script without types
import { OWN_CODE_BUDGET, elementCost, elementTags, gzSize, sourcesOf } from '../../scripts/dist-graph.mjs';

interface Cost { closure: string[]; own: string[]; shared: string[]; lazy: { file: string; adds: string[] }[] }
const cost = (tag: string): Cost => elementCost(tag);
const sources = (files: string[]): string[] => files.flatMap((f) => sourcesOf(f) as string[]);

/** Readers of the formats few pages get: loaded only when such a feed arrives. */
const LAZY_READERS = [
  'src/feed/readers/rss.ts',
  'src/feed/readers/atom.ts',
  'src/feed/readers/xml-feed.ts',
  'src/feed/readers/xml-errors.ts',
  'src/runtime/parse-xml.ts',
  'src/feed/readers/timelinejs.ts',
  'src/feed/readers/geojson.ts',
];

const built = existsSync('dist/.stamp');

describe('what each element loads before it renders (ES modules)', () => {
  test('dist/ is built', () => assert.ok(built, 'dist/ is missing: run npm run build'));

  test('<action-map>: its own entry code (define file and own chunk, no geometry, engine or shared runtime) is at most 15 KB gz', { skip: !built }, () => {
    const { own, closure } = cost('action-map');
    assert.ok(own.includes('elements/action-map.js'));
    assert.ok(sources(own).includes('src/elements/action-map/action-map.ts'), 'the class is in the own code');
    assert.ok(own.length < closure.length, 'Lit and the runtime are shared, not counted as its own');
    const gz = gzSize(own);
    assert.ok(gz <= OWN_CODE_BUDGET, `own entry code is ${(gz / 1024).toFixed(1)} KB gz (${own.join(', ')}), over 15 KB`);
  });

  test('<action-map>: the map engine and the geometry stay lazy', { skip: !built }, () => {
    const { closure, lazy } = cost('action-map');
    const eager = sources(closure);
    for (const s of ['src/elements/action-map/map-view.ts', 'src/elements/action-map/world-110m.ts']) {
      assert.ok(!eager.includes(s), `${s} is loaded before first render`);
      assert.ok(lazy.some((c) => sources(c.adds).includes(s)), `${s} is not imported on demand`);
    }
  });

  for (const tag of built ? elementTags() : []) {
    test(`<${tag}>: the RSS/Atom, TimelineJS and GeoJSON readers are not loaded up front, but on demand`, () => {
      const { closure, lazy } = cost(tag);
      const eager = sources(closure);
      assert.deepEqual(LAZY_READERS.filter((s) => eager.includes(s)), [], 'readers in the static closure');
      assert.ok(eager.includes('src/feed/readers/json-feed.ts'), 'JSON Feed is read without waiting');
      const onDemand = sources(lazy.flatMap((c) => c.adds));
      assert.deepEqual(LAZY_READERS.filter((s) => !onDemand.includes(s)), [], 'readers no import() reaches');
    });
  }
});

describe('the all-in-one script is one file and holds every reader', () => {
  test('solidarity-widgets.iife.js: no import(), all readers inside', { skip: !built }, () => {
    assert.doesNotMatch(readFileSync('dist/solidarity-widgets.iife.js', 'utf8'), /\bimport\(/);
    const inside = sourcesOf('solidarity-widgets.iife.js') as string[];
    assert.deepEqual(LAZY_READERS.filter((s) => !inside.includes(s)), []);
  });
});

describe('each per-element script holds its first render and loads the rarer readers from lazy/ beside it', () => {
  for (const tag of built ? elementTags() : []) {
    test(`iife/${tag}.js: a classic script (no static import or export), the readers in lazy/ chunks it imports`, () => {
      const code = readFileSync(`dist/iife/${tag}.js`, 'utf8');
      assert.doesNotMatch(code, /^\s*(import|export)\s*[{*\w]/m, 'no module syntax at the top level');
      assert.ok(code.startsWith('(function(){'), 'wrapped, so it sets no global');
      const inside = sourcesOf(`iife/${tag}.js`) as string[];
      assert.deepEqual(LAZY_READERS.filter((s) => inside.includes(s)), [], 'readers inside the script');
      const lazyFiles = [...code.matchAll(/new URL\("\.\/(lazy\/[^"]+\.js)"/g)].map((m) => `iife/${m[1]}`);
      assert.ok(lazyFiles.length > 0, 'it imports lazy chunks relative to itself');
      const reachable = new Set<string>();
      const todo = [...lazyFiles];
      while (todo.length) {
        const f = todo.pop()!;
        if (reachable.has(f)) continue;
        reachable.add(f);
        assert.ok(existsSync(`dist/${f}`), `dist/${f} exists`);
        for (const m of readFileSync(`dist/${f}`, 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) todo.push(`iife/lazy/${m[1]}`);
      }
      const lazySources = [...reachable].flatMap((f) => sourcesOf(f) as string[]);
      assert.deepEqual(LAZY_READERS.filter((s) => !lazySources.includes(s)), [], 'readers no lazy chunk holds');
    });
  }
});
