/**
 * Step 1: documents in. Drop files or a folder, pick them, or paste a text with its date; set the
 * feed's title and language; follow the build's progress.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InputDocument } from '../builder/build.js';
import type { Locale } from '../runtime/i18n.js';
import { fromCorrections } from './decisions.js';
import { checkDocEdit, DOC_FIELDS, type DocEditsByFile, type DocField, type DocFieldError } from './doc-meta.js';
import { fromDataTransfer, fromFileList } from './drop.js';
import { StudioPanel, studioCount } from './panel.js';
import { checkPaste, intake, pastedDocument, type PastedText } from './intake.js';
import type { BaseBuild, DocumentSummary, FeedSettings, SourcesInput } from './protocol.js';
import { strings } from './strings.js';

export interface BuildProgress {
  state: 'idle' | 'building' | 'built' | 'failed';
  done: number;
  total: number;
  file: string;
  /** Counts of a finished build: items, wages, incidents, actions, documents, failed documents. */
  counts?: [number, number, number, number, number, number];
  error?: string;
}

/** The live status line, in the interface's language (re-rendered when the language changes). */
export function progressMessage(p: BuildProgress, locale: Locale): string {
  const s = strings(locale);
  const n = (v: number): string => studioCount(v, locale);
  switch (p.state) {
    case 'building':
      return p.done === 0 ? s.buildingStart : s.building(n(p.done), n(p.total), p.file);
    case 'built': {
      const [items, wages, incidents, actions, docs, failed] = (p.counts ?? [0, 0, 0, 0, 0, 0]).map(n);
      return s.built(items, wages, incidents, actions, docs, failed);
    }
    case 'failed':
      return s.buildFailed(p.error ?? '');
    default:
      return '';
  }
}

export class StudioBuildPanel extends StudioPanel {
  @property({ attribute: false }) docs: InputDocument[] = [];
  @property({ attribute: false }) sources?: SourcesInput;
  @property({ attribute: false }) docMeta: DocEditsByFile = {};
  @property({ attribute: false }) settings: FeedSettings = {};
  @property({ attribute: false }) base?: BaseBuild;
  @property({ attribute: false }) progress: BuildProgress = { state: 'idle', done: 0, total: 0, file: '' };
  @property({ attribute: false }) ignored = 0;

  @state() private dragging = false;
  @state() private pasteErrors: ('text' | 'published')[] = [];
  @state() private note = '';
  /** Values typed into a document's fields that are not valid yet, and why, by `file|field`. */
  @state() private metaDrafts: Record<string, string> = {};
  @state() private metaErrors: Record<string, DocFieldError> = {};

  private async addPicked(files: Awaited<ReturnType<typeof fromDataTransfer>>): Promise<void> {
    if (files.length === 0) return;
    this.act({ type: 'add-files', intake: await intake(files) });
  }

  private onDrop = async (e: DragEvent): Promise<void> => {
    e.preventDefault();
    this.dragging = false;
    if (e.dataTransfer) await this.addPicked(await fromDataTransfer(e.dataTransfer));
  };

  private onDragOver = (e: DragEvent): void => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private async onPick(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    if (input.files) await this.addPicked(fromFileList(input.files));
    input.value = '';
  }

  private onPaste(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const get = (k: string): string => String(data.get(k) ?? '');
    const paste: PastedText = { text: get('text'), published: get('published'), publisher: get('publisher'), title: get('title'), url: get('url') };
    this.pasteErrors = checkPaste(paste);
    if (this.pasteErrors.length) {
      (form.elements.namedItem(this.pasteErrors[0]) as HTMLElement | null)?.focus();
      return;
    }
    this.act({ type: 'add-document', doc: pastedDocument(paste, new Set(this.docs.map((d) => d.file))) });
    form.reset();
  }

  private onSettings(e: Event): void {
    const form = (e.target as HTMLElement).closest('form')!;
    const data = new FormData(form);
    const get = (k: string): string | undefined => String(data.get(k) ?? '').trim() || undefined;
    this.act({ type: 'settings', settings: { title: get('title'), language: get('language'), country: get('country'), homePageUrl: get('homePageUrl') } });
  }

