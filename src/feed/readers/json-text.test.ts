import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonText } from './json-text.js';

test('a JSON error quoting a control character writes it as \\uXXXX, never raw (found by the hardening matrix)', () => {
  for (const [text, shown] of [['[\u0000]', '\\u0000'], ['[1,\f2]', '\\u000c'], ['{"a":\u001b}', '\\u001b']] as const) {
    assert.throws(
      () => parseJsonText(text),
      (e: unknown) => {
        const m = (e as Error).message;
        assert.doesNotMatch(m, /[\u0000-\u001f\u007f-\u009f]/, JSON.stringify(m));
        assert.ok(m.includes(shown), m);
        assert.match(m, /at line 1, column \d+/);
        return true;
      },
    );
  }
});
