import { html, svg, type TemplateResult } from 'lit';

/**
 * One small, distinct shape per kind, so kinds differ by outline as well as by colour (forced colours,
 * colour blindness, greyscale print). Always `aria-hidden`: the kind's name is written next to it.
 * Paths are static strings in the template, never built from feed data.
 */
const SHAPES: Record<string, TemplateResult> = {
  // Two bars: work stopped.
  strike: svg`<rect x="3" y="2.5" width="3.5" height="11" rx="0.8"/><rect x="9.5" y="2.5" width="3.5" height="11" rx="0.8"/>`,
  // Megaphone.
  protest: svg`<path d="M2 6.2h2.6L11.5 2.5v11L4.6 9.8H2z"/><path d="M5 10.3l1.2 3.7h2.1L7.3 10.9z"/><rect x="12.6" y="6.6" width="1.8" height="2.8" rx="0.6"/>`,
  // Lightning strike.
  violence: svg`<path d="M9.6 1 3.2 9.2h4.1L5.8 15l7-8.6H8.6z"/>`,
  // Candle: mourning.
  killing: svg`<path d="M8 1.2c1.4 1.5 1.9 2.6 1.9 3.4A1.9 1.9 0 0 1 6.1 4.6c0-.8.5-1.9 1.9-3.4z"/><rect x="5.6" y="7" width="4.8" height="8" rx="0.6"/>`,
  // Handcuffs: two linked rings.
  arrest: svg`<path fill-rule="evenodd" d="M4.5 5.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zm0 1.7a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6zM11.5 3.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zm0 1.7a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6z"/><rect x="6.9" y="7.1" width="2.2" height="1.4"/>`,
  // Scales of justice.
  court: svg`<rect x="7.2" y="2" width="1.6" height="11"/><rect x="2" y="3.4" width="12" height="1.4"/><path d="M3.5 5 1.2 10h4.6zM12.5 5l-2.3 5h4.6z"/><rect x="4.5" y="13" width="7" height="1.6"/>`,
  // Door with an arrow out.
  dismissal: svg`<path d="M2 2h7v3H7.5V3.5h-4v9h4V11H9v3H2z"/><path d="M10.5 4.8 14.6 8l-4.1 3.2V9.1H6.2V6.9h4.3z"/>`,
  // Arrow crossing a border line.
  migration: svg`<rect x="7.2" y="1" width="1.6" height="14"/><path d="M1 6.6h8.8V3.8L15 8l-5.2 4.2V9.4H1z"/>`,
  // Circle with a bar: forbidden.
  ban: svg`<path fill-rule="evenodd" d="M8 1.2a6.8 6.8 0 1 1 0 13.6A6.8 6.8 0 0 1 8 1.2zm4.1 3.9-7 7a5 5 0 0 0 7-7zM8 3a5 5 0 0 0-4.1 7.9l7-7A5 5 0 0 0 8 3z"/>`,
  // Flag.
  rally: svg`<rect x="3" y="1.5" width="1.6" height="13"/><path d="M4.6 2.2h8.6l-2.2 3 2.2 3H4.6z"/>`,
  // Footprints.
  march: svg`<ellipse cx="5" cy="5" rx="2" ry="3.2"/><ellipse cx="11" cy="10.5" rx="2" ry="3.2"/><rect x="3.6" y="8.8" width="2.8" height="1.6" rx="0.6"/><rect x="9.6" y="14" width="2.8" height="1.6" rx="0.6"/>`,
  // Lamp / flame in a cup.
  vigil: svg`<path d="M8 1c1.7 1.8 2.3 3.1 2.3 4a2.3 2.3 0 0 1-4.6 0c0-.9.6-2.2 2.3-4z"/><path d="M3 8.5h10l-1.5 6h-7z"/>`,
  // Envelope.
  letter: svg`<path fill-rule="evenodd" d="M1.5 3.5h13v9h-13zm1.8 1.8v.3L8 9l4.7-3.4v-.3zm9.4 2.4L8 11.1 3.3 7.7v3h9.4z"/>`,
  // Speech bubble.
  statement: svg`<path d="M2 2.5h12v8H7l-3.5 3v-3H2z"/>`,
  // Sheet with lines and a tick.
  petition: svg`<path fill-rule="evenodd" d="M3 1h10v14H3zm2 2.5v1.4h6V3.5zm0 3v1.4h6V6.5zm.6 4.4 1.8 1.8 3.4-3.4-1-1-2.4 2.4-.8-.8z"/>`,
  // Dot.
  other: svg`<circle cx="8" cy="8" r="4.5"/>`,
};

/** The kind's icon as inline SVG (hidden from assistive technology). */
export function kindIcon(kind: string): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="currentColor">${SHAPES[kind] ?? SHAPES.other}</svg>`;
}
