import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDate, formatNumber } from '../../runtime/format.js';
import { dayToX, ticks, visibleMarkers } from './axis.js';
import type { AxisController } from './axis-controller.js';
import { cssVars } from './css-vars.js';
import { kindIcon } from './icons.js';
import type { TimelineEvent } from './model.js';
import { dateRangeText, kindText, renderEventBody, type CardContext } from './render-event.js';

export interface HorizontalContext {
  card: CardContext;
  events: readonly TimelineEvent[];
  axis: AxisController;
  level: number;
  activeIndex: number;
  selectedIndex: number;
  onKeydown: (e: KeyboardEvent) => void;
  onMarkerClick: (e: MouseEvent) => void;
  onZoom: (factor: number) => void;
}

/** Year ticks say the year; month ticks only the month ("Mar", "មីនា"): the year tick is nearby. */
function tickLabel(date: string, kind: 'year' | 'month', locale: CardContext['locale']): string {
  const full = formatDate(date, locale, { month: 'short' });
  return kind === 'year' ? full : full.replace(/\s*\S+$/, '');
}

function shortDate(e: TimelineEvent, c: CardContext): string {
  const [a, b] = dateRangeText(e.date, e.end, c.locale);
  return b === undefined ? a : `${a} – ${b}`;
}

/**
 * A scrolling time axis: labelled markers in lanes above the line (bare markers on the line where
 * labels would overlap), year/month ticks below, zoom buttons, and the selected event in full
 * underneath. Markers are one tab stop (roving tabindex); only those near the visible stretch are
 * rendered, plus the focused and selected ones.
 */
export function renderHorizontal(c: HorizontalContext): TemplateResult {
  const { s, locale } = c.card;
  const L = c.axis.layout;
  const [a, b] = c.axis.range;
  const indices = visibleMarkers(L, a, b, 8, [c.activeIndex, c.selectedIndex]);
  const tabbable = c.activeIndex >= 0 ? c.activeIndex : (indices[0] ?? -1);
  const [vl, vr] = c.axis.visible;
  const lastDay = L.minDay + (L.width - L.pad - 64) / L.scale;
  const tickList = ticks(
    Math.max(L.minDay, L.minDay + (vl - L.pad) / L.scale),
    Math.min(lastDay, L.minDay + (vr - L.pad) / L.scale),
    L.scale,
    // Khmer month names are longer than "Sept".
    locale === 'km' ? 68 : 52,
  );
  const selected = c.events[c.selectedIndex];
  const days = formatNumber(Math.round(c.axis.daysAcross), locale);
  const marker = (i: number) => {
    const e = c.events[i];
    const lane = L.lanes[i];
    const isSel = i === c.selectedIndex;
    const date = shortDate(e, c.card);
    return html`<li
      class=${lane < 0 ? 'h-item dot' : 'h-item'}
      data-kind=${e.kind}
      ${cssVars({ '--x': L.xs[i].toFixed(1), '--span': L.spans[i].toFixed(1), '--lane': Math.max(lane, 0) })}
    >
      <span class="span-bar" aria-hidden="true"></span>
      <button
        type="button"
        class="h-marker"
        part=${isSel ? 'marker selected-marker' : 'marker'}
        data-index=${i}
        tabindex=${i === tabbable ? 0 : -1}
        aria-current=${isSel ? 'true' : nothing}
      >
        ${kindIcon(e.kind)}${lane < 0
          ? html`<span class="visually-hidden">${date}, ${kindText(e, s)}: ${e.title}</span>`
          : html`<span class="m-date">${date}</span><span class="visually-hidden">, ${kindText(e, s)}: </span
              ><span class="m-title">${e.title}</span>`}
      </button>
    </li>`;
  };
  return html`<div class="horizontal" part="horizontal">
    <div class="h-toolbar">
      <div class="zoom" role="group" aria-label=${`${s.zoomIn} / ${s.zoomOut}`}>
        <button type="button" part="zoom-out" class="zoom-out" @click=${() => c.onZoom(1 / 1.5)}>
          <span aria-hidden="true">−</span><span class="visually-hidden">${s.zoomOut}</span>
        </button>
        <button type="button" part="zoom-in" class="zoom-in" @click=${() => c.onZoom(1.5)}>
          <span aria-hidden="true">+</span><span class="visually-hidden">${s.zoomIn}</span>
        </button>
      </div>
      <span class="zoom-level">${s.zoomLevel(days)}</span>
    </div>
    <p id="axis-help" class="axis-help">${s.axisHelp}</p>
    <div
      class="scroller"
      part="axis"
      @scroll=${c.axis.onScroll}
      @wheel=${c.axis.onWheel}
      @pointerdown=${c.axis.onPointerDown}
      @pointermove=${c.axis.onPointerMove}
      @pointerup=${c.axis.onPointerUp}
      @pointercancel=${c.axis.onPointerUp}
    >
      <div class="track" ${cssVars({ '--w': L.width.toFixed(0), '--lanes': Math.max(1, L.laneCount) })}>
        <div class="axis-line" aria-hidden="true"></div>
        <div class="ticks" aria-hidden="true">
          ${repeat(
            tickList,
            (t) => t.date,
            (t) => html`<span class=${`tick tick-${t.kind}`} ${cssVars({ '--x': dayToX(t.day, L).toFixed(1) })}
              >${tickLabel(t.date, t.kind, locale)}</span
            >`,
          )}
        </div>
        <ol class="h-markers" aria-label=${s.axis} aria-describedby="axis-help" @keydown=${c.onKeydown} @click=${c.onMarkerClick}>
          ${repeat(indices, (i) => c.events[i].key, marker)}
        </ol>
      </div>
    </div>
    ${selected
      ? html`<section class="detail card" part="detail" aria-label=${s.selectedEvent} data-kind=${selected.kind}>
          ${renderEventBody(selected, { ...c.card, idPrefix: 'sel', level: c.level })}
        </section>`
      : nothing}
  </div>`;
}
