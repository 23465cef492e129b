/**
 * Step 2: every fact, in groups (those to check first, with the reason, then wages, incidents and
 * actions; each group can be accepted at once), as a table or, on a narrow screen, as a list of
 * cards; a fact's fields, its builder notes and its quotes highlighted in their documents; accept,
 * reject, correct; add a fact the builder missed by selecting its sentence in a document.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { accept, acceptPending, add, decisionFor, reject, removeAddition, undo, edit, type Decisions, type ListName, LIST_NAMES } from './decisions.js';
import { StudioPanel } from './panel.js';
import { factForm } from './fact-form.js';
import { FIELDS, fromForm, toForm, type FieldError, type FormValues } from './fields.js';
import type { BaseBuild, ReviewedBuild } from './protocol.js';
import { findQuote, markRuns, sentenceAround, sentencesOf, type Span } from './quote.js';
import { describeFact, factRows, filterRows, type FactRow, type Filter } from './review-model.js';
import { strings, type StudioStrings } from './strings.js';

interface Picked extends Span {
  item: string;
  text: string;
}

interface Adding {
  list: ListName;
  values: FormValues;
  errors: Record<string, FieldError>;
  item: string;
  quote: string;
}

/** Character offset of a DOM point inside `container`'s text. */
function textOffset(container: Node, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(container, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

export class StudioReviewPanel extends StudioPanel {
  @property({ attribute: false }) base?: BaseBuild;
  @property({ attribute: false }) reviewed?: ReviewedBuild;
  @property({ attribute: false }) decisions!: Decisions;
  /** The fact open in the detail view (kept by the app across reloads). */
  @property({ attribute: false }) selected?: string;
  @property({ attribute: false }) filter: Filter = 'all';

  @state() private values: FormValues = {};
  @state() private errors: Record<string, FieldError> = {};
  @state() private reason = '';
  @state() private docItem?: string;
  @state() private picked?: Picked;
  @state() private adding?: Adding;
  /** A phone-width screen: the facts are cards, not a table. */
  @state() private narrow = false;
  private formFor?: string;
  private focusDetail = false;
  private media?: MediaQueryList;
  private onMedia = (): void => {
    this.narrow = this.media?.matches ?? false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.media = matchMedia('(max-width: 45rem)');
    this.media.addEventListener('change', this.onMedia);
    this.onMedia();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onMedia);
  }

  /** After a refused edit: the first field at fault takes the focus (its message is beside it). */
  private async focusError(prefix: string, list: ListName, errors: Record<string, FieldError>): Promise<void> {
    const spec = FIELDS[list].find((f) => errors[f.name]);
    if (!spec) return;
    await this.updateComplete;
    const err = errors[spec.name];
    const part = spec.kind === 'count' ? '-v' : spec.kind === 'place' ? (err === 'coordinates' ? '-lat' : err === 'code2' ? '-country' : '-name') : '';
    this.querySelector<HTMLElement>(`#${prefix}-${spec.name}${part}`)?.focus();
  }

  private rows(): FactRow[] {
    return this.base ? factRows(this.base, this.reviewed, this.decisions) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A newly opened fact (or the same fact after its decision changed) starts from its values.
    if (changed.has('selected') || changed.has('decisions') || changed.has('base')) {
      const row = this.rows().find((r) => r.id === this.selected);
      const key = row ? `${row.id}|${JSON.stringify(row.current)}` : undefined;
      if (key !== this.formFor) {
        this.formFor = key;
        this.values = row ? toForm(row.list, row.current) : {};
        this.errors = {};
        this.reason = (row && decisionFor(this.decisions, row.id)?.reason) ?? '';
      }
    }
    if (!this.docItem && this.base) this.docItem = this.base.documents.flatMap((d) => d.items)[0];
  }

  protected override updated(): void {
    if (this.focusDetail) {
      this.focusDetail = false;
      const detail = this.querySelector<HTMLElement>('#fact-detail');
      detail?.focus();
      // Each document box scrolls to its own quote; the page itself does not move.
      for (const box of this.querySelectorAll<HTMLElement>('#fact-detail .doc-text')) {
        const mark = box.querySelector('mark');
        if (mark) box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
      }
    }
  }

  private decide(decisions: Decisions, announce: string): void {
    this.act({ type: 'decisions', decisions, announce });
  }

  private open(id: string | undefined): void {
    this.focusDetail = id !== undefined;
    this.act({ type: 'ui', patch: { selected: id } });
  }

  private saveEdits(row: FactRow, s: StudioStrings): void {
    const { fields, errors } = fromForm(row.list, this.values);
    this.errors = errors;
    if (Object.keys(errors).length) {
      void this.focusError('edit', row.list, errors);
      return;
    }
    this.decide(edit(this.decisions, row.built, fields), `${s.status.edited}: ${describeFact(row, s, this.locale).what}`);
  }

  private itemFile(item: string): string {
    return this.base?.feed.items.find((i) => i.id === item)?._source?.file ?? item;
  }

  private itemLabel(item: string): string {
    const doc = this.base?.documents.find((d) => d.items.includes(item));
    if (!doc) return item;
    if (doc.items.length === 1) return doc.file;
    const title = this.base?.feed.items.find((i) => i.id === item)?.title ?? '';
    return `${doc.file} — ${strings(this.locale).entry(this.n(doc.items.indexOf(item) + 1))}: ${title.slice(0, 60)}`;
  }

  private docText(item: string, spans: Span[], id: string, label: string, selectable = false): TemplateResult {
    const text = this.base?.texts[item] ?? '';
    const s = strings(this.locale);
    return html`<div class="doc-text" id=${id} role="region" aria-label=${label} tabindex="0"
      @mouseup=${selectable ? () => this.onSelect(item, id) : nothing}
      @keyup=${selectable ? () => this.onSelect(item, id) : nothing}>${markRuns(text, spans).map((r) =>
        r.marked ? html`<mark><span class="visually-hidden">${s.quoteMark}: </span>${r.text}</mark>` : r.text)}</div>`;
  }

  /** A selection inside the document text → the whole sentence(s) it touches. */
  private onSelect(item: string, id: string): void {
    const container = this.querySelector(`#${id}`);
    const sel = document.getSelection();
    if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    // Offsets count the hidden "quoted:" labels too; take them out by measuring without them.
    const clean = (node: Node, offset: number): number => {
      const r = document.createRange();
      r.setStart(container, 0);
      r.setEnd(node, offset);
      const frag = r.cloneContents();
      frag.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
      return frag.textContent?.length ?? textOffset(container, node, offset);
    };
    const text = this.base?.texts[item] ?? '';
    const found = sentenceAround(text, { start: clean(range.startContainer, range.startOffset), end: clean(range.endContainer, range.endOffset) });
    if (found) this.picked = { item, ...found };
  }

  private startAdding(): void {
    if (!this.picked) return;
    this.adding = { list: 'incidents', values: {}, errors: {}, item: this.picked.item, quote: this.picked.text };
    this.focusDetail = false;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#add-fact')?.focus());
  }

  private saveAddition(s: StudioStrings): void {
    const a = this.adding!;
    const { fields, errors } = fromForm(a.list, a.values);
    this.adding = { ...a, errors };
    if (Object.keys(errors).length) {
      void this.focusError('add', a.list, errors);
      return;
    }
    const fact = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const addition = { list: a.list, fact: { ...fact, sources: [{ file: this.itemFile(a.item), quote: a.quote }] } };
    this.adding = undefined;
    this.picked = undefined;
    this.decide(add(this.decisions, addition), `${s.added}: ${String(fact.title ?? fact.amount ?? '')}`);
  }

  override render() {
    const s = strings(this.locale);
    if (!this.base) return html`<h2>${s.reviewHeading}</h2><p>${s.nothingBuilt}</p>`;
    const rows = this.rows();
    const shown = filterRows(rows, this.filter);
    const built = rows.filter((r) => r.status !== 'added');
    const done = built.filter((r) => r.status !== 'pending').length;
    const selected = rows.find((r) => r.id === this.selected);
    const c = this.reviewed?.corrections;
    return html`
      <h2>${s.reviewHeading}</h2>
      <p>${s.reviewIntro}</p>
      <p class="progress-text">${s.progress(this.n(done), this.n(built.length))}</p>
      ${c && (c.rejected.length || c.errors.length)
        ? html`<div class="problems" role="alert"><p>${s.correctionsRefused}</p><ul>${[...c.errors, ...c.rejected].map((m) => html`<li>${m}</li>`)}</ul></div>`
        : nothing}
      ${c?.stale.length ? html`<div class="problems"><p>${s.correctionsStale}</p><ul>${c.stale.map((m) => html`<li>${m}</li>`)}</ul></div>` : nothing}
      <div class="filter">
        <label for="fact-filter">${s.filterLabel}</label>
        <select id="fact-filter" .value=${this.filter} @change=${(e: Event) => this.act({ type: 'ui', patch: { filter: (e.target as HTMLSelectElement).value } })}>
          <option value="all">${s.filterAll}</option>
          <option value="uncertain">${s.filterUncertain}</option>
          <option value="pending">${s.filterPending}</option>
          <option value="reviewed">${s.filterReviewed}</option>
        </select>
      </div>
      <div class="review-layout">
        <div class="fact-groups">
          <p class="caption">${s.factsCaption(this.n(shown.length), this.n(rows.length))}</p>
          ${this.groups(shown, s).map((g) => this.renderGroup(g, s))}
        </div>
        ${selected ? this.renderDetail(selected, s) : nothing}
      </div>
      ${this.renderDocuments(s)}
    `;
  }

  /** Facts to check first (whatever their kind), then the rest by kind, then the reviewer's additions. */
  private groups(rows: FactRow[], s: StudioStrings): { key: string; heading: string; intro?: string; rows: FactRow[] }[] {
    const out: { key: string; heading: string; intro?: string; rows: FactRow[] }[] = [{ key: 'check', heading: s.groupCheck, intro: s.groupCheckIntro, rows: rows.filter((r) => r.uncertain) }];
    for (const list of LIST_NAMES) out.push({ key: list, heading: s.listPlural[list], intro: undefined, rows: rows.filter((r) => !r.uncertain && r.status !== 'added' && r.list === list) });
    out.push({ key: 'added', heading: s.added, intro: undefined, rows: rows.filter((r) => r.status === 'added') });
    return out.filter((g) => g.rows.length > 0);
  }

  private renderGroup(g: { key: string; heading: string; intro?: string; rows: FactRow[] }, s: StudioStrings): TemplateResult {
    const pending = g.rows.filter((r) => r.status === 'pending').map((r) => r.id);
    const hid = `group-${g.key}`;
    return html`<section class="fact-group" data-group=${g.key} aria-labelledby=${hid}>
      <div class="group-head">
        <h3 id=${hid}>${g.heading} <span class="count">${s.groupCount(this.n(g.rows.length))}</span></h3>
        ${pending.length && g.key !== 'added' ? html`<button type="button" class="small accept-group" aria-describedby=${hid}
          @click=${() => this.decide(acceptPending(this.decisions, pending), s.acceptedGroup(this.n(pending.length)))}>${s.acceptGroup(this.n(pending.length))}</button>` : nothing}
      </div>
      ${g.intro ? html`<p class="note">${g.intro}</p>` : nothing}
      ${this.narrow
        ? html`<ul class="fact-cards" aria-labelledby=${hid}>${g.rows.map((r) => this.renderCard(r, s))}</ul>`
        : html`<div class="table-wrap"><table class="facts" aria-labelledby=${hid}>
          <thead><tr>
            <th scope="col">${s.colCheck}</th><th scope="col">${s.colKind}</th><th scope="col">${s.colDate}</th><th scope="col">${s.colFact}</th>
            <th scope="col">${s.colNumbers}</th><th scope="col">${s.colPlace}</th><th scope="col">${s.colDecision}</th>
          </tr></thead>
          <tbody>${g.rows.map((r) => this.renderRow(r, s))}</tbody>
        </table></div>`}
    </section>`;
  }

  private reasons(r: FactRow, s: StudioStrings): TemplateResult | typeof nothing {
    if (!r.uncertain) return nothing;
    return html`<span class="badge">${s.uncertainMark}</span>
      <ul class="reasons">${r.reasons.map((x) => html`<li>${s.reasonText[x]}</li>`)}</ul>`;
  }

  private decisionButtons(r: FactRow, what: string, s: StudioStrings): TemplateResult {
    const status = r.status === 'added' ? s.added : s.status[r.status];
    return html`<span class="status">${status}</span>
      ${r.status === 'added'
        ? html`<button type="button" class="small" @click=${() => this.decide(removeAddition(this.decisions, r.addition!), `${s.removeAddition}: ${what}`)}>${s.removeAddition}</button>`
        : html`<button type="button" class="small accept" aria-pressed=${r.status === 'accepted' || r.status === 'edited' ? 'true' : 'false'} aria-label=${s.acceptFact(what)}
              @click=${() => (r.status === 'accepted'
                ? this.decide(undo(this.decisions, r.id), `${s.status.pending}: ${what}`)
                : this.decide(accept(this.decisions, r.id), `${s.status.accepted}: ${what}`))}>${s.accept}</button>
            <button type="button" class="small reject" aria-pressed=${r.status === 'rejected' ? 'true' : 'false'} aria-label=${s.rejectFact(what)}
              @click=${() => (r.status === 'rejected'
                ? this.decide(undo(this.decisions, r.id), `${s.status.pending}: ${what}`)
                : this.decide(reject(this.decisions, r.id), `${s.status.rejected}: ${what}`))}>${s.reject}</button>`}`;
  }

  private openButton(r: FactRow, what: string, s: StudioStrings): TemplateResult {
    return html`<button type="button" class="link" aria-label=${s.openFact(what)} aria-expanded=${r.id === this.selected ? 'true' : 'false'}
      aria-controls="fact-detail" @click=${() => this.open(r.id === this.selected ? undefined : r.id)}>${what}</button>`;
  }

  private renderRow(r: FactRow, s: StudioStrings): TemplateResult {
    const t = describeFact(r, s, this.locale);
    const what = t.what || t.kind;
    return html`<tr class="fact status-${r.status} ${r.id === this.selected ? 'selected' : ''}" data-id=${r.id}>
      <td class="check">${this.reasons(r, s)}</td>
      <td>${t.kind}</td>
      <td>${t.date}</td>
      <td>${this.openButton(r, what, s)}</td>
      <td>${t.numbers}</td>
      <td>${t.place}</td>
      <td class="decision">${this.decisionButtons(r, what, s)}</td>
    </tr>`;
  }

  /** The same fact as a card, for a phone: nothing to scroll sideways. */
  private renderCard(r: FactRow, s: StudioStrings): TemplateResult {
    const t = describeFact(r, s, this.locale);
    const what = t.what || t.kind;
    return html`<li class="fact fact-card status-${r.status} ${r.id === this.selected ? 'selected' : ''}" data-id=${r.id}>
      <p class="card-meta">${t.kind}${t.date ? html` · ${t.date}` : nothing}</p>
      <p class="card-what">${this.openButton(r, what, s)}</p>
      ${t.numbers || t.place ? html`<p class="card-details">${[t.numbers, t.place].filter(Boolean).join(' · ')}</p>` : nothing}
      ${r.uncertain ? html`<div class="check">${this.reasons(r, s)}</div>` : nothing}
      <div class="decision">${this.decisionButtons(r, what, s)}</div>
    </li>`;
  }

  private renderDetail(row: FactRow, s: StudioStrings): TemplateResult {
    const t = describeFact(row, s, this.locale);
    const sources = (row.current.sources ?? row.built.sources ?? []) as { item?: string; file?: string; quote: string }[];
    return html`<section class="detail" id="fact-detail" tabindex="-1" aria-labelledby="detail-heading">
      <div class="detail-head">
        <h3 id="detail-heading">${s.detailHeading}: ${t.what || t.kind}</h3>
        <button type="button" class="small" @click=${() => this.open(undefined)}>${s.closeDetail}</button>
      </div>
      <p><code>${row.id}</code> · ${row.status === 'added' ? s.added : s.status[row.status]}</p>
      ${row.notes.length ? html`<h4>${s.builderNotes}</h4><ul class="notes">${row.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <h4>${s.sourcesHeading}</h4>
      ${sources.map((src, i) => {
        const item = src.item ?? this.base!.documents.find((d) => d.file === src.file)?.items.find((id) => findQuote(this.base!.texts[id] ?? '', src.quote)) ?? '';
        const span = findQuote(this.base!.texts[item] ?? '', src.quote);
        return html`<figure class="source">
          <figcaption>${s.quoteIn(this.itemLabel(item))}</figcaption>
          <blockquote>${src.quote}</blockquote>
          ${span ? this.docText(item, [span], `source-${i}`, `${s.sourcesHeading} ${this.n(i + 1)}: ${s.documentText(this.itemLabel(item))}`) : html`<p class="error">${s.quoteNotFound}</p>`}
        </figure>`;
      })}
      ${row.status === 'added' ? nothing : html`
        <form class="edit" @submit=${(e: Event) => {
          e.preventDefault();
          this.saveEdits(row, s);
        }}>
          <h4>${s.editHeading}</h4>
          ${factForm({ list: row.list, values: this.values, errors: this.errors, idPrefix: 'edit', s, onInput: (k, v) => (this.values = { ...this.values, [k]: v }) })}
          ${Object.keys(this.errors).length ? html`<p class="error" role="alert">${s.fixErrors}</p>` : nothing}
          <div class="buttons">
            <button type="submit" class="primary">${s.saveEdits}</button>
            <button type="button" @click=${() => {
              this.values = toForm(row.list, row.current);
              this.errors = {};
            }}>${s.resetEdits}</button>
          </div>
        </form>
        <div class="decide">
          <label for="reject-reason">${s.rejectReason}</label>
          <input id="reject-reason" .value=${this.reason} @input=${(e: Event) => (this.reason = (e.target as HTMLInputElement).value)}>
          <div class="buttons">
            <button type="button" class="accept" @click=${() => this.decide(accept(this.decisions, row.id), `${s.status.accepted}: ${t.what}`)}>${s.accept}</button>
            <button type="button" class="reject" @click=${() => this.decide(reject(this.decisions, row.id, this.reason), `${s.status.rejected}: ${t.what}`)}>${s.reject}</button>
            <button type="button" ?disabled=${row.status === 'pending'} @click=${() => this.decide(undo(this.decisions, row.id), `${s.status.pending}: ${t.what}`)}>${s.undo}</button>
          </div>
        </div>`}
    </section>`;
  }

  /** Sentences the builder read as a fact and then left out, with its reason: candidates to add. */
  private renderLeftOut(s: StudioStrings): TemplateResult | typeof nothing {
    const dropped = this.base!.dropped;
    if (dropped.length === 0) return nothing;
    return html`<details class="left-out">
      <summary>${s.leftOut(this.n(dropped.length))}</summary>
      <ul>${dropped.map((d) => html`<li>
        <q>${d.quote}</q> <span class="note">(${d.file}: ${d.reason})</span>
        <button type="button" class="small" @click=${() => {
          const text = this.base!.texts[d.item] ?? '';
          const span = findQuote(text, d.quote);
          this.docItem = d.item;
          this.picked = span ? { item: d.item, ...span, text: text.slice(span.start, span.end) } : undefined;
        }}>${s.useSentence}</button>
      </li>`)}</ul>
    </details>`;
  }

  private renderDocuments(s: StudioStrings): TemplateResult {
    const items = this.base!.documents.flatMap((d) => d.items);
    const item = this.docItem && items.includes(this.docItem) ? this.docItem : items[0];
    if (!item) return html``;
    const text = this.base!.texts[item] ?? '';
    const sentences = sentencesOf(text);
    const picked = this.picked?.item === item ? this.picked : undefined;
    const a = this.adding;
    return html`<section class="documents" aria-labelledby="documents-heading">
      <h3 id="documents-heading">${s.documentsHeading}</h3>
      <p>${s.documentsIntro}</p>
      <label for="doc-item">${s.chooseDocument}</label>
      <select id="doc-item" @change=${(e: Event) => {
        this.docItem = (e.target as HTMLSelectElement).value;
        this.picked = undefined;
      }}>
        ${items.map((id) => html`<option value=${id} ?selected=${id === item}>${this.itemLabel(id)}</option>`)}
      </select>
      ${this.renderLeftOut(s)}
      ${this.docText(item, picked && a ? [picked] : [], 'doc-browser', s.documentText(this.itemLabel(item)), true)}
      <label for="doc-sentence">${s.chooseSentence}</label>
      <select id="doc-sentence" @change=${(e: Event) => {
        const i = Number((e.target as HTMLSelectElement).value);
        this.picked = Number.isInteger(i) && sentences[i] ? { item, ...sentences[i] } : undefined;
      }}>
        <option value="" ?selected=${!picked}>${s.chooseSentenceNone}</option>
        ${sentences.map((x, i) => html`<option value=${i} ?selected=${picked?.start === x.start && picked?.end === x.end}>${x.text.length > 110 ? `${x.text.slice(0, 110)}…` : x.text}</option>`)}
      </select>
      ${picked && !a ? html`<p class="picked"><q>${picked.text}</q></p>
        <button type="button" class="primary" @click=${this.startAdding}>${s.addFromSelection}</button>` : nothing}
      ${a ? html`<form class="add" id="add-fact" tabindex="-1" aria-labelledby="add-heading" @submit=${(e: Event) => {
        e.preventDefault();
        this.saveAddition(s);
      }}>
        <h4 id="add-heading">${s.addHeading}</h4>
        <p>${s.addQuote}:</p>
        <blockquote>${a.quote}</blockquote>
        <label for="add-list">${s.addList}</label>
        <select id="add-list" @change=${(e: Event) => (this.adding = { ...a, list: (e.target as HTMLSelectElement).value as ListName, errors: {} })}>
          ${LIST_NAMES.map((l) => html`<option value=${l} ?selected=${l === a.list}>${s.list[l]}</option>`)}
        </select>
        ${factForm({ list: a.list, values: a.values, errors: a.errors, idPrefix: 'add', s, onInput: (k, v) => (this.adding = { ...this.adding!, values: { ...this.adding!.values, [k]: v } }) })}
        ${Object.keys(a.errors).length ? html`<p class="error" role="alert">${s.fixErrors}</p>` : nothing}
        <div class="buttons">
          <button type="submit" class="primary">${s.addSave}</button>
          <button type="button" @click=${() => (this.adding = undefined)}>${s.addCancel}</button>
        </div>
      </form>` : nothing}
    </section>`;
  }
}