  private async onImport(e: Event): Promise<void> {
    const s = strings(this.locale);
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let parsed: ReturnType<typeof fromCorrections>;
    try {
      parsed = fromCorrections(JSON.parse(await file.text()));
    } catch (err) {
      parsed = { error: (err as Error).message };
    }
    if ('error' in parsed) {
      this.note = s.importFailed(parsed.error);
      return;
    }
    const count = parsed.facts.length + parsed.added.length + parsed.other.length;
    this.note = s.imported(this.n(count));
    this.act({ type: 'decisions', decisions: parsed });
  }

  private onDocMeta(file: string, field: DocField, found: string | undefined, input: HTMLInputElement): void {
    const key = `${file}|${field}`;
    const value = input.value.trim();
    const error = checkDocEdit(field, value);
    const { [key]: _d, ...drafts } = this.metaDrafts;
    const { [key]: _e, ...errors } = this.metaErrors;
    if (error) {
      this.metaDrafts = { ...drafts, [key]: input.value };
      this.metaErrors = { ...errors, [key]: error };
      return;
    }
    this.metaDrafts = drafts;
    this.metaErrors = errors;
    const edits = this.docMeta[file] ?? {};
    if ((edits[field] ?? found ?? '') === value) return;
    this.act({ type: 'doc-meta', file, edits: { ...edits, [field]: value } });
  }

