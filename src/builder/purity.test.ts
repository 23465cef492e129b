// The studio runs the builder core in a browser Web Worker: only the Node layer (`node/`) may touch
// `node:` modules or `process`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const NODE_LAYER = resolve(DIR, 'node');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return p === NODE_LAYER ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

test('the builder core imports no node: module and never uses process', () => {
  const core = sources(DIR);
  assert.ok(core.length > 15);
  for (const f of core) {
    const name = relative(DIR, f);
    const src = readFileSync(f, 'utf8');
    assert.doesNotMatch(src, /from\s+['"]node:|require\(|import\(\s*['"]node:/, `${name} imports a Node module`);
    assert.doesNotMatch(src, /\bprocess\.|\bBuffer\b|__dirname/, `${name} uses a Node global`);
    for (const m of src.matchAll(/from\s+'(\.{1,2}\/[^']+)\.js'/g)) {
      const target = resolve(dirname(f), m[1]);
      assert.ok(!target.startsWith(NODE_LAYER + '/'), `${name} imports the Node layer (${m[1]})`);
    }
  }
});
