/**
 * Step 4: downloads (feed.json, corrections.json, RSS, Atom, the report, the script) and the code for
 * each element on three kinds of site.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toAtom, toRss } from '../builder/write/syndication.js';
import type { FallbackTag } from '../feed/fallback-html.js';
import { toCorrections, type Decisions } from './decisions.js';
import { downloadText } from './download.js';
import { elementAttributes, TAGS, type PreviewOptions } from './preview-options.js';
import type { ReviewedBuild, SourcesInput } from './protocol.js';
import { allSnippet, cmsSnippet, npmSnippet, plainSnippet, uploadPlan } from './snippets.js';
import type { DocEditsByFile } from './doc-meta.js';
import { sourcesWithEdits } from './doc-meta.js';
import { StudioPanel } from './panel.js';
import { strings, type StudioStrings } from './strings.js';

export interface EmbedOptions {
  tag: FallbackTag;
  feedUrl: string;
  scriptUrl: string;
  inline: boolean;
}

export const defaultEmbed = (): EmbedOptions => ({
  tag: 'press-release-list',
  feedUrl: '/campaign/feed.json',
  scriptUrl: '/assets/solidarity-widgets.iife.js',
  inline: false,
});

export function readEmbed(raw: unknown): EmbedOptions {
  const d = defaultEmbed();
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<EmbedOptions>;
  return {
    tag: TAGS.includes(r.tag as FallbackTag) ? (r.tag as FallbackTag) : d.tag,
    feedUrl: typeof r.feedUrl === 'string' ? r.feedUrl : d.feedUrl,
    scriptUrl: typeof r.scriptUrl === 'string' ? r.scriptUrl : d.scriptUrl,
    inline: r.inline === true,
  };
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

export class StudioEmbedPanel extends StudioPanel {
  @property({ attribute: false }) reviewed?: ReviewedBuild;
  @property({ attribute: false }) decisions!: Decisions;
  @property({ attribute: false }) preview!: PreviewOptions;
  @property({ attribute: false }) options: EmbedOptions = defaultEmbed();
  @property({ attribute: false }) sources?: SourcesInput;
  @property({ attribute: false }) docMeta: DocEditsByFile = {};
  @state() private copyNote = '';

  private set(patch: Partial<EmbedOptions>): void {
    this.act({ type: 'ui', patch: { embed: { ...this.options, ...patch } } });
  }

  private async copy(id: string, s: StudioStrings): Promise<void> {
    const area = this.querySelector<HTMLTextAreaElement>(`#${id}`);
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
      this.copyNote = s.copied;
    } catch {
      area.focus();
      area.select();
      // The older way still works where the async clipboard is not allowed.
      this.copyNote = document.execCommand('copy') ? s.copied : s.copyFailed;
    }
  }

  private snippet(id: string, heading: string, hint: string | TemplateResult, text: string, s: StudioStrings, copyLabel = s.copy): TemplateResult {
    const rows = Math.min(16, text.split('\n').length + 1);
    return html`<section class="snippet" aria-labelledby=${`${id}-h`}>
      <h4 id=${`${id}-h`}>${heading}</h4>
      ${hint ? html`<p>${hint}</p>` : nothing}
      <textarea id=${id} readonly rows=${rows} spellcheck="false" aria-labelledby=${`${id}-h`} .value=${text}></textarea>
      <button type="button" data-copy=${id} @click=${() => this.copy(id, s)}>${copyLabel}</button>
    </section>`;
  }

  /** The sources.json the CLI needs for this feed: the uploaded one with the Build step's edits. */
  private sourcesJson(): string | undefined {
    const merged = sourcesWithEdits(this.sources ?? { messages: [] }, this.docMeta);
    return merged.sources && Object.keys(merged.sources).length ? json(merged.sources) : undefined;
  }

  override render() {
    const s = strings(this.locale);
    const r = this.reviewed;
    if (!r) return html`<h2>${s.embedHeading}</h2><p>${s.nothingBuilt}</p>`;
    const o = this.options;
    const valid = r.problems.length === 0;
    const attrs = elementAttributes(o.tag, this.preview);
    const common = { tag: o.tag, attrs, feed: r.feed, feedUrl: o.feedUrl, scriptUrl: o.scriptUrl, lang: this.preview.lang };
    const npm = npmSnippet(common);
    const sourcesJson = this.sourcesJson();
    const uploads = uploadPlan({ scriptUrl: o.scriptUrl, feedUrl: o.feedUrl, inline: o.inline });
    const all = allSnippet({ ...common, inline: o.inline, elements: TAGS.map((tag) => ({ tag, attrs: elementAttributes(tag, this.preview) })) });
    return html`
      <h2>${s.embedHeading}</h2>
      <p>${s.embedIntro}</p>
      <section aria-labelledby="downloads-h">
        <h3 id="downloads-h">${s.downloadsHeading}</h3>
        ${valid ? nothing : html`<p class="error">${s.notDownloadable}</p>`}
        <ul class="downloads">
          <li><button type="button" ?disabled=${!valid} data-download="feed.json" @click=${() => downloadText('feed.json', json(r.feed), 'application/feed+json')}>${s.downloadFeed}</button></li>
          <li><button type="button" data-download="corrections.json" @click=${() => downloadText('corrections.json', json(toCorrections(this.decisions)), 'application/json')}>${s.downloadCorrections}</button></li>
          <li><button type="button" ?disabled=${!valid} data-download="feed.rss" @click=${() => downloadText('feed.rss', toRss(r.feed), 'application/rss+xml')}>${s.downloadRss}</button></li>
          <li><button type="button" ?disabled=${!valid} data-download="feed.atom" @click=${() => downloadText('feed.atom', toAtom(r.feed), 'application/atom+xml')}>${s.downloadAtom}</button></li>
          <li><button type="button" data-download="report.md" @click=${() => downloadText('report.md', r.report, 'text/markdown')}>${s.downloadReport}</button></li>
          ${sourcesJson ? html`<li><button type="button" data-download="sources.json" @click=${() => downloadText('sources.json', sourcesJson, 'application/json')}>${s.downloadSources}</button></li>` : nothing}
          <li><a href="assets/solidarity-widgets.iife.js" download>${s.downloadScript}</a></li>
          <li><a href="assets/geo/world-view.json" download="world-view.json">${s.downloadWorld}</a></li>
          <li><a href="assets/geo/countries-110m.json" download="countries-110m.json">${s.downloadGeo}</a></li>
        </ul>
      </section>
      <section aria-labelledby="uploads-h">
        <h3 id="uploads-h">${s.uploadHeading}</h3>
        <p>${s.uploadIntro}</p>
        <ul class="uploads">${uploads.map((u) => html`<li data-upload=${u.what}>${s.uploadWhat[u.what]}: <code>${u.file}</code> ${s.uploadAt} <code class="at">${u.at}</code></li>`)}</ul>
      </section>
      <section aria-labelledby="code-h">
        <h3 id="code-h">${s.embedElement}</h3>
        <div class="embed-controls">
          <label for="em-tag">${s.embedElement}</label>
          <select id="em-tag" @change=${(e: Event) => this.set({ tag: (e.target as HTMLSelectElement).value as FallbackTag })}>
            ${TAGS.map((t) => html`<option value=${t} ?selected=${t === o.tag}>${s.elementNames[t]} (&lt;${t}&gt;)</option>`)}
          </select>
          <label for="em-feed">${s.feedUrl}</label>
          <input id="em-feed" .value=${o.feedUrl} @change=${(e: Event) => this.set({ feedUrl: (e.target as HTMLInputElement).value })}>
          <label for="em-script">${s.scriptUrl}</label>
          <input id="em-script" .value=${o.scriptUrl} @change=${(e: Event) => this.set({ scriptUrl: (e.target as HTMLInputElement).value })}>
        </div>
        <p class="note" role="status">${this.copyNote}</p>
        ${this.snippet('snippet-all', s.snippetAll, s.snippetAllHint, all, s, s.copyAll)}
        ${this.snippet('snippet-plain', s.snippetPlain, html`${s.snippetPlainHint}
          <label class="check"><input type="checkbox" .checked=${o.inline} @change=${(e: Event) => this.set({ inline: (e.target as HTMLInputElement).checked })}> ${s.inlineFeed}</label>`,
          plainSnippet({ ...common, inline: o.inline }), s)}
        ${this.snippet('snippet-cms', s.snippetCms, s.snippetCmsHint, cmsSnippet(common), s)}
        <section class="snippet" aria-labelledby="snippet-npm-h">
          <h4 id="snippet-npm-h">${s.snippetNpm}</h4>
          ${this.snippet('snippet-npm-install', s.snippetNpmInstall, '', npm.install, s)}
          ${this.snippet('snippet-npm-import', s.snippetNpmImport, '', npm.module, s)}
          ${this.snippet('snippet-npm-html', s.snippetNpmMarkup, '', npm.html, s)}
        </section>
      </section>
    `;
  }
}
