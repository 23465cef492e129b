/**
 * Copy-paste snippets for each element, for three kinds of site:
 * - a plain site: the script tag, the element with a feed URL (or the feed inline), and the
 *   fallback content inside it for readers without JavaScript;
 * - a CMS that strips scripts (WordPress authors, for instance): the fallback content alone, which
 *   survives any HTML filter as plain lists and tables — never an inline feed, which a CMS would show
 *   as raw JSON text (see ../shared/CMS.md);
 * - npm/ESM users: the import and the element.
 */
import { escapeHtml, fallbackHtml, type FallbackTag } from '../feed/fallback-html.js';

export type Attributes = Record<string, string | boolean | undefined>;

/** ` name="value"` pairs, escaped; `true` is a bare attribute; false, undefined and '' are left out. */
export function attributeText(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
}

/**
 * A feed as the text of `<script type="application/json">`: `<`, `>` and `&` are written as JSON
 * escapes, so no feed text can close the script element or open a comment, and the line separators
 * that old parsers choke on are escaped too. `JSON.parse` reads it back unchanged.
 */
export function inlineJson(feed: unknown): string {
  return JSON.stringify(feed, null, 1)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface SnippetOptions {
  tag: FallbackTag;
  /** The element's attributes other than `src` (lang, theme, and its own). */
  attrs: Attributes;
  feed: unknown;
  /** Where the partner will put feed.json. */
  feedUrl: string;
  /** Where the partner will put the script. */
  scriptUrl: string;
  /** Language of the fallback content. */
  lang: string;
}

const indent = (html: string, pad = '  '): string => html.split('\n').map((l) => (l ? pad + l : l)).join('\n');

/** Fallback markup with a line break per row or entry, for people who read the snippet. */
export function readableFallback(o: Pick<SnippetOptions, 'tag' | 'feed' | 'attrs' | 'lang'>): string {
  return fallbackHtml(o.tag, o.feed, o.attrs as Record<string, string | boolean | undefined>, o.lang)
    .replace(/(<(?:ul|tbody|thead)[^>]*>)/g, '$1\n')
    .replace(/(<\/(?:li|tr)>)/g, '$1\n')
    .replace(/(<\/(?:caption|thead)>)/g, '$1\n')
    .replace(/(<\/(?:p|ul|table)>)(?=<)/g, '$1\n');
}

/** (a) A plain site: script + element with `src` (or the feed inline) + fallback content. */
export function plainSnippet(o: SnippetOptions & { inline: boolean }): string {
  const src = o.inline ? '' : attributeText({ src: o.feedUrl });
  const inner = o.inline
    ? `<script type="application/json">\n${inlineJson(o.feed)}\n</script>\n${readableFallback(o)}`
    : readableFallback(o);
  return `<script src="${escapeHtml(o.scriptUrl)}" defer></script>\n\n<${o.tag}${src}${attributeText(o.attrs)}>\n${indent(inner)}\n</${o.tag}>\n`;
}

/** (b) A CMS that strips scripts: the fallback content alone (paste it in a Custom HTML block). */
export function cmsSnippet(o: Pick<SnippetOptions, 'tag' | 'feed' | 'attrs' | 'lang'>): string {
  return `${readableFallback(o)}\n`;
}

/** (c) npm and a bundler: the install command, the import, the markup. */
export function npmSnippet(o: Pick<SnippetOptions, 'tag' | 'attrs' | 'feedUrl'>): { install: string; module: string; html: string } {
  return {
    install: 'npm install solidarity-widgets',
    module: `import 'solidarity-widgets/elements/${o.tag}.js';`,
    html: `<${o.tag}${attributeText({ src: o.feedUrl })}${attributeText(o.attrs)}></${o.tag}>`,
  };
}

/** All four elements for one page: the script tag once, then each element with its fallback content. */
export function allSnippet(o: Omit<SnippetOptions, 'tag' | 'attrs'> & { inline: boolean; elements: { tag: FallbackTag; attrs: Attributes }[] }): string {
  const parts = o.elements.map(({ tag, attrs }) => plainSnippet({ ...o, tag, attrs }).replace(/^<script src="[^"]*" defer><\/script>\n\n/, ''));
  return `<script src="${escapeHtml(o.scriptUrl)}" defer></script>\n\n${parts.join('\n')}`;
}

export interface Upload {
  /** The file as it is downloaded from the studio (or found in the release archive's `assets/`). */
  file: string;
  /** Where the page will ask for it: the address to put it at. */
  at: string;
  what: 'script' | 'world' | 'geo' | 'feed';
}

/**
 * The files a partner puts on the site and the exact address the page requests each from: the
 * script where the snippet loads it, the map outlines in `geo/` beside the script (where the script
 * build fetches them), and the feed where `src` points (not needed when the feed is inline).
 */
export function uploadPlan(o: { scriptUrl: string; feedUrl: string; inline: boolean }): Upload[] {
  const script = o.scriptUrl.trim() || 'solidarity-widgets.iife.js';
  const folder = script.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const out: Upload[] = [
    { file: 'solidarity-widgets.iife.js', at: script, what: 'script' },
    { file: 'geo/world-view.json', at: `${folder}geo/world-view.json`, what: 'world' },
    { file: 'geo/countries-110m.json', at: `${folder}geo/countries-110m.json`, what: 'geo' },
  ];
  if (!o.inline) out.push({ file: 'feed.json', at: o.feedUrl.trim(), what: 'feed' });
  return out;
}
