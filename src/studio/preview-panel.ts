/**
 * Step 3: the four elements side by side on the reviewed feed, with their language, theme and main
 * attributes as controls, at a phone's width or a desktop's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FallbackTag } from '../feed/fallback-html.js';
import type { CampaignFeed } from '../feed/types.js';
import { CONTROLS, TAGS, wageCountries, type Control, type PreviewOptions } from './preview-options.js';
import type { ReviewedBuild } from './protocol.js';
import { StudioPanel } from './panel.js';
import { strings, type StudioStrings } from './strings.js';

export class StudioPreviewPanel extends StudioPanel {
  @property({ attribute: false }) reviewed?: ReviewedBuild;
  @property({ attribute: false }) options!: PreviewOptions;

  private set(patch: Partial<PreviewOptions>): void {
    this.act({ type: 'ui', patch: { preview: { ...this.options, ...patch } } });
  }

  private setAttr(tag: FallbackTag, name: string, value: string | boolean): void {
    this.set({ attrs: { ...this.options.attrs, [tag]: { ...this.options.attrs[tag], [name]: value } } });
  }

  private control(tag: FallbackTag, c: Control, s: StudioStrings, feed: CampaignFeed): TemplateResult {
    const id = `pv-${tag}-${c.name}`;
    const value = this.options.attrs[tag][c.name];
    if (c.boolean) {
      return html`<label class="check"><input type="checkbox" id=${id} .checked=${value === true}
        @change=${(e: Event) => this.setAttr(tag, c.name, (e.target as HTMLInputElement).checked)}> ${s.attrLabels[c.name]}</label>`;
    }
    const options = c.options ?? ['', ...wageCountries(feed)];
    return html`<label for=${id}>${s.attrLabels[c.name]}</label>
      <select id=${id} @change=${(e: Event) => this.setAttr(tag, c.name, (e.target as HTMLSelectElement).value)}>
        ${options.map((v) => html`<option value=${v} ?selected=${(value ?? options[0]) === v}>${v === '' ? s.attrLabels.any : s.attrLabels[v] ?? v}</option>`)}
      </select>`;
  }

  private element(tag: FallbackTag, feed: CampaignFeed): TemplateResult {
    const o = this.options;
    const a = o.attrs[tag];
    const str = (k: string, d: string): string => (typeof a[k] === 'string' && a[k] !== '' ? (a[k] as string) : d);
    switch (tag) {
      case 'press-release-list':
        return html`<press-release-list .feed=${feed} lang=${o.lang} theme=${o.theme} layout=${str('layout', 'list')} page-size=${str('page-size', '10')}></press-release-list>`;
      case 'wage-gap-gauge':
        return html`<wage-gap-gauge .feed=${feed} lang=${o.lang} theme=${o.theme} country=${str('country', '') || nothing} target=${str('target', 'demand')} variant=${str('variant', 'bar')}></wage-gap-gauge>`;
      case 'incident-timeline':
        return html`<incident-timeline .feed=${feed} lang=${o.lang} theme=${o.theme} layout=${str('layout', 'vertical')} ?include-actions=${a['include-actions'] === true}></incident-timeline>`;
      default:
        return html`<action-map .feed=${feed} lang=${o.lang} theme=${o.theme} view=${str('view', 'map')} ?include-incidents=${a['include-incidents'] === true}></action-map>`;
    }
  }

  override render() {
    const s = strings(this.locale);
    const o = this.options;
    const feed = this.reviewed?.feed;
    if (!feed) return html`<h2>${s.previewHeading}</h2><p>${s.nothingBuilt}</p>`;
    const problems = this.reviewed!.problems;
    return html`
      <h2>${s.previewHeading}</h2>
      <p>${s.previewIntro}</p>
      ${problems.length ? html`<div class="problems" role="alert"><p>${s.previewProblems}</p><ul>${problems.slice(0, 20).map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}</ul></div>` : nothing}
      <div class="preview-controls">
        <label for="pv-lang">${s.previewLang}</label>
        <select id="pv-lang" @change=${(e: Event) => this.set({ lang: (e.target as HTMLSelectElement).value as PreviewOptions['lang'] })}>
          <option value="en" ?selected=${o.lang === 'en'}>${s.langEnglish}</option>
          <option value="km" ?selected=${o.lang === 'km'} lang="km">ខ្មែរ (${s.langKhmer})</option>
        </select>
        <label for="pv-theme">${s.previewTheme}</label>
        <select id="pv-theme" @change=${(e: Event) => this.set({ theme: (e.target as HTMLSelectElement).value as PreviewOptions['theme'] })}>
          <option value="auto" ?selected=${o.theme === 'auto'}>${s.themeAuto}</option>
          <option value="light" ?selected=${o.theme === 'light'}>${s.themeLight}</option>
          <option value="dark" ?selected=${o.theme === 'dark'}>${s.themeDark}</option>
        </select>
        <fieldset class="width">
          <legend>${s.previewWidth}</legend>
          <label class="check"><input type="radio" name="pv-width" value="phone" .checked=${o.width === 'phone'} @change=${() => this.set({ width: 'phone' })}> ${s.widthPhone}</label>
          <label class="check"><input type="radio" name="pv-width" value="desktop" .checked=${o.width === 'desktop'} @change=${() => this.set({ width: 'desktop' })}> ${s.widthDesktop}</label>
        </fieldset>
      </div>
      <div class="previews ${o.width}">
        ${TAGS.map((tag) => html`<section class="preview" aria-labelledby=${`pv-h-${tag}`}>
          <h3 id=${`pv-h-${tag}`}>${s.elementNames[tag]} <code>&lt;${tag}&gt;</code></h3>
          <div class="controls">${CONTROLS[tag].map((c) => this.control(tag, c, s, feed))}</div>
          <div class="frame theme-${o.theme}">${this.element(tag, feed)}</div>
        </section>`)}
      </div>
    `;
  }
}
