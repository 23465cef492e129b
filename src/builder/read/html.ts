/**
 * An HTML page → the article's text and what the page says about itself. Navigation, headers,
 * footers, asides, scripts, styles, cookie banners and share bars are dropped; the `<article>` (or
 * `<main>`) is kept when there is one. Streaming parser, no DOM: it runs the same in a Web Worker.
 */
import { Tokenizer } from 'htmlparser2';

export interface PageMeta {
  title?: string;
  published?: string;
  publisher?: string;
  url?: string;
  language?: string;
  author?: string;
  description?: string;
}

/** A link of the kept text: its words and its `href` as written (maybe relative). */
export interface PageLink {
  text: string;
  href: string;
}

/** At most this many links are kept per page (a listing page has tens). */
const MAX_LINKS = 2000;

export interface PageText {
  text: string;
  meta: PageMeta;
  /** Links in the kept text (the article's, when the article is kept), in page order. */
  links: PageLink[];
  /** True when an <article> or <main> element held the text. */
  fromArticle: boolean;
}

const DROP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'object', 'embed', 'select', 'textarea', 'canvas', 'video', 'audio', 'dialog', 'menu', 'figure']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'br', 'hr', 'body', 'address', 'time']);
const BOILERPLATE = /(?:^|[\s_-])(?:cookie|consent|gdpr|share|sharing|social|newsletter|subscribe|related|recommend|comments?|breadcrumbs?|menu|navbar|nav|sidebar|advert|ads?|promo|popup|modal|banner|footer|header|masthead|skip-link|print-only|visually-hidden|sr-only)(?:$|[\s_-])/i;

/**
 * Built on htmlparser2's Tokenizer with a stack of our own: the library's Parser keeps its stack with
 * `unshift`/`indexOf`, which costs O(depth) per tag, so a hostile page of 100,000 nested elements
 * would take minutes. Here every element is pushed and popped once.
 */
