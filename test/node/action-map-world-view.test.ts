// <action-map>'s whole-world view on the built dist/: the paths the build ships are the ones the
// browser tests check against d3-geo, and a map of the whole world loads no projection library.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
// @ts-expect-error plain ESM script without types
import { elementCost, sourcesOf } from '../../scripts/dist-graph.mjs';
import { bakeWorldView } from '../../src/elements/action-map/world-view.bake.js';

const built = existsSync('dist/.stamp');
const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

describe('<action-map>: the whole world, pre-projected at build time', () => {
  test('the <script> builds ship the baked paths beside themselves (geo/world-view.json)', { skip: !built }, () => {
    const want = bakeWorldView(world);
    for (const file of ['dist/geo/world-view.json', 'dist/iife/geo/world-view.json']) {
      assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), want, file);
    }
  });

  test('ES modules: the engine and the world view come without d3-geo, topojson-client or the TopoJSON', { skip: !built }, () => {
    const { lazy } = elementCost('action-map') as { lazy: { file: string; adds: string[] }[] };
    const withSource = (s: string) => lazy.find((c) => c.adds.some((f) => (sourcesOf(f) as string[]).some((x) => x.endsWith(s))));
    const engine = withSource('action-map/map-view.ts');
    const view = withSource('action-map/world-view.baked.js');
    assert.ok(engine && view, 'engine and world view are lazy chunks');
    const sources = [...engine.adds, ...view.adds].flatMap((f) => sourcesOf(f) as string[]);
    assert.deepEqual(sources.filter((s) => /d3-geo|topojson-client|world-atlas|projection\.ts|world-110m/.test(s)), []);
    assert.ok(withSource('action-map/projection.ts'), 'd3-geo still loads on demand (framed maps, the inset)');
  });
});
