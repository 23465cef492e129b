/**
 * `<studio-app>`: the campaign studio. Owns the project (documents, settings, decisions), saves every
 * change in IndexedDB, runs the builder in a Web Worker and shows four steps as tabs: Build, Review,
 * Preview, Embed. The panels render and ask (`studio-action` events); only this element changes state.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InputDocument } from '../builder/build.js';
import { toLocale, type Locale } from '../runtime/i18n.js';
import { BuildClient, lazyWorker, StaleResult, type WorkerLike } from './build-client.js';
import type { BuildProgress } from './build-panel.js';
import type { DocEditsByFile } from './doc-meta.js';
import { emptyDecisions, toCorrections, type Decisions } from './decisions.js';
import { readEmbed } from './embed-panel.js';
import { StudioActionEvent, type StudioAction } from './events.js';
import { mergeDocs } from './intake.js';
import { readPreview } from './preview-options.js';
import type { BaseBuild, FeedSettings, ReviewedBuild, SourcesInput } from './protocol.js';
import type { Filter } from './review-model.js';
import { ProjectStore, type Project } from './store.js';
import { strings } from './strings.js';
import { nextTab, TABS, type Tab } from './tabs.js';

export class StudioApp extends LitElement {
  /** How the app gets its build worker (tests swap it for a module worker of the sources). */
  static createWorker: () => WorkerLike = () => {
    throw new Error('StudioApp.createWorker is not set');
  };

  /** IndexedDB database name (tests use their own). */
  @property({ attribute: 'store-name' }) storeName = 'solidarity-studio';

  @state() private docs: InputDocument[] = [];
  @state() private sources?: SourcesInput;
  /** Published date, publisher and address the reviewer set per document. */
  @state() private docMeta: DocEditsByFile = {};
  @state() private settings: FeedSettings = {};
  @state() private decisions: Decisions = emptyDecisions();
  @state() private ui: Record<string, unknown> = {};
  @state() private base?: BaseBuild;
  @state() private reviewed?: ReviewedBuild;
  @state() private progress: BuildProgress = { state: 'idle', done: 0, total: 0, file: '' };
  @state() private ignored = 0;
  @state() private announcement = '';
  @state() private saveState: 'saved' | 'saving' | 'failed' | '' = '';
  @state() private loaded = false;

  /** Completed saves, for tests and for "saved" feedback: `data-saves`. */
  private saves = 0;
  private store?: ProjectStore;
  private client?: BuildClient;
  private saving = Promise.resolve();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get locale(): Locale {
    return toLocale(typeof this.ui.lang === 'string' ? this.ui.lang : 'en');
  }

  private get tab(): Tab {
    return TABS.includes(this.ui.tab as Tab) ? (this.ui.tab as Tab) : 'build';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(StudioActionEvent.type, this.onAction);
    this.client = new BuildClient(lazyWorker(StudioApp.createWorker));
    this.store = new ProjectStore(this.storeName);
    void this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(StudioActionEvent.type, this.onAction);
    this.client?.dispose();
    this.store?.close();
  }

  /** Resolves when every change so far is written. */
  whenSaved(): Promise<void> {
    return this.saving;
  }

  private async restore(): Promise<void> {
    let saved: Partial<Project> = {};
    try {
      saved = await this.store!.load();
    } catch {
      this.saveState = 'failed';
    }
    this.docs = saved.docs ?? [];
    this.sources = saved.sources;
    this.docMeta = saved.docMeta ?? {};
    this.settings = saved.settings ?? {};
    this.decisions = saved.decisions ?? emptyDecisions();
    this.ui = saved.ui ?? {};
    this.syncLang();
    this.loaded = true;
    this.dataset.loaded = 'true';
    if (this.docs.length) await this.build();
  }

  private syncLang(): void {
    document.documentElement.lang = this.locale;
    document.title = strings(this.locale).appTitle;
  }

  private persist(parts: Partial<Project>): Promise<void> {
    this.saveState = 'saving';
    this.saving = this.saving.then(async () => {
      try {
        await this.store!.save(parts);
        this.saves++;
        this.dataset.saves = String(this.saves);
        this.saveState = 'saved';
      } catch {
        this.saveState = 'failed';
      }
    });
    return this.saving;
  }

  /** The build in progress: corrections wait for it, so they apply to the newest documents. */
  private pendingBuild?: Promise<void>;

  private build(): Promise<void> {
    const run = this.runBuild();
    this.pendingBuild = run;
    void run.finally(() => {
      if (this.pendingBuild === run) this.pendingBuild = undefined;
    });
    return run;
  }

  private async runBuild(): Promise<void> {
    const total = this.docs.length;
    this.progress = { state: 'building', done: 0, total, file: '' };
    try {
      const { base, reviewed } = await this.client!.build(this.docs, this.sources ?? { messages: [] }, this.settings, toCorrections(this.decisions), (done, t, file) => {
        this.progress = { state: 'building', done, total: t, file };
      }, this.docMeta);
      this.base = base;
      this.reviewed = reviewed;
      const c = reviewed.feed._campaign;
      const failed = base.documents.filter((d) => d.status === 'error').length;
      this.progress = {
        state: 'built', done: total, total, file: '',
        counts: [reviewed.feed.items.length, c?.wages?.length ?? 0, c?.incidents?.length ?? 0, c?.actions?.length ?? 0, base.documents.length, failed],
      };
    } catch (e) {
      if (e instanceof StaleResult) return;
      this.progress = { state: 'failed', done: 0, total, file: '', error: (e as Error).message };
    }
  }

  private async correct(): Promise<void> {
    await this.pendingBuild;
    if (!this.base) return;
    try {
      this.reviewed = await this.client!.correct(toCorrections(this.decisions));
    } catch (e) {
      if (!(e instanceof StaleResult)) this.announcement = strings(this.locale).buildFailed((e as Error).message);
    }
  }

  private onAction = (e: StudioActionEvent): void => {
    void this.handle(e.action);
  };

  private async handle(a: StudioAction): Promise<void> {
    switch (a.type) {
      case 'add-files': {
        this.docs = mergeDocs(this.docs, a.intake.docs);
        if (a.intake.sources) this.sources = a.intake.sources;
        this.ignored = a.intake.ignored;
        void this.persist({ docs: this.docs, sources: this.sources });
        await this.build();
        break;
      }
      case 'add-document':
        this.docs = mergeDocs(this.docs, [a.doc]);
        void this.persist({ docs: this.docs });
        await this.build();
        break;
      case 'remove-document': {
        this.docs = this.docs.filter((d) => d.file !== a.file);
        const { [a.file]: _gone, ...rest } = this.docMeta;
        this.docMeta = rest;
        void this.persist({ docs: this.docs, docMeta: this.docMeta });
        if (this.docs.length) await this.build();
        else this.clearBuild();
        break;
      }
      case 'doc-meta':
        this.docMeta = { ...this.docMeta, [a.file]: a.edits };
        void this.persist({ docMeta: this.docMeta });
        await this.build();
        break;
      case 'settings':
        this.settings = a.settings;
        void this.persist({ settings: this.settings });
        if (this.docs.length) await this.build();
        break;
      case 'decisions':
        this.decisions = a.decisions;
        if (a.announce) this.announcement = a.announce;
        void this.persist({ decisions: this.decisions });
        await this.correct();
        break;
      case 'clear':
        this.docs = [];
        this.sources = undefined;
        this.docMeta = {};
        this.decisions = emptyDecisions();
        this.clearBuild();
        await this.persist({ docs: [], sources: undefined, docMeta: {}, decisions: this.decisions });
        break;
      case 'ui':
        this.ui = { ...this.ui, ...a.patch };
        void this.persist({ ui: this.ui });
        break;
      case 'tab':
        this.selectTab(a.tab as Tab, true);
        break;
    }
  }

  private clearBuild(): void {
    this.base = undefined;
    this.reviewed = undefined;
    this.ignored = 0;
    this.progress = { state: 'idle', done: 0, total: 0, file: '' };
  }

  private selectTab(tab: Tab, focus: boolean): void {
    this.ui = { ...this.ui, tab };
    void this.persist({ ui: this.ui });
    if (focus) void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  private onTabKey(e: KeyboardEvent): void {
    const next = nextTab(this.tab, e.key, document.dir === 'rtl');
    if (!next) return;
    e.preventDefault();
    this.selectTab(next, true);
  }

  private setLang(lang: string): void {
    this.ui = { ...this.ui, lang };
    this.syncLang();
    void this.persist({ ui: this.ui });
  }

  private panel(tab: Tab): TemplateResult {
    const preview = readPreview(this.ui.preview);
    switch (tab) {
      case 'build':
        return html`<studio-build-panel .docs=${this.docs} .sources=${this.sources} .docMeta=${this.docMeta} .settings=${this.settings} .base=${this.base}
          .progress=${this.progress} .ignored=${this.ignored} locale=${this.locale}></studio-build-panel>`;
      case 'review':
        return html`<studio-review-panel .base=${this.base} .reviewed=${this.reviewed} .decisions=${this.decisions}
          .selected=${this.ui.selected as string | undefined} .filter=${(this.ui.filter as Filter | undefined) ?? 'all'} locale=${this.locale}></studio-review-panel>`;
      case 'preview':
        return html`<studio-preview-panel .reviewed=${this.reviewed} .options=${preview} locale=${this.locale}></studio-preview-panel>`;
      default:
        return html`<studio-embed-panel .reviewed=${this.reviewed} .decisions=${this.decisions} .sources=${this.sources} .docMeta=${this.docMeta} .preview=${preview}
          .options=${readEmbed(this.ui.embed)} locale=${this.locale}></studio-embed-panel>`;
    }
  }

  override render() {
    const s = strings(this.locale);
    const labels: Record<Tab, string> = { build: s.tabBuild, review: s.tabReview, preview: s.tabPreview, embed: s.tabEmbed };
    const save = this.saveState === 'saved' ? s.saved : this.saveState === 'saving' ? s.saving : this.saveState === 'failed' ? s.saveFailed : '';
    return html`
      <header class="app-header">
        <h1>${s.appTitle}</h1>
        <div class="lang-switch">
          <label for="ui-lang">${s.language}</label>
          <select id="ui-lang" @change=${(e: Event) => this.setLang((e.target as HTMLSelectElement).value)}>
            <option value="en" lang="en" ?selected=${this.locale === 'en'}>English</option>
            <option value="km" lang="km" ?selected=${this.locale === 'km'}>ខ្មែរ</option>
          </select>
        </div>
        <p class="intro">${s.appIntro}</p>
        <p class="save-state ${this.saveState}">${save}</p>
      </header>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.loaded ? html`
        <div role="tablist" aria-label=${s.tabsLabel} class="tabs" @keydown=${this.onTabKey}>
          ${TABS.map((t) => html`<button type="button" role="tab" id=${`tab-${t}`} aria-controls=${t === this.tab ? `panel-${t}` : nothing}
            aria-selected=${t === this.tab ? 'true' : 'false'} tabindex=${t === this.tab ? '0' : '-1'}
            @click=${() => this.selectTab(t, false)}>${labels[t]}</button>`)}
        </div>
        <div role="tabpanel" id=${`panel-${this.tab}`} aria-labelledby=${`tab-${this.tab}`} class="panel" tabindex="0">
          ${this.panel(this.tab)}
        </div>` : nothing}
    `;
  }
}
