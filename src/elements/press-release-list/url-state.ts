/**
 * The list's view in the URL hash (`sync-url`): `#prl.year=2014&prl.q=lor%20peang&prl.page=2`.
 *
 * Each list owns the hash keys that start with its namespace — `prl` for a list without an `id`,
 * `prl-<id>` for one with an id — so two lists on one page keep separate views, and whatever else the
 * page keeps in its hash (an anchor, another widget's keys) is left exactly as it was.
 */

/** The part of the view that a shared link carries. Empty strings and page 1 are left out of the hash. */
export interface HashView {
  year: string;
  publisher: string;
  tag: string;
  query: string;
  page: number;
}

const FIELDS = {
  year: 'year',
  publisher: 'publisher',
  tag: 'tag',
  query: 'q',
  page: 'page',
} as const;

export const DEFAULT_VIEW: Readonly<HashView> = Object.freeze({ year: '', publisher: '', tag: '', query: '', page: 1 });

/** The hash namespace of a list: `prl`, or `prl-<id>` when the element has an id. */
export function hashNamespace(id: string | null | undefined): string {
  return id ? `prl-${id}` : 'prl';
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function segments(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body ? body.split('&') : [];
}

function ownKey(segment: string, ns: string): keyof HashView | null {
  const eq = segment.indexOf('=');
  const key = decode(eq < 0 ? segment : segment.slice(0, eq));
  if (!key.startsWith(`${ns}.`)) return null;
  const field = key.slice(ns.length + 1);
  const found = (Object.keys(FIELDS) as (keyof HashView)[]).find((k) => FIELDS[k] === field);
  return found ?? null;
}

/** Reads this list's view from a hash; fields it does not find keep their defaults. */
export function readHash(hash: string, ns: string): HashView {
  const view: HashView = { ...DEFAULT_VIEW };
  for (const seg of segments(hash)) {
    const field = ownKey(seg, ns);
    if (!field) continue;
    const eq = seg.indexOf('=');
    const value = eq < 0 ? '' : decode(seg.slice(eq + 1)).slice(0, 500);
    if (field === 'page') {
      const n = Number.parseInt(value, 10);
      view.page = Number.isFinite(n) && n > 0 ? n : 1;
    } else {
      view[field] = value;
    }
  }
  return view;
}

/**
 * The hash with this list's view written into it: its own keys replaced, everything else kept in
 * place. Returns `''` when nothing is left (no filter, page 1, nothing else in the hash).
 */
export function writeHash(hash: string, ns: string, view: HashView): string {
  const others = segments(hash).filter((seg) => seg.length > 0 && ownKey(seg, ns) === null && !seg.startsWith(`${ns}.`));
  const own: string[] = [];
  for (const field of Object.keys(FIELDS) as (keyof HashView)[]) {
    const value = view[field];
    if (field === 'page' ? value === 1 : value === '') continue;
    own.push(`${encodeURIComponent(`${ns}.${FIELDS[field]}`)}=${encodeURIComponent(String(value))}`);
  }
  const all = [...others, ...own];
  return all.length ? `#${all.join('&')}` : '';
}
