import { css } from 'lit';

/** The list's own tokens (`--sw-prl-*`) feed private `--_prl-*` variables; colours come from the base tier. */
export const styles = css`
  :host {
    --_prl-gap: var(--sw-prl-gap, 1.25rem);
    --_prl-card-min: var(--sw-prl-card-min-width, 16rem);
    --_prl-title-size: var(--sw-prl-title-size, 1.125rem);
    --_prl-heading-size: var(--sw-prl-heading-size, 1.5rem);
    --_prl-indicator: var(--sw-prl-indicator, var(--_accent));
  }
  /* Khmer stacks vowels and subscripts above and below the line: give them room. */
  :host(:lang(km)) {
    line-height: 1.8;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    column-gap: var(--_space);
  }
  .heading {
    margin: 0 0 0.75rem;
    font-size: var(--_prl-heading-size);
    line-height: 1.25;
  }
  .subscribe {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem var(--_space);
    margin-block-end: 0.75rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 10rem;
    min-width: 0;
  }
  .field.search {
    flex: 2 1 14rem;
  }
  label {
    font-size: 0.875rem;
    font-weight: 600;
  }
  input,
  select {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.625rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25rem;
    margin-block-end: 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    margin-block-end: -1px;
    background: none;
    border: 0;
    border-block-end: 3px solid transparent;
    cursor: pointer;
  }
  [role='tab']:hover {
    text-decoration: underline;
  }
  /* Selected: a thick underline and bold text, so it never rests on colour alone. */
  [role='tab'][aria-selected='true'] {
    font-weight: 700;
    border-block-end-color: var(--_prl-indicator);
  }

  .count {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .items:focus {
    outline: none;
  }
  .items:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .item {
    padding-block: var(--_prl-gap);
    border-block-end: 1px solid var(--_border);
  }
  .compact .item {
    padding-block: 0.625rem;
  }
  :host([layout='cards']) .items:not(.compact) {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_prl-card-min)), 1fr));
    gap: var(--_prl-gap);
    padding-block: var(--_prl-gap);
  }
  :host([layout='cards']) .items:not(.compact) .item {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .title {
    margin: 0;
    font-size: var(--_prl-title-size);
    line-height: 1.3;
  }
  .compact .title {
    font-size: 1rem;
  }
  /* Every part carries a "·" before it; the one that starts a line sits in the clipped start margin,
     so a wrapped line never begins with a dot (the clip margin keeps focus rings whole). */
  .meta {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
    overflow: clip;
    overflow-clip-margin: 0.25rem;
  }
  .meta-items {
    display: flex;
    flex-wrap: wrap;
    margin-inline-start: -1.25rem;
  }
  .meta-items > *::before {
    content: '·' / '';
    display: inline-block;
    inline-size: 1.25rem;
    text-align: center;
  }
  .text {
    margin-block-start: 0.5rem;
  }
  .text p {
    margin: 0 0 0.5rem;
    white-space: pre-line;
  }
  .toggle,
  .no-match button,
  .more button {
    min-height: 2.75rem;
    padding: 0.25rem 0;
    color: var(--_accent);
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .no-match button,
  .more button {
    padding-inline: 1rem;
    text-decoration: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .tags li {
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
  }

  .no-match {
    padding-block: var(--_prl-gap);
  }

  .pager ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: var(--_prl-gap) 0 0;
    padding: 0;
    list-style: none;
  }
  .pager button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.625rem;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* Current page: bold, a thicker border and a tint — shape and weight as well as colour. */
  .pager [aria-current='page'] {
    font-weight: 700;
    border: 2px solid var(--_prl-indicator);
    background: color-mix(in srgb, var(--_prl-indicator) 12%, transparent);
  }
  .pager [aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: default;
  }
  .pager .gap {
    align-self: center;
    padding-inline: 0.25rem;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
    margin-block-start: var(--_prl-gap);
  }
  .showing {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  /* On paper: the entries, not the controls. */
  @media print {
    .toolbar,
    .tabs,
    .pager,
    .more,
    .toggle,
    .subscribe {
      display: none;
    }
  }

  @media (forced-colors: active) {
    [role='tab'] {
      border-block-end-color: Canvas;
    }
    [role='tab'][aria-selected='true'],
    .pager [aria-current='page'] {
      border-color: Highlight;
    }
    .pager [aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
