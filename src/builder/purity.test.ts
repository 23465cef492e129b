// The studio (issue 11) runs the builder core in a browser Web Worker: only the thin Node layer may
// touch `node:` modules or `process`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const NODE_LAYER = new Set(['cli.ts', 'node-io.ts', 'node-build.ts']);

test('the builder core imports no node: module and never uses process', () => {
  const core = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NODE_LAYER.has(f));
  assert.ok(core.length > 15);
  for (const f of core) {
    const src = readFileSync(`${DIR}${f}`, 'utf8');
    assert.doesNotMatch(src, /from\s+['"]node:|require\(|import\(\s*['"]node:/, `${f} imports a Node module`);
    assert.doesNotMatch(src, /\bprocess\.|\bBuffer\b|__dirname/, `${f} uses a Node global`);
    for (const m of src.matchAll(/from\s+'\.\/([\w-]+)\.js'/g)) assert.ok(!NODE_LAYER.has(`${m[1]}.ts`), `${f} imports the Node layer (${m[1]})`);
  }
});
