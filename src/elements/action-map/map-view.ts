/**
 * SVG templates of the map: the world, march routes, markers, the inset and the legend. Positions
 * and sizes are SVG attributes (never style attributes), so the strict CSP of partner pages holds.
 */
import { svg, html, nothing, type TemplateResult, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BaseMap, InsetMap } from './projection.js';
import type { MapEntry } from './entries.js';
import type { MarkerView } from './markers.js';
import type { MapStrings } from './action-map.strings.js';
import type { Transform } from './viewport.js';

const f1 = (n: number) => Math.round(n * 10) / 10;

export function worldLayer(base: BaseMap, activeCountries: ReadonlySet<string>): SVGTemplateResult {
  const land = base.countries.map((c) => svg`<path class=${activeCountries.has(c.id) ? 'land active' : 'land'} d=${c.d}></path>`);
  return svg`<path class="sphere" d=${base.sphere}></path>${base.landTransform ? svg`<g transform=${base.landTransform}>${land}</g>` : land}`;
}

/** March routes as lines with arrowheads along the way and at the end, in overlay pixels. */
export function routeLayer(entries: readonly MapEntry[], base: BaseMap, k: number): SVGTemplateResult[] {
  const out: SVGTemplateResult[] = [];
  for (const e of entries) {
    if (!e.route) continue;
    const pts = e.route.map(([lon, lat]) => base.project(lon, lat)).filter((p): p is [number, number] => !!p);
    if (pts.length < 2) continue;
    // A midpoint on every leg carries a direction arrow (marker-mid), even for a two-stop march.
    let d = `M${f1(pts[0][0] * k)} ${f1(pts[0][1] * k)}`;
    for (let i = 1; i < pts.length; i++) {
      const [ax, ay] = pts[i - 1];
      const [bx, by] = pts[i];
      d += `L${f1(((ax + bx) / 2) * k)} ${f1(((ay + by) / 2) * k)}L${f1(bx * k)} ${f1(by * k)}`;
    }
    out.push(svg`<path class="route" part="route" data-key=${e.key} d=${d} marker-mid="url(#sw-am-arrow)" marker-end="url(#sw-am-arrow)"></path>`);
  }
  return out;
}

export function arrowDefs(): SVGTemplateResult {
  return svg`<defs><marker id="sw-am-arrow" class="arrow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"></path></marker></defs>`;
}

function shape(m: MarkerView): SVGTemplateResult {
  const r = f1(m.r);
  if (m.shape === 'incident') return svg`<path class="dot" d="M0 ${-r * 1.25}L${r * 1.25} 0L0 ${r * 1.25}L${-r * 1.25} 0z"></path>`;
  if (m.shape === 'cluster') {
    return svg`<circle class="dot halo" r=${r + 3}></circle><circle class="dot" r=${r}></circle><text class="count" dy="0.35em">${m.count}</text>`;
  }
  return svg`<circle class=${m.sized ? 'dot' : 'dot unsized'} r=${r}></circle>`;
}

export function markerLayer(markers: readonly MarkerView[], focusKey: string | undefined, fresh: (e: MapEntry) => boolean): SVGTemplateResult {
  const tabbable = markers.find((m) => focusKey && m.members.some((e) => e.key === focusKey))?.key ?? markers[0]?.key;
  return svg`${repeat(
    markers,
    (m) => m.key,
    (m) => svg`<g class=${`marker ${m.shape}${m.members.some(fresh) ? ' fresh' : ''}`} part="marker" role="button"
        tabindex=${m.key === tabbable ? 0 : -1} aria-label=${m.name} data-key=${m.key}
        transform=${`translate(${f1(m.x)} ${f1(m.y)})`}>
      <circle class="hit" r=${Math.max(m.r + 4, 14)}></circle>
      <circle class="ring" r=${f1(m.r + 6)}></circle>
      ${shape(m)}
    </g>`,
  )}`;
}

export function insetView(inset: InsetMap, entries: readonly MapEntry[], label: string, onClick: () => void): TemplateResult {
  const dots: [number, number][] = [];
  for (const e of entries) {
    const p = e.at && inset.project(e.at.lon, e.at.lat);
    if (p && p[0] >= 0 && p[0] <= 160 && p[1] >= 0 && p[1] <= 120) dots.push(p);
  }
  return html`<button type="button" class="inset" part="inset" aria-label=${label} @click=${onClick}>
    <svg viewBox="0 0 160 120" aria-hidden="true" focusable="false">
      ${inset.countries.map((c) => svg`<path class=${c.focus ? 'land focus' : 'land'} d=${c.d}></path>`)}
      ${dots.map(([x, y]) => svg`<circle class="dot" cx=${f1(x)} cy=${f1(y)} r="3"></circle>`)}
    </svg>
  </button>`;
}

export function legend(s: MapStrings, hasIncidents: boolean, hasRoutes: boolean): TemplateResult {
  const glyph = (body: SVGTemplateResult) => html`<svg class="glyph" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">${body}</svg>`;
  return html`<ul class="legend" part="legend">
    <li>${glyph(svg`<circle class="dot" r="6"></circle>`)}${s.legendAction}</li>
    ${hasIncidents ? html`<li>${glyph(svg`<path class="dot incident" d="M0 -8L8 0L0 8L-8 0z"></path>`)}${s.legendIncident}</li>` : nothing}
    <li>${glyph(svg`<circle class="dot" cx="-6" r="4"></circle><circle class="dot" cx="4" r="7"></circle>`)}${s.legendSize}</li>
    <li>${glyph(svg`<circle class="dot unsized" r="6"></circle>`)}${s.legendUnknown}</li>
    ${hasRoutes ? html`<li>${glyph(svg`<path class="route" d="M-10 0L8 0" marker-end="url(#sw-am-arrow)"></path>`)}${s.legendRoute}</li>` : nothing}
  </ul>`;
}

export function transformAttr(t: Transform): string {
  return `translate(${f1(t.x)} ${f1(t.y)}) scale(${t.k})`;
}
