import { html, nothing, type TemplateResult } from 'lit';

/**
 * One small, distinct shape per kind, so kinds differ by outline as well as by colour (forced colours,
 * colour blindness, greyscale print). Always `aria-hidden`: the kind's name is written next to it.
 * Paths are static strings of this table, never built from feed data.
 *
 * Each shape is one path filled even-odd (rings, cut-outs) and one filled non-zero, so every icon is
 * the same template: one template to prepare and two attributes to set per icon, where a template
 * per kind cost a template preparation each on first render (the chips show ten kinds at once).
 * Generated from the rect/circle/ellipse/path markup they replace; Chromium paints the same pixels
 * (under 2 % of each icon's edge pixels differ, by antialiasing where shapes meet).
 */
const SHAPES: Record<string, readonly [evenOdd: string, nonZero: string]> = {
  // Two bars: work stopped.
  strike: ['', 'M3.8 2.5h1.9a0.8 0.8 0 0 1 0.8 0.8v9.4a0.8 0.8 0 0 1 -0.8 0.8h-1.9a0.8 0.8 0 0 1 -0.8 -0.8v-9.4a0.8 0.8 0 0 1 0.8 -0.8zM10.3 2.5h1.9a0.8 0.8 0 0 1 0.8 0.8v9.4a0.8 0.8 0 0 1 -0.8 0.8h-1.9a0.8 0.8 0 0 1 -0.8 -0.8v-9.4a0.8 0.8 0 0 1 0.8 -0.8z'],
  // Megaphone.
  protest: ['', 'M2 6.2h2.6L11.5 2.5v11L4.6 9.8H2zM5 10.3l1.2 3.7h2.1L7.3 10.9zM13.2 6.6h0.6a0.6 0.6 0 0 1 0.6 0.6v1.6a0.6 0.6 0 0 1 -0.6 0.6h-0.6a0.6 0.6 0 0 1 -0.6 -0.6v-1.6a0.6 0.6 0 0 1 0.6 -0.6z'],
  // Lightning strike.
  violence: ['', 'M9.6 1 3.2 9.2h4.1L5.8 15l7-8.6H8.6z'],
  // Candle: mourning.
  killing: ['', 'M8 1.2c1.4 1.5 1.9 2.6 1.9 3.4A1.9 1.9 0 0 1 6.1 4.6c0-.8.5-1.9 1.9-3.4zM6.2 7h3.6a0.6 0.6 0 0 1 0.6 0.6v6.8a0.6 0.6 0 0 1 -0.6 0.6h-3.6a0.6 0.6 0 0 1 -0.6 -0.6v-6.8a0.6 0.6 0 0 1 0.6 -0.6z'],
  // Handcuffs: two linked rings.
  arrest: ['M4.5 5.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zm0 1.7a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6zM11.5 3.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zm0 1.7a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6z', 'M6.9 7.1h2.2v1.4h-2.2z'],
  // Scales of justice.
  court: ['', 'M7.2 2h1.6v11h-1.6zM2 3.4h12v1.4h-12zM3.5 5 1.2 10h4.6zM12.5 5l-2.3 5h4.6zM4.5 13h7v1.6h-7z'],
  // Door with an arrow out.
  dismissal: ['', 'M2 2h7v3H7.5V3.5h-4v9h4V11H9v3H2zM10.5 4.8 14.6 8l-4.1 3.2V9.1H6.2V6.9h4.3z'],
  // Arrow crossing a border line.
  migration: ['', 'M7.2 1h1.6v14h-1.6zM1 6.6h8.8V3.8L15 8l-5.2 4.2V9.4H1z'],
  // Circle with a bar: forbidden.
  ban: ['M8 1.2a6.8 6.8 0 1 1 0 13.6A6.8 6.8 0 0 1 8 1.2zm4.1 3.9-7 7a5 5 0 0 0 7-7zM8 3a5 5 0 0 0-4.1 7.9l7-7A5 5 0 0 0 8 3z', ''],
  // Flag.
  rally: ['', 'M3 1.5h1.6v13h-1.6zM4.6 2.2h8.6l-2.2 3 2.2 3H4.6z'],
  // Footprints.
  march: ['', 'M3 5a2 3.2 0 1 1 4 0a2 3.2 0 1 1 -4 0zM9 10.5a2 3.2 0 1 1 4 0a2 3.2 0 1 1 -4 0zM4.2 8.8h1.6a0.6 0.6 0 0 1 0.6 0.6v0.4a0.6 0.6 0 0 1 -0.6 0.6h-1.6a0.6 0.6 0 0 1 -0.6 -0.6v-0.4a0.6 0.6 0 0 1 0.6 -0.6zM10.2 14h1.6a0.6 0.6 0 0 1 0.6 0.6v0.4a0.6 0.6 0 0 1 -0.6 0.6h-1.6a0.6 0.6 0 0 1 -0.6 -0.6v-0.4a0.6 0.6 0 0 1 0.6 -0.6z'],
  // Lamp / flame in a cup.
  vigil: ['', 'M8 1c1.7 1.8 2.3 3.1 2.3 4a2.3 2.3 0 0 1-4.6 0c0-.9.6-2.2 2.3-4zM3 8.5h10l-1.5 6h-7z'],
  // Envelope.
  letter: ['M1.5 3.5h13v9h-13zm1.8 1.8v.3L8 9l4.7-3.4v-.3zm9.4 2.4L8 11.1 3.3 7.7v3h9.4z', ''],
  // Speech bubble.
  statement: ['', 'M2 2.5h12v8H7l-3.5 3v-3H2z'],
  // Sheet with lines and a tick.
  petition: ['M3 1h10v14H3zm2 2.5v1.4h6V3.5zm0 3v1.4h6V6.5zm.6 4.4 1.8 1.8 3.4-3.4-1-1-2.4 2.4-.8-.8z', ''],
  // Dot.
  other: ['', 'M3.5 8a4.5 4.5 0 1 1 9 0a4.5 4.5 0 1 1 -9 0z'],
};

/** The kind's icon as inline SVG (hidden from assistive technology). */
export function kindIcon(kind: string): TemplateResult {
  const [evenOdd, nonZero] = SHAPES[kind] ?? SHAPES.other;
  return html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="currentColor"><path fill-rule="evenodd" d=${evenOdd || nothing}></path><path d=${nonZero || nothing}></path></svg>`;
}
