import { css } from 'lit';

/**
 * Styles of <wage-gap-gauge>. Public tokens `--sw-gauge-*` feed private `--_g-*` variables. Sizes and
 * positions of the drawing are SVG attributes; CSS only colours it and runs the one-off fill animation.
 */
export const styles = css`
  :host {
    --_g-fill: var(--sw-gauge-fill, var(--_accent));
    --_g-gap: var(--sw-gauge-gap, var(--_danger));
    --_g-track: var(--sw-gauge-track, color-mix(in srgb, var(--_text) 12%, transparent));
    --_g-marker: var(--sw-gauge-marker, var(--_text));
    --_g-duration: var(--sw-gauge-duration, 900ms);
    container-type: inline-size;
  }
  .gauge {
    margin: 0;
    padding: var(--_space);
  }
  .headline {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: var(--sw-gauge-headline-size, 1.25rem);
    font-weight: 600;
    line-height: 1.35;
  }
  .meter {
    padding-inline: 12px;
    padding-block: 4px;
  }
  .scale {
    display: block;
    overflow: visible;
    color: var(--_text);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .scale.radial {
    width: 100%;
    max-width: 22rem;
    height: auto;
    margin-inline: auto;
  }
  .track {
    fill: var(--_g-track);
  }
  .track-arc {
    stroke: var(--_g-track);
  }
  .fill {
    fill: var(--_g-fill);
    transform-box: fill-box;
    transform-origin: 0 50%;
    transition: transform var(--_g-duration) ease-out;
  }
  .fill-arc {
    stroke: var(--_g-fill);
    stroke-dashoffset: 0;
    transition: stroke-dashoffset var(--_g-duration) ease-out;
  }
  .pending .fill {
    transform: scaleX(0);
  }
  .pending .fill-arc {
    stroke-dashoffset: 1;
  }
  .hatch-bg {
    fill: color-mix(in srgb, var(--_g-gap) 14%, var(--_surface));
  }
  .hatch-line {
    stroke: var(--_g-gap);
  }
  .marker {
    fill: var(--_g-marker);
    stroke: var(--_surface);
    stroke-width: 2;
    paint-order: stroke;
  }
  .marker-offer,
  .marker-living {
    fill: var(--_surface);
    stroke: var(--_g-marker);
    stroke-width: 2.5;
  }
  .tick,
  .centre {
    fill: currentColor;
    font-size: 12px;
  }
  .tick {
    fill: var(--_muted);
  }
  .centre {
    font-size: 28px;
    font-weight: 700;
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: calc(var(--_space) * 0.5) 0 0;
    padding: 0;
  }
  .entry {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.4rem;
    min-width: 0;
  }
  .key {
    flex: none;
    overflow: visible;
  }
  .stated,
  .since {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .ref-wrap {
    position: static;
  }
  .ref {
    min-width: 1.5rem;
    min-height: 1.5rem;
    padding: 0 0.3rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    font-size: 0.75em;
    line-height: 1;
    cursor: help;
    vertical-align: super;
  }
  .tip {
    display: none;
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    inset-block-start: 100%;
    max-width: 28rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px color-mix(in srgb, var(--_text) 20%, transparent);
    font-size: 0.875rem;
  }
  .ref:hover + .tip:not([hidden]),
  .ref:focus-visible + .tip:not([hidden]),
  .tip:hover {
    display: block;
  }
  .gap-text {
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .caption {
    margin-block-start: calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .notes {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .sources-heading {
    margin: 0.5rem 0 0;
    font-weight: 600;
  }
  .sources {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.6rem;
  }
  .km .sources {
    list-style-type: khmer;
  }
  .sources li:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .history {
    margin: var(--_space) 0 0;
    padding-inline: 4px;
  }
  .history-heading {
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .spark {
    display: block;
    overflow: visible;
  }
  .spark-line {
    stroke: var(--_g-fill);
    stroke-width: 2;
  }
  .spark-target {
    stroke: var(--_g-gap);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .spark-point {
    fill: var(--_g-marker);
  }
  .spark-axis {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: 0.5rem;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .history-note {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  @container (max-width: 24rem) {
    .headline {
      font-size: 1.05rem;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_g-fill: Highlight;
      --_g-gap: CanvasText;
      --_g-track: Canvas;
      --_g-marker: CanvasText;
    }
    .track {
      stroke: CanvasText;
      stroke-width: 1;
    }
    .track-arc {
      stroke: GrayText;
    }
    .hatch-bg {
      fill: Canvas;
    }
    .marker {
      stroke: Canvas;
    }
    .marker-offer,
    .marker-living {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ref {
      border-color: ButtonText;
    }
  }
  @media print {
    .gauge {
      break-inside: avoid;
    }
    .pending .fill {
      transform: none;
    }
    .pending .fill-arc {
      stroke-dashoffset: 0;
    }
    .fill,
    .fill-arc {
      transition: none;
    }
    .ref-wrap .tip {
      display: none;
    }
  }
`;
