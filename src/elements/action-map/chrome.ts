/**
 * The parts around the map: the toolbar (view switch, zoom, play-through), the status line (a polite
 * live region with the counts) and the popup panel. Pure templates; the element passes its state and
 * the handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedItem } from '../../feed/types.js';
import { isPartialDate } from '../../feed/dates.js';
import { formatDate, formatNumber } from '../../runtime/format.js';
import type { Locale } from '../../runtime/i18n.js';
import { placeName } from '../../runtime/places.js';
import type { MapStrings } from './action-map.strings.js';
import { entryDetails } from './details.js';
import { entryName, type MapEntry } from './entries.js';

/** A panel lists at most this many actions on one spot; the table has them all. */
const LIST_LIMIT = 200;

export interface ToolbarState {
  table: boolean;
  /** Zoom controls are shown (the map engine is there). */
  zoomable: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** Mondays of the play-through (empty: no play-through). */
  weeks: string[];
  step: number;
  playing: boolean;
  reducedMotion: boolean;
}

export interface ToolbarHandlers {
  view(v: 'map' | 'table'): void;
  zoom(factor: number): void;
  reset(): void;
  togglePlay(): void;
  seek(step: number): void;
}

export function toolbar(st: ToolbarState, on: ToolbarHandlers, s: MapStrings, locale: Locale): TemplateResult {
  const week = st.weeks[st.step];
  const weekText = week ? s.weekOf(formatDate(week, locale)) : '';
  return html`<div class="toolbar" part="controls">
    <div class="group" role="group" aria-label=${s.viewLabel}>
      <button type="button" aria-pressed=${String(!st.table)} @click=${() => on.view('map')}>${s.map}</button>
      <button type="button" aria-pressed=${String(st.table)} @click=${() => on.view('table')}>${s.table}</button>
    </div>
    ${st.table || !st.zoomable
      ? nothing
      : html`<div class="group" role="group" aria-label=${s.mapLabel}>
          <button type="button" class="icon" aria-label=${s.zoomIn} title=${s.zoomIn} ?disabled=${!st.canZoomIn} @click=${() => on.zoom(2)}>+</button>
          <button type="button" class="icon" aria-label=${s.zoomOut} title=${s.zoomOut} ?disabled=${!st.canZoomOut} @click=${() => on.zoom(0.5)}>−</button>
          <button type="button" class="icon" aria-label=${s.reset} title=${s.reset} @click=${on.reset}>⟲</button>
        </div>`}
    ${st.weeks.length > 1
      ? html`<div class="group playback">
          ${st.reducedMotion
            ? nothing
            : html`<button type="button" class="play" aria-pressed=${String(st.playing)} @click=${on.togglePlay}>${st.playing ? s.pause : s.play}</button>`}
          <label class="week">
            <span>${s.week}</span>
            <input type="range" min="0" max=${st.weeks.length - 1} .value=${String(st.step)} aria-valuetext=${weekText}
              @input=${(e: Event) => on.seek(Number((e.target as HTMLInputElement).value))} />
          </label>
          <span class="week-label" aria-hidden="true">${weekText}</span>
        </div>`
      : nothing}
  </div>`;
}

export interface StatusState {
  table: boolean;
  withIncidents: boolean;
  from?: string;
  to?: string;
  /** Silent while playing: a count announced every second helps nobody. */
  quiet: boolean;
  /** Table view: how many rows it shows now (the rest behind "Show more"). */
  rows?: number;
}

export function statusLine(entries: readonly MapEntry[], st: StatusState, s: MapStrings, locale: Locale): TemplateResult {
  let actions = 0;
  let onMap = 0;
  for (const e of entries) {
    if (e.type !== 'action') continue;
    actions++;
    if (e.at) onMap++;
  }
  const incidents = entries.length - actions;
  const n = (v: number) => formatNumber(v, locale);
  // The table counts its rows; the map, the markers it can place.
  let text = st.table
    ? s.listed(n(actions), st.withIncidents ? n(incidents) : undefined)
    : s.shown(n(onMap), st.withIncidents ? n(incidents) : undefined);
  if (st.from || st.to) {
    const d = (v?: string) => (v && isPartialDate(v) ? formatDate(v, locale) : '…');
    text += s.between(d(st.from), d(st.to));
  }
  if (st.table && st.rows !== undefined && st.rows < entries.length) text += s.firstRows(n(st.rows), n(entries.length));
  text += s.stop;
  const unplaced = st.table ? 0 : actions - onMap;
  if (unplaced > 0) text += ` ${s.unplaced(n(unplaced))}`;
  return html`<p class="status" part="status" aria-live=${st.quiet ? 'off' : 'polite'}>${text}</p>`;
}

export interface PanelHandlers {
  close(): void;
  open(e: MapEntry): void;
  keydown(e: KeyboardEvent): void;
}

/** The panel of one open entry, or the list of entries standing on one spot. */
export function panel(
  open: MapEntry | undefined,
  list: readonly MapEntry[] | undefined,
  items: ReadonlyMap<string, FeedItem>,
  on: PanelHandlers,
  s: MapStrings,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!open && !list?.length) return nothing;
  const close = html`<button type="button" class="close" aria-label=${s.close} @click=${on.close}>×</button>`;
  if (list?.length) {
    const title = s.samePlace(formatNumber(list.length, locale), placeName(list[0].record.place, locale));
    const rest = list.length - LIST_LIMIT;
    return html`<section class="panel" part="panel" aria-labelledby="panel-title" @keydown=${on.keydown}>
      ${close}
      <h3 id="panel-title" tabindex="-1">${title}</h3>
      <ul class="members">
        ${list.slice(0, LIST_LIMIT).map((e) => html`<li><button type="button" class="member" @click=${() => on.open(e)}>${entryName(e, locale)}</button></li>`)}
      </ul>
      ${rest > 0 ? html`<p class="more-note">${s.listMore(formatNumber(rest, locale))}</p>` : nothing}
    </section>`;
  }
  return html`<section class="panel" part="panel" aria-labelledby="panel-title" @keydown=${on.keydown}>
    ${close}
    <h3 id="panel-title" tabindex="-1">${open!.record.title}</h3>
    ${entryDetails(open!, items, s, locale)}
  </section>`;
}
