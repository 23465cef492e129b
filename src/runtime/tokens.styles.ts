import { css } from 'lit';

/** The dark scheme's defaults: for `theme="dark"`, and for `auto` when the reader's system is dark. */
const darkTokens = css`
  --_text: var(--sw-color-text, #ececf1);
  --_muted: var(--sw-color-muted, #b4b4c0);
  --_accent: var(--sw-color-accent, #ff8a8a);
  --_danger: var(--sw-color-danger, #ff9aa8);
  --_surface: var(--sw-color-surface, #17171c);
  --_focus: var(--sw-color-focus, #8ab4f8);
  --_scheme: dark;
  color-scheme: dark;
`;

/**
 * Design tokens and the base every element shares. Public tokens (`--sw-*`) are set by the page;
 * the private `--_*` variables are what the CSS uses, so each element can add its own tier.
 */
export const baseStyles = css`
  :host {
    --_font: var(--sw-font, inherit);
    --_text: var(--sw-color-text, #1d1d1f);
    --_muted: var(--sw-color-muted, #5b5b66);
    --_accent: var(--sw-color-accent, #a4161a);
    --_danger: var(--sw-color-danger, #b00020);
    --_surface: var(--sw-color-surface, #ffffff);
    --_border: var(--sw-color-border, color-mix(in srgb, var(--_text) 20%, transparent));
    --_radius: var(--sw-radius, 0.375rem);
    --_space: var(--sw-space, 1rem);
    --_focus: var(--sw-color-focus, #1a5fb4);
    --_scheme: light;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.5;
    overflow-wrap: anywhere;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  /* The look is set again inside the shadow tree, on the containers every state renders: a page reset
     that strips every element of the page, hosts included ("* { all: unset }", "the new CSS reset"),
     wins over :host, and would otherwise take the theme's colours, the line height, the box sizing every
     inner element inherits, and the wrapping of long words (a 320 px page would scroll sideways).
     Custom properties survive "all". */
  .view,
  .state {
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.5;
    overflow-wrap: anywhere;
    color-scheme: var(--_scheme);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Loading, error and empty keep the element's typical height (elements set --_min-height to theirs),
     so the page below does not jump when the feed arrives; a page that sets --sw-min-height gets
     exactly that height in every state, the view included. */
  .state {
    padding: var(--_space);
    min-height: var(--sw-min-height, var(--_min-height, 12rem));
  }
  .view {
    min-height: var(--sw-min-height, 0);
  }
  .view:focus:not(:focus-visible),
  .state:focus:not(:focus-visible) {
    outline: none;
  }
  .skeleton-box {
    display: contents;
  }
  .state[part~='loading'] .skeleton {
    height: 1rem;
    margin-block: 0.75rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 10%, transparent);
    animation: sw-pulse 1.6s ease-in-out infinite;
  }
  @keyframes sw-pulse {
    50% {
      opacity: 0.45;
    }
  }
  .state[part~='error'] button {
    padding: calc(var(--_space) / 4) calc(var(--_space) / 1.5);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  .print-fallback {
    display: none;
  }
  @media print {
    :host([print-fallback]) .print-fallback {
      display: block;
    }
    :host([print-fallback]) .view,
    :host([print-fallback]) .state {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
    }
    /* Backgrounds are forced to Canvas here, so the skeleton needs an outline to be seen. */
    .state[part~='loading'] .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;
