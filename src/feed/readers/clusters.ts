/**
 * Text that cannot wrap. A browser never breaks a line inside one character (a grapheme cluster), and
 * a cluster can be made as wide or as tall as one likes: a base letter with 50 combining marks (50
 * Khmer coeng signs render 500 px wide; "Zalgo" text piles marks up and down over the neighbouring
 * lines), or dozens of emoji glued with zero-width joiners. One such string in a feed made a 320 px
 * partner page scroll sideways (found by the hardening matrix, issue 10). No script needs more than a
 * handful of marks on one letter, nor a real emoji sequence more than a few joiners, so readers keep 8.
 */
import type { FeedProblem } from '../validate.js';

const MAX = 8;
const TOO_LONG = new RegExp(`\\p{M}{${MAX + 1}}|(?:\\u200d[^\\u200d]){${MAX + 1}}`, 'u');
/**
 * Every combining mark and the zero-width joiner are at U+0300 or above (astral marks as surrogates):
 * text without such a code unit (most English text) skips the Unicode-aware scan, which costs more.
 */
const MAYBE_MARKS = /[\u0300-\uffff]/;
/**
 * False when no string parsed from this JSON text can hold a combining mark or a joiner: the text has
 * no code unit at U+0300 or above and no `\u` escape. Such a feed (most English ones) needs no walk.
 */
export function jsonMayHoldClusters(text: string): boolean {
  return MAYBE_MARKS.test(text) || text.includes('\\u');
}

const MARK_RUN = new RegExp(`(\\p{M}{${MAX}})\\p{M}+`, 'gu');
const JOINED = new RegExp(`(?:[^\\u200d]\\u200d){${MAX + 1},}[^\\u200d]?`, 'gu');

/** `text` with at most 8 combining marks on one letter and 8 joiners in one sequence; the same string when it had none. */
export function limitClusters(text: string): string {
  if (!MAYBE_MARKS.test(text) || !TOO_LONG.test(text)) return text;
  return text.replace(MARK_RUN, '$1').replace(JOINED, (chain) => {
    let n = 0;
    return chain.replace(/\u200d/g, () => (++n <= MAX ? '\u200d' : ''));
  });
}

const CLUSTER_PROBLEM = 'a character carried more than 8 combining marks or joiners; the extra ones were left out so the text can wrap';

/** Deeper than any field a feed defines: nothing below is shown, so nothing below is walked. */
const MAX_DEPTH = 10;

/**
 * `value` with `limitClusters` applied to every string it holds, each change reported as a problem.
 * Copy on write: the same object comes back when nothing changed (the usual case), and the input —
 * which may be an object the page still holds — is never modified.
 */
export function limitFeedClusters<T>(value: T, problems: FeedProblem[], path = '$', depth = 0): T {
  if (typeof value === 'string') {
    const out = limitClusters(value);
    if (out !== value) problems.push({ path, message: CLUSTER_PROBLEM });
    return out as T;
  }
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  // Paths are built only for what is walked into or reported: most values are plain strings that
  // need nothing. Plain loops, no callbacks: this walks every value of the feed on first load.
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const out = typeof v === 'string' ? limitString(v, problems, path, i) : typeof v === 'object' && v !== null ? limitFeedClusters(v, problems, `${path}[${i}]`, depth + 1) : v;
      if (out !== v) (copy ??= value.slice())[i] = out;
    }
    return (copy ?? value) as T;
  }
  let copy: Record<string, unknown> | undefined;
  const obj = value as Record<string, unknown>;
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
    const v = obj[k];
    const out = typeof v === 'string' ? limitString(v, problems, path, k) : typeof v === 'object' && v !== null ? limitFeedClusters(v, problems, `${path}.${k}`, depth + 1) : v;
    if (out !== v) (copy ??= { ...obj })[k] = out;
  }
  return (copy ?? value) as T;
}

/** A string held at `path[key]` (array) or `path.key` (object), limited; a problem when it changed. */
function limitString(v: string, problems: FeedProblem[], path: string, key: string | number): string {
  const out = limitClusters(v);
  if (out !== v) problems.push({ path: typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`, message: CLUSTER_PROBLEM });
  return out;
}
