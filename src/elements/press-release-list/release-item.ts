import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { formatDate } from '../../runtime/format.js';
import type { Locale } from '../../runtime/i18n.js';
import { feedLink } from '../../runtime/links.js';
import { safeHttpUrl } from '../../feed/urls.js';
import { excerpt, type Excerpt } from './excerpt.js';
import { fold, type ReleaseEntry } from './release-index.js';
import { strings } from './press-release-list.strings.js';
import { tagLabel } from './tag-label.js';

// Real heading elements at the level the page needs; the tag names are ours, never data.
const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading element of `level` (clamped to 1–6) around `content`. */
export function headingTemplate(level: number, content: unknown, cls: string, id?: string): TemplateResult {
  const tag = HEADINGS[Math.min(6, Math.max(1, Math.trunc(level) || 2)) - 1];
  return staticHtml`<${tag} class=${cls} part=${cls} id=${ifDefined(id)}>${content}</${tag}>`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

const excerpts = new WeakMap<ReleaseEntry, Excerpt>();

/** The full text without a first paragraph that only repeats the title (shown just above it). */
export function bodyText(entry: ReleaseEntry): string {
  const content = text(entry.item.content_text);
  const title = text(entry.item.title);
  if (!title) return content;
  const first = /^([^\n]{1,300})\n[ \t]*\n/.exec(content);
  return first && fold(first[1]) === fold(title) ? content.slice(first[0].length).trim() : content;
}

/** What a collapsed entry shows, and whether there is more to show: summary, else ~300 characters. */
export function shortText(entry: ReleaseEntry, locale: Locale): { text: string; more: boolean } {
  const summary = text(entry.item.summary);
  const content = bodyText(entry);
  if (summary) return { text: summary, more: content !== '' && fold(content) !== fold(summary) };
  if (!content) return { text: '', more: false };
  let e = excerpts.get(entry);
  if (!e) {
    e = excerpt(content, undefined, text(entry.item.language) || locale);
    excerpts.set(entry, e);
  }
  return { text: e.text, more: e.cut };
}

function paragraphs(content: string): TemplateResult[] {
  return content
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);
}

export interface ItemContext {
  locale: Locale;
  /** Level of the item titles (the list heading's level + 1). */
  level: number;
  /** Position on the page, for ids unique within the shadow root. */
  position: number;
  compact: boolean;
  expanded: boolean;
  onToggle: (entry: ReleaseEntry) => void;
}

/** One press release: title (linked when it has a URL), date, publisher, short text, full text, tags. */
export function renderRelease(entry: ReleaseEntry, ctx: ItemContext): TemplateResult {
  const s = strings(ctx.locale);
  const item = entry.item;
  const title = text(item.title);
  const titleId = `title-${ctx.position}`;
  const textId = `text-${ctx.position}`;
  const dateText = entry.date ? formatDate(entry.date, ctx.locale) : '';
  const url = safeHttpUrl(item.url);
  // No title: the date (or the site's name) carries the link, so every linked item stays reachable.
  const linkOnDate = !title && url;
  const date = entry.date
    ? html`<time part="date" datetime=${entry.date}>${linkOnDate ? feedLink(url, dateText, 'link') : dateText}</time>`
    : nothing;
  const orphanLink = linkOnDate && !entry.date ? html`<span>${feedLink(url, new URL(url).hostname, 'link')}</span>` : nothing;
  const publisher = entry.publisher ? html`<span part="publisher" class="publisher">${entry.publisher}</span>` : nothing;
  const heading = title ? headingTemplate(ctx.level, feedLink(url, title, 'link'), 'title', titleId) : nothing;
  const meta =
    date !== nothing || orphanLink !== nothing || publisher !== nothing
      ? html`<p class="meta" part="meta"><span class="meta-items">${date}${orphanLink}${publisher}</span></p>`
      : nothing;
  const lang = text(item.language) || undefined;

  if (ctx.compact) {
    const short = title ? '' : shortText(entry, ctx.locale).text;
    return html`<article lang=${ifDefined(lang)} tabindex="-1" aria-labelledby=${ifDefined(title ? titleId : undefined)}>
      ${heading}${meta}${short ? html`<p class="text" part="summary">${short}</p>` : nothing}
    </article>`;
  }

  const short = shortText(entry, ctx.locale);
  const content = bodyText(entry);
  const body =
    ctx.expanded && short.more
      ? html`<div class="text full" part="summary" id=${textId}>${paragraphs(content)}</div>`
      : short.text
        ? html`<div class="text" part="summary" id=${textId}><p>${short.text}</p></div>`
        : nothing;
  const toggle = short.more
    ? html`<button
        type="button"
        class="toggle"
        part="toggle"
        aria-expanded=${ctx.expanded ? 'true' : 'false'}
        aria-controls=${textId}
        aria-describedby=${ifDefined(title ? titleId : undefined)}
        @click=${() => ctx.onToggle(entry)}
      >
        ${ctx.expanded ? s.readLess : s.readMore}
      </button>`
    : nothing;
  const tags = entry.tags.length
    ? html`<ul class="tags" part="tags" aria-label=${s.tagsLabel}>
        ${entry.tags.map((t) => html`<li part="tag">${tagLabel(t, ctx.locale)}</li>`)}
      </ul>`
    : nothing;
  return html`<article lang=${ifDefined(lang)} tabindex="-1" aria-labelledby=${ifDefined(title ? titleId : undefined)}>
    ${heading}${meta}${body}${toggle}${tags}
  </article>`;
}
