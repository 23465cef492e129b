import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDate } from '../../runtime/format.js';
import { groupByYearMonth } from './groups.js';
import type { TimelineEvent } from './model.js';
import { labelIds, renderEventBody, type CardContext } from './render-event.js';

/** What the vertical list needs from the element. */
export interface VerticalContext {
  card: CardContext;
  events: readonly TimelineEvent[];
  /** Rows [a, b) to render; all of them unless the list is windowed. */
  range: [number, number];
  virtual: boolean;
  /** aria-level of the year headings (months are one deeper, events two). */
  level: number;
  activeIndex: number;
  selectedIndex: number;
  label: string;
  longListNote: string;
  onKeydown: (e: KeyboardEvent) => void;
  onClick: (e: MouseEvent) => void;
}

function monthLabel(key: string, c: VerticalContext): string {
  const { locale, s } = c.card;
  return key.length === 4 ? s.yearOnly(formatDate(key, locale)) : formatDate(key, locale);
}

/**
 * A semantic ordered list grouped by year and month, with sticky group headings. When windowed, the
 * rows outside [a, b) are replaced by two spacers the controller sizes, and the groups of the window
 * are rendered with their headings, so the heading of the month being read is always on screen.
 */
export function renderVertical(c: VerticalContext): TemplateResult {
  const [a, b] = c.range;
  const groups = groupByYearMonth(c.events, a, b);
  const tabbable = c.activeIndex >= a && c.activeIndex < b ? c.activeIndex : a;
  const row = (i: number) => {
    const e = c.events[i];
    const p = `ev${i}`;
    const selected = i === c.selectedIndex;
    return html`<li
      class=${selected ? 'event selected' : 'event'}
      part=${selected ? 'event selected-event' : 'event'}
      data-index=${i}
      data-kind=${e.kind}
      data-type=${e.type}
      tabindex=${i === tabbable ? 0 : -1}
      aria-labelledby=${labelIds(p)}
      aria-current=${selected ? 'true' : nothing}
    >
      <span class="marker" aria-hidden="true"></span>
      <div class="card">
        ${guard(
          // The card changes only with these; scrolling a long list re-renders no unchanged card.
          [e, i, c.card.s, c.card.contentWarning, c.level, c.virtual, c.card.openSources.has(e.key), c.card.openWarnings.has(e.key)],
          () => renderEventBody(e, { ...c.card, idPrefix: p, level: c.level + 2, lazySources: c.virtual }),
        )}
      </div>
    </li>`;
  };
  const indices = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  return html`${c.virtual ? html`<p class="long-list" id="long-list" part="long-list-note">${c.longListNote}</p>` : nothing}
    <div class="vertical" part="list">
      ${c.virtual ? html`<div class="spacer" data-spacer="before"></div>` : nothing}
      <ol
        class="years"
        aria-label=${c.label}
        aria-describedby=${c.virtual ? 'long-list' : nothing}
        @keydown=${c.onKeydown}
        @click=${c.onClick}
      >
        ${repeat(
          groups,
          (g) => g.year,
          (g) => html`<li class="year">
            <div class="year-heading" part="group-heading year-heading" role="heading" aria-level=${c.level}>
              ${formatDate(g.year, c.card.locale)}
            </div>
            <ol class="months">
              ${repeat(
                g.months,
                (m) => m.key,
                (m) => html`<li class="month">
                  <div class="month-heading" part="group-heading month-heading" role="heading" aria-level=${c.level + 1}>
                    ${monthLabel(m.key, c)}
                  </div>
                  <ol class="events">
                    ${repeat(indices(m.start, m.end), (i) => c.events[i].key, row)}
                  </ol>
                </li>`,
              )}
            </ol>
          </li>`,
        )}
      </ol>
      ${c.virtual ? html`<div class="spacer" data-spacer="after"></div>` : nothing}
    </div>`;
}
