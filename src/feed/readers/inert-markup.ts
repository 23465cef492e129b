/**
 * Feed markup made inert before any DOM parser sees it.
 *
 * `DOMParser` documents run no script, yet Chromium checks every inline event handler attribute it
 * parses (`onerror=`, `onload=` …) against the page's Content-Security-Policy and reports a
 * `script-src-attr` violation to the page — in an inert document too, and for every parsing API
 * (`DOMParser`, `<template>`, `createHTMLDocument`). A hostile feed would flood a partner's CSP
 * reports with what looks like attacks from their own page. Readers only ever want text, so the
 * markup is reduced to what they read before it is parsed.
 */
import { FeedReadError } from './errors.js';

const isAlpha = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';

/**
 * Where the tag whose name ends at `i` ends (the index after its `>`), or -1 when the input ends
 * first (the HTML parser then drops the tag). Follows the tokenizer's attribute states, so quoted
 * values may hold `>` and the tag ends exactly where a browser would end it.
 */
function tagEnd(s: string, i: number): number {
  type State = 'before-name' | 'name' | 'after-name' | 'before-value' | 'dq' | 'sq' | 'unquoted' | 'after-quoted' | 'self-closing';
  let state: State = 'before-name';
  for (; i < s.length; i++) {
    const c = s[i];
    switch (state) {
      case 'before-name':
      case 'after-name':
        if (isSpace(c)) break;
        if (c === '/') state = 'self-closing';
        else if (c === '>') return i + 1;
        else if (c === '=' && state === 'after-name') state = 'before-value';
        else state = 'name';
        break;
      case 'name':
        if (isSpace(c)) state = 'after-name';
        else if (c === '/') state = 'self-closing';
        else if (c === '>') return i + 1;
        else if (c === '=') state = 'before-value';
        break;
      case 'before-value':
        if (isSpace(c)) break;
        if (c === '"') state = 'dq';
        else if (c === "'") state = 'sq';
        else if (c === '>') return i + 1;
        else state = 'unquoted';
        break;
      case 'dq':
      case 'sq':
        if (c === (state === 'dq' ? '"' : "'")) state = 'after-quoted';
        break;
      case 'unquoted':
        if (isSpace(c)) state = 'before-name';
        else if (c === '>') return i + 1;
        break;
      case 'after-quoted':
      case 'self-closing':
        if (c === '>') return i + 1;
        if (state === 'after-quoted' && c === '/') state = 'self-closing';
        else if (!isSpace(c)) {
          state = 'before-name';
          i--; // reconsume
        } else state = 'before-name';
        break;
    }
  }
  return -1;
}

/** The index after the comment that starts at `i` (`<!--`), by the HTML tokenizer's rules. */
function commentEnd(s: string, i: number): number {
  const body = i + 4;
  if (s.startsWith('>', body)) return body + 1; // <!-->
  if (s.startsWith('->', body)) return body + 2; // <!--->
  let at = body;
  for (;;) {
    const dash = s.indexOf('--', at);
    if (dash < 0) return s.length;
    if (s.startsWith('>', dash + 2)) return dash + 3;
    if (s.startsWith('!>', dash + 2)) return dash + 4;
    at = dash + 1;
  }
}

/**
 * Elements whose mere presence a strict CSP reports even in an inert document (an inline `<style>` is
 * a `style-src-elem` violation), and whose content is never text: dropped whole, content included.
 */
const DROPPED = /^(?:style|script)$/i;

/** The index after the end tag that closes the `name` element whose content starts at `from` (or the end). */
function droppedEnd(s: string, from: number, name: string): number {
  const close = new RegExp(`</${name}(?=[\\s/>])`, 'ig');
  close.lastIndex = from;
  const m = close.exec(s);
  if (!m) return s.length;
  const end = tagEnd(s, m.index + 2 + name.length);
  return end < 0 ? s.length : end;
}

/**
 * HTML reduced to element names and text: every tag loses its attributes (`<img src=x onerror=…>`
 * becomes `<img>`), `<style>` and `<script>` go with their content, comments, doctypes and
 * processing instructions go, and a `<` that starts no tag is written `&lt;`. The result holds no
 * `<` other than bare `<name>` and `</name>` tags, so whatever a parser makes of it has no attribute
 * at all — no handler, no URL — while the text and the element names `domToText` reads (blocks,
 * `<br>`, skipped elements) stay as the browser would see them.
 */
export function bareMarkup(html: string): string {
  if (!html.includes('<')) return html;
  const out: string[] = [];
  let text = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const next = html[i + 1];
    let end: number;
    let keep = '';
    if (isAlpha(next) || (next === '/' && isAlpha(html[i + 2]))) {
      const closing = next === '/';
      let j = i + (closing ? 2 : 1);
      const nameStart = j;
      while (j < html.length && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
      const name = html.slice(nameStart, j);
      end = tagEnd(html, j);
      if (end < 0) end = html.length; // the input ends inside the tag: the parser drops it
      else if (!closing && DROPPED.test(name)) end = droppedEnd(html, end, name);
      else keep = `<${closing ? '/' : ''}${name}>`;
    } else if (html.startsWith('<!--', i)) {
      end = commentEnd(html, i);
    } else if (next === '!' || next === '?' || (next === '/' && i + 2 < html.length)) {
      // Doctype, CDATA outside SVG, processing instruction, `</3`: a bogus comment up to the next `>`.
      const gt = html.indexOf('>', i);
      end = gt < 0 ? html.length : gt + 1;
    } else {
      end = i + 1;
      keep = '&lt;';
    }
    out.push(html.slice(text, i), keep);
    text = end;
    i = html.indexOf('<', end);
  }
  out.push(html.slice(text));
  return out.join('');
}

/** Namespaces whose elements the browser makes into HTML, SVG or MathML elements (with live handlers). */
const ACTIVE_NAMESPACES = /http:\/\/www\.w3\.org\/(?:1999\/xhtml|2000\/svg|1998\/Math\/MathML)/g;

/**
 * Feed XML made inert for `DOMParser`: Atom `type="xhtml"` content and SVG inside a feed stay plain
 * XML elements (same names and text, no handlers), because their namespace is renamed; a namespace
 * declared through character references is renamed too. Entity declarations are refused: they could
 * build any of this out of references (and are the "billion laughs" of XML); real feeds do not use them.
 */
export function inertXml(xml: string): string {
  if (xml.includes('<!ENTITY')) throw new FeedReadError('format', 'XML that declares entities (<!ENTITY …>) is not read');
  return xml
    .replace(ACTIVE_NAMESPACES, (ns) => `urn:x-inert:${ns.slice('http://www.w3.org/'.length)}`)
    .replace(/(\sxmlns(?::[^\s=]*)?\s*=\s*)(?:"[^"]*&[^"]*"|'[^']*&[^']*')/g, '$1"urn:x-inert:reference"');
}