export function htmlToText(html: string): PageText {
  const meta: PageMeta = {};
  const body: string[] = [];
  const article: string[] = [];
  const stack: { name: string; drop: boolean; article: boolean; anchor?: boolean }[] = [];
  // How many elements of each name are open: a stray closing tag is ignored without a stack scan.
  const open = new Map<string, number>();
  let dropDepth = 0;
  let articleDepth = 0;
  let rawText: string | undefined;
  let title = '';
  let sawArticle = false;
  const bodyLinks: PageLink[] = [];
  const articleLinks: PageLink[] = [];
  // The open <a> elements' hrefs and words (nested links are invalid HTML, but must not confuse us).
  const anchors: { href: string; text: string[]; article: boolean }[] = [];
  const push = (s: string): void => {
    if (dropDepth > 0) return;
    body.push(s);
    if (articleDepth > 0) article.push(s);
    // Only the innermost link collects words: bounded work on hostile pages of nested links.
    const a = anchors[anchors.length - 1];
    if (a && a.text.length < 100) a.text.push(s);
  };

  function openTag(name: string, attrs: Record<string, string>): void {
    if (name === 'html' && attrs.lang) meta.language ??= attrs.lang;
    if (name === 'meta') {
      const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? '').toLowerCase();
      const content = attrs.content?.trim();
      if (content) {
        if (['date', 'article:published_time', 'dc.date', 'dc.date.issued', 'dcterms.created', 'pubdate', 'publishdate', 'datepublished', 'sailthru.date'].includes(key)) meta.published ??= content;
        else if (key === 'og:title') meta.title = content;
        else if (key === 'og:site_name' || key === 'publisher' || key === 'dc.publisher') meta.publisher ??= content;
        else if (key === 'og:url') meta.url ??= content;
        else if (key === 'author' || key === 'article:author' || key === 'dc.creator') meta.author ??= content;
        else if (key === 'description' || key === 'og:description') meta.description ??= content;
      }
    }
    if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) meta.url ??= attrs.href;
    if (name === 'time' && attrs.datetime && articleDepth > 0) meta.published ??= attrs.datetime;
    if (VOID.has(name)) {
      if (name === 'br' || name === 'hr') push('\n');
      return;
    }
    const cls = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''}`.slice(0, 500);
    const hidden = 'hidden' in attrs || attrs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test((attrs.style ?? '').slice(0, 500));
    const drop = DROP.has(name) || hidden || (BOILERPLATE.test(cls) && name !== 'article' && name !== 'main' && name !== 'body');
    const isArticle = name === 'article' || name === 'main' || attrs.role === 'main';
    stack.push({ name, drop, article: isArticle });
    open.set(name, (open.get(name) ?? 0) + 1);
    if (drop) dropDepth++;
    if (isArticle && dropDepth === 0) {
      articleDepth++;
      sawArticle = true;
    }
    if (BLOCK.has(name)) push('\n\n');
    if (name === 'title') rawText = '';
    if (name === 'a' && dropDepth === 0 && attrs.href) {
      anchors.push({ href: attrs.href.trim(), text: [], article: articleDepth > 0 });
      stack[stack.length - 1].anchor = true;
    }
  }

  function closeTag(name: string): void {
    if (VOID.has(name) || !open.get(name)) return;
    // Unclosed elements inside are closed with it (each element is popped once).
    for (;;) {
      const e = stack.pop()!;
      open.set(e.name, open.get(e.name)! - 1);
      if (e.anchor) {
        const a = anchors.pop()!;
        const words = a.text.join('').replace(/\s+/g, ' ').trim();
        if (words && bodyLinks.length < MAX_LINKS) {
          bodyLinks.push({ text: words, href: a.href });
          if (a.article) articleLinks.push({ text: words, href: a.href });
        }
      }
      if (e.name === 'title' && rawText !== undefined) {
        title ||= rawText;
        rawText = undefined;
      }
      if (BLOCK.has(e.name)) push('\n\n');
      if (e.drop) dropDepth--;
      if (e.article && articleDepth > 0 && dropDepth === 0) articleDepth--;
      if (e.name === name) break;
    }
  }

  let tagName = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  const text = (t: string): void => {
    if (rawText !== undefined) rawText += t;
    else push(t);
  };
  const tokenizer = new Tokenizer({ decodeEntities: true, recognizeSelfClosing: true }, {
    ontext: (start, end) => text(html.slice(start, end)),
    ontextentity: (cp) => text(String.fromCodePoint(cp)),
    onopentagname: (start, end) => {
      tagName = html.slice(start, end).toLowerCase();
      attrs = Object.create(null) as Record<string, string>;
    },
    onattribname: (start, end) => {
      attrName = html.slice(start, end).toLowerCase();
      attrValue = '';
    },
    onattribdata: (start, end) => {
      if (attrValue.length < 2000) attrValue += html.slice(start, end);
    },
    onattribentity: (cp) => {
      attrValue += String.fromCodePoint(cp);
    },
    onattribend: () => {
      if (!(attrName in attrs)) attrs[attrName] = attrValue;
    },
    onopentagend: () => openTag(tagName, attrs),
    onselfclosingtag: () => {
      openTag(tagName, attrs);
      closeTag(tagName);
    },
    onclosetag: (start, end) => closeTag(html.slice(start, end).toLowerCase()),
    oncdata: () => undefined,
    oncomment: () => undefined,
    ondeclaration: () => undefined,
    onprocessinginstruction: () => undefined,
    onend: () => undefined,
  });
  tokenizer.write(html);
  tokenizer.end();
  if (!meta.title && title.trim()) meta.title = title.replace(/\s+/g, ' ').trim();
  const tidy = (parts: string[]): string =>
    parts.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  const articleText = tidy(article);
  const useArticle = sawArticle && articleText.length >= 40;
  return { text: useArticle ? articleText : tidy(body), meta, fromArticle: useArticle, links: useArticle ? articleLinks : bodyLinks };
}