  private renderDocument(d: InputDocument, i: number, r: DocumentSummary | undefined) {
    const s = strings(this.locale);
    const status = r?.status ?? (d.error ? 'error' : '');
    const listing = r?.kind === 'listing';
    const noDate = !!r && status !== 'error' && !listing && !r.meta.published;
    // The builder's own wording for a missing date is replaced by the plain explanation.
    const messages = (r?.messages ?? (d.error ? [d.error] : [])).filter((m) => !/^no published date\b/.test(m));
    const id = `doc-${i}`;
    const labels: Record<DocField, string> = { published: s.docPublished, publisher: s.docPublisher, url: s.docUrl };
    return html`<li class="doc ${status}" data-file=${d.file}>
      <div class="doc-head">
        <code>${d.file}</code>
        <span class="doc-status">${status ? s.docStatus[status] : '…'}</span>
        ${r ? html`<span class="doc-items">${s.docItems(this.n(r.items.length), r.items.length)}</span>` : nothing}
        <button type="button" class="small" aria-label=${s.remove(d.file)} @click=${() => this.act({ type: 'remove-document', file: d.file })}>${s.removeShort}</button>
      </div>
      ${noDate ? html`<p class="doc-no-date" id=${`${id}-no-date`}>${s.docNoDate}</p>` : nothing}
      ${messages.length ? html`<ul class="doc-messages">${messages.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
      ${r && status !== 'error' ? html`<fieldset class="doc-meta">
        <legend class="visually-hidden">${s.docAbout(d.file)}</legend>
        ${listing ? html`<p class="note">${s.docEntriesDated}</p>` : nothing}
        ${DOC_FIELDS.filter((f) => !(listing && f === 'published')).map((f) => {
          const key = `${d.file}|${f}`;
          const found = r.meta[f];
          const err = this.metaErrors[key];
          const value = this.metaDrafts[key] ?? this.docMeta[d.file]?.[f] ?? found ?? '';
          const fid = `${id}-${f}`;
          const described = [`${fid}-error`, f === 'published' && noDate ? `${id}-no-date` : ''].filter(Boolean).join(' ');
          return html`<div class="field">
            <label for=${fid}>${labels[f]}</label>
            <input id=${fid} name=${f} .value=${value} autocomplete="off" inputmode=${f === 'published' ? 'numeric' : f === 'url' ? 'url' : 'text'}
              placeholder=${f === 'published' ? '2014-01-05' : ''} aria-invalid=${err ? 'true' : 'false'} aria-describedby=${described}
              @change=${(e: Event) => this.onDocMeta(d.file, f, found, e.target as HTMLInputElement)}>
            <p class="error" id=${`${fid}-error`}>${err ? s.docFieldErrors[err] : ''}</p>
          </div>`;
        })}
      </fieldset>` : nothing}
    </li>`;
  }

  private onClear(): void {
    if (confirm(strings(this.locale).clearConfirm)) this.act({ type: 'clear' });
  }

  override render() {
    const s = strings(this.locale);
    const p = this.progress;
    const reports = new Map((this.base?.documents ?? []).map((d) => [d.file, d]));
    const sourcesCount = this.sources?.sources ? Object.keys(this.sources.sources).length : 0;
    return html`
      <h2 id="build-heading">${s.buildHeading}</h2>
      <div class="drop-zone ${this.dragging ? 'dragging' : ''}" role="group" aria-labelledby="drop-hint"
        @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
        <p id="drop-hint">${s.dropHint}</p>
        <div class="pickers">
          <label class="button">${s.chooseFiles}
            <input class="visually-hidden" type="file" name="files" multiple accept=".txt,.md,.markdown,.html,.htm,.xhtml,.json" @change=${this.onPick}>
          </label>
          <label class="button">${s.chooseFolder}
            <input class="visually-hidden" type="file" name="folder" webkitdirectory multiple @change=${this.onPick}>
          </label>
        </div>
      </div>

      <div class="build-status">
        <p role="status" aria-live="polite" class="live">${progressMessage(p, this.locale)}</p>
        ${p.state === 'building'
          ? html`<progress aria-label=${s.progressLabel} max=${p.total || 1} value=${p.done}></progress>`
          : nothing}
        ${p.state === 'built' ? html`<button type="button" class="primary" @click=${() => this.act({ type: 'tab', tab: 'review' })}>${s.goReview}</button>` : nothing}
      </div>

      <section class="docs" aria-labelledby="docs-heading">
        <h3 id="docs-heading">${s.docsCaption}</h3>
        ${this.docs.length === 0 ? html`<p>${s.noDocs}</p>` : html`<p class="note">${s.docFound}</p>`}
        <ul class="doc-list">${this.docs.map((d, i) => this.renderDocument(d, i, reports.get(d.file)))}</ul>
      </section>
      ${sourcesCount || this.sources?.error || this.sources?.messages.length
        ? html`<p class="note">${this.sources?.error ?? s.sourcesFile(this.n(sourcesCount))} ${this.sources?.messages.join(' ')}</p>`
        : nothing}
      ${this.ignored ? html`<p class="note">${s.ignoredFiles(this.n(this.ignored))}</p>` : nothing}

      <details class="paste">
        <summary><h3>${s.pasteHeading}</h3></summary>
        <form @submit=${this.onPaste} novalidate>
          <label for="paste-text">${s.pasteText}</label>
          <textarea id="paste-text" name="text" rows="8" aria-invalid=${this.pasteErrors.includes('text')} aria-describedby="paste-text-error"></textarea>
          <p id="paste-text-error" class="error">${this.pasteErrors.includes('text') ? s.pasteNeedsText : ''}</p>
          <label for="paste-published">${s.pastePublished}</label>
          <input id="paste-published" name="published" inputmode="numeric" autocomplete="off" placeholder="2014-01-05"
            aria-invalid=${this.pasteErrors.includes('published')} aria-describedby="paste-published-error">
          <p id="paste-published-error" class="error">${this.pasteErrors.includes('published') ? s.pasteNeedsDate : ''}</p>
          <label for="paste-publisher">${s.pastePublisher}</label>
          <input id="paste-publisher" name="publisher">
          <label for="paste-title">${s.pasteTitle}</label>
          <input id="paste-title" name="title">
          <label for="paste-url">${s.pasteUrl}</label>
          <input id="paste-url" name="url" type="url">
          <button type="submit">${s.pasteAdd}</button>
        </form>
      </details>

      <details class="settings">
        <summary><h3>${s.settingsHeading}</h3></summary>
        <form @change=${this.onSettings} @submit=${(e: Event) => e.preventDefault()}>
          <p class="note">${s.settingsHint}</p>
          <label for="set-title">${s.settingTitle}</label>
          <input id="set-title" name="title" .value=${this.settings.title ?? ''} placeholder="Campaign feed">
          <label for="set-language">${s.settingLanguage}</label>
          <input id="set-language" name="language" .value=${this.settings.language ?? ''} placeholder="en">
          <label for="set-country">${s.settingCountry}</label>
          <input id="set-country" name="country" .value=${this.settings.country ?? ''} maxlength="2">
          <label for="set-home">${s.settingHome}</label>
          <input id="set-home" name="homePageUrl" type="url" .value=${this.settings.homePageUrl ?? ''}>
        </form>
      </details>

      <div class="project-actions">
        <label class="button">${s.importCorrections}
          <input class="visually-hidden" type="file" name="corrections" accept=".json,application/json" @change=${this.onImport}>
        </label>
        <button type="button" class="danger" @click=${this.onClear}>${s.clearAll}</button>
        <p class="note" role="status">${this.note}</p>
      </div>
    `;
  }
}
