import { css } from 'lit';

/**
 * Styles of `<incident-timeline>`. Public tokens `--sw-it-*` feed private `--_it-*` variables.
 * Logical properties only (RTL-safe); nothing depends on colour alone (icons, words, borders).
 */
export const timelineStyles = css`
  :host {
    --_it-line: var(--sw-it-line, color-mix(in srgb, var(--_text) 25%, transparent));
    --_it-marker: var(--sw-it-marker, var(--_accent));
    --_it-killing: var(--sw-it-killing, var(--_danger));
    --_it-selected: var(--sw-it-selected, var(--_focus));
    --_it-sticky-top: var(--sw-it-sticky-top, 0px);
    --_it-label-w: var(--sw-it-label-width, 11em);
    --_it-lane-h: var(--sw-it-lane-height, 3.25rem);
    --_it-year-h: 2.5rem;
  }

  .timeline {
    padding: calc(var(--_space) / 2) 0;
  }

  /* Filters */
  .filters {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-end;
  }
  .row .field {
    flex: 1 1 10rem;
  }
  label,
  legend {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .date-note {
    flex: 1 0 100%;
  }
  .error {
    color: var(--_danger, currentColor);
    font-size: 0.8125em;
    font-weight: 600;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger, currentColor);
    border-width: 2px;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375rem 0.5rem;
    min-height: 2.5rem;
    max-width: 100%;
    min-width: 0;
    width: 100%;
  }
  fieldset.kinds {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    min-width: 0;
  }
  fieldset.kinds legend {
    padding: 0;
    margin-block-end: 0.25rem;
    float: inline-start;
    width: 100%;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 2.25rem;
    padding: 0.25rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
    max-width: 100%;
  }
  .chip[aria-pressed='true'] {
    border: 2px solid var(--_it-marker);
    background: color-mix(in srgb, var(--_it-marker) 14%, transparent);
    font-weight: 600;
  }
  /* Pressed chips get a tick, not only a colour: drawn with borders (currentColor, so forced-colors
     safe), not a '✓' character, which most body fonts lack (the fallback-font search costs a few ms
     at first render, and generated text would join the chip's accessible name). */
  .chip[aria-pressed='true']::before {
    content: '';
    display: inline-block;
    inline-size: 0.3em;
    block-size: 0.6em;
    margin-inline-end: 0.15em;
    border: solid currentColor;
    border-width: 0 0.14em 0.14em 0;
    transform: translateY(-0.1em) rotate(45deg);
  }
  .chip-count {
    color: var(--_muted);
  }
  .clear {
    min-height: 2.5rem;
    padding: 0.25rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  .summary {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-weight: 600;
  }
  .no-match,
  .long-list {
    color: var(--_muted);
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }

  /* Vertical layout */
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .spacer {
    height: 0;
  }
  .year-heading,
  .month-heading {
    position: sticky;
    z-index: 1;
    background: var(--_surface);
    margin: 0;
  }
  .year-heading {
    top: var(--_it-sticky-top);
    z-index: 2;
    min-height: var(--_it-year-h);
    line-height: var(--_it-year-h);
    font-size: 1.375em;
    font-weight: 700;
  }
  .month-heading {
    top: calc(var(--_it-sticky-top) + var(--_it-year-h));
    padding-block: 0.25rem;
    font-size: 1.0625em;
    font-weight: 700;
    color: var(--_muted);
    border-block-end: 1px solid var(--_border);
  }
  .month > .events {
    padding-block: 0.5rem 0.75rem;
  }
  li.event {
    position: relative;
    padding-block: 0.375rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_it-line);
    margin-inline-start: 0.5rem;
    scroll-margin-block-start: calc(var(--_it-sticky-top) + var(--_it-year-h) + 3rem);
    scroll-margin-block-end: 1rem;
    outline: none;
    /* A row's layout never reaches outside it: adding and removing rows while scrolling stays cheap. */
    contain: layout style;
  }
  li.event > .marker {
    position: absolute;
    inset-inline-start: -0.45rem;
    top: 0.9rem;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    background: var(--_it-marker);
    border: 2px solid var(--_surface);
  }
  li.event[data-kind='killing'] > .marker,
  li.event[data-kind='violence'] > .marker {
    background: var(--_it-killing);
    border-radius: 0.1rem;
    transform: rotate(45deg);
  }
  li.event[data-type='action'] > .marker {
    background: var(--_surface);
    border: 2px solid var(--_it-marker);
  }
  .card {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    border: 1px solid transparent;
  }
  li.event:focus-visible > .card {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  li.event.selected > .card,
  .detail.card {
    border: 2px solid var(--_it-selected);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .date {
    font-weight: 600;
    color: var(--_text);
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .kind[data-kind='killing'],
  .kind[data-kind='violence'] {
    color: var(--_it-killing);
    font-weight: 600;
  }
  .badge {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.875em;
  }
  .title {
    font-weight: 700;
    font-size: 1.0625em;
    margin-block: 0.125rem;
  }
  .place,
  .organisers,
  .description {
    margin: 0.125rem 0;
  }
  .place {
    color: var(--_muted);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0.25rem 0;
    padding: 0;
    list-style: none;
  }
  .counts li {
    font-weight: 600;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  details {
    margin-block: 0.25rem;
  }
  summary {
    cursor: pointer;
    min-height: 1.75rem;
    width: fit-content;
    max-width: 100%;
    color: var(--_accent);
  }
  .warning > summary {
    color: var(--_text);
  }
  .warning-text {
    font-weight: 600;
  }
  .warning-show {
    color: var(--_accent);
    text-decoration: underline;
  }
  .source-list {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 0.375rem;
  }
  figure {
    margin: 0;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  blockquote::before {
    content: '“';
  }
  blockquote::after {
    content: '”';
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.9375em;
    padding-inline-start: 0.75rem;
  }
  figcaption::before {
    content: '— ';
  }

  /* Horizontal layout */
  .h-toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .zoom {
    display: inline-flex;
    gap: 0.375rem;
  }
  .zoom button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    font-size: 1.25em;
    line-height: 1;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  .zoom-level,
  .axis-help {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .axis-help {
    margin: 0.25rem 0;
  }
  .scroller {
    overflow-x: auto;
    overflow-y: hidden;
    touch-action: pan-x pan-y;
    overscroll-behavior-x: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-width: 100%;
  }
  .track {
    position: relative;
    inline-size: calc(var(--w, 0) * 1px);
    min-inline-size: 100%;
    block-size: calc(var(--lanes, 1) * var(--_it-lane-h) + 3.75rem);
  }
  .axis-line {
    position: absolute;
    inset-inline: 0;
    top: calc(var(--lanes, 1) * var(--_it-lane-h) + 0.75rem);
    height: 2px;
    background: var(--_it-line);
  }
  .ticks .tick {
    position: absolute;
    inset-inline-start: calc(var(--x, 0) * 1px);
    top: calc(var(--lanes, 1) * var(--_it-lane-h) + 0.75rem);
    padding-block-start: 0.5rem;
    padding-inline-start: 0.25rem;
    border-inline-start: 1px solid var(--_it-line);
    font-size: 0.8125em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .ticks .tick-year {
    font-weight: 700;
    color: var(--_text);
  }
  .h-item {
    position: absolute;
    inset-inline-start: calc(var(--x, 0) * 1px);
    top: calc(var(--lane, 0) * var(--_it-lane-h) + 0.25rem);
  }
  .h-item.dot {
    top: calc(var(--lanes, 1) * var(--_it-lane-h) + 0.125rem);
  }
  .span-bar {
    position: absolute;
    inset-inline-start: 0;
    top: calc((var(--lanes, 1) - var(--lane, 0)) * var(--_it-lane-h) + 0.25rem);
    inline-size: max(2px, calc(var(--span, 0) * 1px));
    height: 6px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_it-marker) 45%, transparent);
  }
  .h-item.dot .span-bar {
    top: 0.3rem;
  }
  .h-marker {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.3rem;
    inline-size: var(--_it-label-w);
    min-height: 2.75rem;
    padding: 0.125rem 0.375rem;
    text-align: start;
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_it-marker);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_surface);
    cursor: pointer;
    font-size: 0.875em;
    line-height: 1.25;
  }
  .h-marker .m-date {
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .h-marker .m-title {
    grid-column: 1 / -1;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .h-item[data-kind='killing'] .h-marker,
  .h-item[data-kind='violence'] .h-marker {
    border-inline-start-color: var(--_it-killing);
  }
  .h-item.dot .h-marker {
    display: inline-flex;
    inline-size: auto;
    min-height: 0;
    padding: 0.125rem;
    border-radius: 50%;
    border-inline-start-width: 1px;
    margin-inline-start: -0.5rem;
    color: var(--_it-marker);
  }
  .h-item[data-kind='killing'].dot .h-marker,
  .h-item[data-kind='violence'].dot .h-marker {
    color: var(--_it-killing);
  }
  .h-marker[aria-current='true'] {
    outline: 2px solid var(--_it-selected);
    outline-offset: 1px;
    z-index: 1;
    position: relative;
  }
  .h-marker:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    z-index: 2;
    position: relative;
  }
  .detail {
    margin-block-start: 0.75rem;
  }

  @media (forced-colors: active) {
    li.event > .marker,
    .span-bar {
      background: CanvasText;
    }
    .chip[aria-pressed='true'],
    li.event.selected > .card,
    .detail.card,
    .h-marker[aria-current='true'] {
      border-color: Highlight;
      outline-color: Highlight;
    }
  }
`;
