import { css } from 'lit';

/**
 * Styles of `<action-map>`. Public tokens (`--sw-map-*`) feed private ones (`--_*`). Colours come from
 * the shared tokens; shapes (circle, diamond, dashed outline, count badge, arrow) carry the meaning too,
 * so nothing depends on colour alone and forced-colors mode keeps every distinction.
 */
export const styles = css`
  :host {
    --_land: var(--sw-map-land, color-mix(in srgb, var(--_text) 14%, var(--_surface)));
    --_land-active: var(--sw-map-land-active, color-mix(in srgb, var(--_accent) 22%, var(--_land)));
    --_water: var(--sw-map-water, var(--_surface));
    --_borders: var(--sw-map-border, var(--_surface));
    --_marker: var(--sw-map-marker, var(--_accent));
    --_incident: var(--sw-map-incident, var(--_danger));
    --_route: var(--sw-map-route, var(--_accent));
    --_aspect: var(--sw-map-aspect, 2 / 1);
    container-type: inline-size;
  }
  :host([region]),
  :host([bbox]),
  :host([center]) {
    --_aspect: var(--sw-map-aspect, 4 / 3);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
    margin-block-end: calc(var(--_space) / 2);
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    align-items: center;
  }
  .toolbar button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .toolbar button.icon {
    padding-inline: 0;
    font-size: 1.25rem;
    line-height: 1;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_surface);
    font-weight: 600;
  }
  .toolbar button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .week {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  .week input {
    inline-size: min(12rem, 40vw);
    accent-color: var(--_accent);
  }
  .week-label {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* The skeleton takes the map's own box: no jump when the map replaces it, and its size is known early. */
  .stage,
  .map-skeleton {
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--_aspect);
    max-block-size: var(--sw-map-max-height, 80vh);
    min-block-size: 10rem;
  }
  .state[part~='loading'] {
    padding: 0;
  }
  .state[part~='loading'] .map-skeleton {
    block-size: auto;
    margin-block: 0;
  }
  .loading-map {
    position: absolute;
    inset: 0;
    block-size: 100%;
  }
  .loading-map,
  .map-skeleton {
    min-block-size: 10rem;
    display: grid;
    place-items: center;
    color: var(--_muted);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }
  svg.map {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    display: block;
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
    border-radius: var(--_radius);
    overflow: hidden;
  }
  svg.map:active {
    cursor: grabbing;
  }
  .sphere {
    fill: var(--_water);
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
  }
  .land {
    fill: var(--_land);
    stroke: var(--_borders);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .land.active {
    fill: var(--_land-active);
  }
  .route {
    fill: none;
    stroke: var(--_route);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .arrow path {
    fill: var(--_route);
  }
  .marker {
    cursor: pointer;
    outline: none;
  }
  .marker .hit {
    fill: transparent;
    stroke: none;
  }
  .marker .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    visibility: hidden;
  }
  .marker:focus-visible .ring,
  .marker:hover .ring {
    visibility: visible;
  }
  .marker:hover:not(:focus-visible) .ring {
    stroke-width: 1.5;
  }
  .dot {
    fill: var(--_marker);
    fill-opacity: 0.85;
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .dot.unsized {
    fill-opacity: 0.55;
    stroke: var(--_marker);
    stroke-dasharray: 3 2;
  }
  .incident .dot,
  .dot.incident {
    fill: var(--_incident);
  }
  .cluster .dot {
    fill-opacity: 1;
  }
  .cluster .halo {
    fill-opacity: 0.3;
    stroke: none;
  }
  .count {
    fill: var(--_surface);
    font-size: 0.75rem;
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }
  .marker.fresh .dot {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .inset {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-start: 0.5rem;
    inline-size: clamp(5rem, 24%, 10rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
    cursor: zoom-in;
  }
  .inset svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  .inset .land.focus {
    fill: var(--_land-active);
    stroke: var(--_text);
  }
  .hint {
    position: absolute;
    inset-block-start: 50%;
    inset-inline: 1rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    text-align: center;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 80%, transparent);
    color: var(--_surface);
    pointer-events: none;
  }
  .hint[hidden] {
    display: none;
  }
  .panel {
    position: relative;
    margin-block-start: calc(var(--_space) / 2);
    padding: var(--_space);
    padding-inline-end: 3.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.25rem 1rem color-mix(in srgb, var(--_text) 18%, transparent);
  }
  @container (min-width: 40rem) {
    .panel {
      position: absolute;
      inset-block-start: 0.5rem;
      inset-inline-end: 0.5rem;
      inline-size: min(24rem, 50%);
      max-block-size: calc(100% - 1rem);
      overflow: auto;
      margin: 0;
    }
  }
  .panel h3 {
    margin: 0 0 0.25rem;
    font-size: 1.1rem;
  }
  .panel h4 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1rem;
  }
  .panel .close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 0;
    background: transparent;
    font-size: 1.5rem;
    cursor: pointer;
  }
  .kind,
  .where,
  .meta,
  .org {
    color: var(--_muted);
    margin: 0;
  }
  .facts,
  .sources,
  .members {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .members {
    list-style: none;
    padding: 0;
  }
  .member {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin-block: 0.25rem;
    padding: 0.5rem;
    text-align: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  blockquote {
    margin: 0.25rem 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .legend li {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
  }
  .glyph {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
  .status {
    margin: 0.5rem 0 0;
    color: var(--_muted);
  }
  .map-error {
    color: var(--_danger);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  tr.group th {
    padding-block-start: 1rem;
    font-size: 1.05rem;
  }
  td .kind,
  td .title,
  td .org {
    display: block;
  }
  td .sources {
    font-size: 0.875rem;
  }
  .more {
    margin-block-start: 0.5rem;
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  /* Narrow containers (phones, 200% zoom): each row becomes a card, cells labelled by their column. */
  @container (max-width: 34rem) {
    thead {
      position: absolute;
      clip: rect(0 0 0 0);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    tr,
    td {
      display: block;
    }
    tr.group,
    tr.group th {
      display: block;
    }
    td {
      border: 0;
      padding-block: 0.125rem;
    }
    tr {
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
  }
  @media (forced-colors: active) {
    svg.map,
    .inset svg,
    .glyph {
      forced-color-adjust: none;
    }
    .sphere {
      fill: Canvas;
      stroke: CanvasText;
    }
    .land,
    .land.active {
      fill: Canvas;
      stroke: CanvasText;
    }
    .inset .land.focus {
      fill: GrayText;
    }
    .dot,
    .incident .dot,
    .dot.incident {
      fill: CanvasText;
      stroke: Canvas;
    }
    .dot.unsized {
      fill: Canvas;
      stroke: CanvasText;
    }
    .count {
      fill: Canvas;
    }
    .route {
      stroke: CanvasText;
    }
    .arrow path {
      fill: CanvasText;
    }
    .marker .ring {
      stroke: Highlight;
    }
    .toolbar button[aria-pressed='true'] {
      /* Our own system colours, without the text backplate the browser would paint in Canvas. */
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    .toolbar,
    .hint,
    .inset,
    .panel .close,
    .more {
      display: none;
    }
    .marker .ring {
      visibility: hidden;
    }
    svg.map {
      position: static;
      block-size: auto;
    }
    .stage {
      aspect-ratio: auto;
      max-block-size: none;
      break-inside: avoid;
    }
  }
`;
