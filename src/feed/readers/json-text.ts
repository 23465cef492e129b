import { FeedReadError } from './errors.js';

/**
 * Where the first JSON syntax error in `s` is (a character offset), or -1. Browsers' own messages
 * give a position only for some errors ("Unexpected token 'x', ... is not valid JSON" has none), so
 * after `JSON.parse` fails this scanner finds it. Iterative: 100,000 nested arrays are fine.
 */
export function jsonErrorOffset(s: string): number {
  const n = s.length;
  let i = 0;
  const stack: string[] = [];
  const ws = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else return false;
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    ws();
    if (state === 'value') {
      if (i >= n) return i;
      const c = s[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        ws();
        if (s[i] === (c === '{' ? '}' : ']')) {
          i++;
          stack.pop();
          state = 'after';
        } else state = c === '{' ? 'key' : 'value';
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
        state = 'after';
        continue;
      }
      const lit = ['true', 'false', 'null'].find((w) => s.startsWith(w, i));
      if (lit) {
        i += lit.length;
        state = 'after';
        continue;
      }
      NUMBER.lastIndex = i;
      if (NUMBER.exec(s)) {
        i = NUMBER.lastIndex;
        state = 'after';
        continue;
      }
      return i;
    }
    if (state === 'key') {
      if (s[i] !== '"' || !string()) return i;
      ws();
      if (s[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    // after a value
    if (stack.length === 0) return i < n ? i : -1;
    const top = stack[stack.length - 1];
    const c = s[i];
    if (c === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      i++;
      stack.pop();
    } else return i;
  }
}

/** Line and column (both from 1) of a character offset. */
export function lineColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < offset; i = s.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * `JSON.parse` with an error a person can act on: "The feed is not valid JSON: Unexpected token
 * ']' at line 3, column 7 (position 41)". A leading byte-order mark is ignored.
 */
export function parseJsonText(text: string): unknown {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(s);
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    // Keep the engine's description, drop its echo of the input and its own position.
    // The engine quotes the offending character as it is: a NUL or form feed in the message would
    // reach logs and consoles raw, so control characters are written as \uXXXX.
    const what = raw
      .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
      .replace(/\s*in JSON at position.*$/s, '')
      .replace(/^SyntaxError:\s*/, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const at = jsonErrorOffset(s);
    const where = at < 0 ? '' : at >= s.length ? ` at the end of the text (position ${at}): the text stops early` : (() => {
      const { line, column } = lineColumn(s, at);
      return ` at line ${line}, column ${column} (position ${at})`;
    })();
    throw new FeedReadError('syntax', `The feed is not valid JSON: ${what}${where}`);
  }
}
