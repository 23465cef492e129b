import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { WageRole } from '../../feed/types.js';
import { dateText } from './format-cache.js';
import type { Locale } from '../../runtime/i18n.js';
import { MARKER_PATH, MARKER_SHAPE, RADIAL, SPARK, fixed, percentOf, radialArc, radialPoint, sparkline } from './geometry.js';
import type { Figure, GaugeModel, HistoryModel } from './model.js';
import { formatMoney, formatPercent } from './money.js';
import type { GaugeStrings } from './wage-gap-gauge.strings.js';

/*
 * The drawings. Every size and position is an SVG attribute (x, width, d, transform) — never a style
 * attribute, which a strict Content-Security-Policy blocks. The SVGs are decorative (aria-hidden): the
 * meter's values, the legend and the hidden table carry the same facts as text.
 */

const hatch = svg`<defs>
  <pattern id="gap-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="hatch-bg" width="6" height="6"></rect>
    <line class="hatch-line" x1="1" y1="0" x2="1" y2="6" stroke-width="2"></line>
  </pattern>
</defs>`;

function marker(role: WageRole): SVGTemplateResult {
  return svg`<path class="marker marker-${role}" data-role=${role} data-shape=${MARKER_SHAPE[role]} d=${MARKER_PATH[role]}></path>`;
}

/** The role's marker on its own, for the legend beside its label. */
export function markerKey(role: WageRole): TemplateResult {
  return html`<svg class="key" viewBox="-10 -10 20 20" width="20" height="20" aria-hidden="true" focusable="false">${marker(role)}</svg>`;
}

/** Markers drawn largest shape first, so a figure equal to another never hides it completely. */
const DRAW_ORDER: WageRole[] = ['living', 'demand', 'offer', 'minimum'];

function drawOrder(figures: readonly Figure[]): Figure[] {
  return [...figures].sort((a, b) => DRAW_ORDER.indexOf(a.role) - DRAW_ORDER.indexOf(b.role));
}

/** The horizontal scale: track, fill up to the minimum, hatched gap up to the target, one marker per role. */
export function barScale(m: GaugeModel, pending: boolean, locale: Locale): TemplateResult {
  const minPct = m.minimum ? percentOf(m.minimum.amount, m.max) : 0;
  const tgtPct = m.target ? percentOf(m.target.amount, m.max) : minPct;
  const gap = m.minimum && m.target && tgtPct > minPct;
  return html`<svg class="scale bar ${pending ? 'pending' : ''}" part="scale" width="100%" height="60" overflow="visible"
    aria-hidden="true" focusable="false">
    ${hatch}
    <rect class="track" x="0" y="16" width="100%" height="18" rx="3"></rect>
    ${m.minimum ? svg`<rect class="fill" x="0" y="16" width="${fixed(minPct)}%" height="18" rx="3"></rect>` : nothing}
    ${gap ? svg`<rect class="gap" x="${fixed(minPct)}%" y="16" width="${fixed(tgtPct - minPct)}%" height="18" fill="url(#gap-hatch)"></rect>` : nothing}
    ${repeat(
      drawOrder(m.figures),
      (f) => f.role,
      (f) => svg`<svg class="at" x="${fixed(percentOf(f.amount, m.max))}%" y="25" overflow="visible">${marker(f.role)}</svg>`,
    )}
    <text class="tick" x="0" y="56">${formatMoney(0, m.currency, locale)}</text>
    <text class="tick" x="100%" y="56" text-anchor="end">${formatMoney(m.max, m.currency, locale)}</text>
  </svg>`;
}

/** The half-circle variant: the same parts on an arc, the percentage in the middle. */
export function radialScale(m: GaugeModel, pending: boolean, locale: Locale): TemplateResult {
  const t = (f?: Figure) => (f ? percentOf(f.amount, m.max) / 100 : 0);
  const tMin = t(m.minimum);
  const tTgt = m.target ? t(m.target) : tMin;
  const r = RADIAL.r;
  const end = radialPoint(1);
  const start = radialPoint(0);
  return html`<svg class="scale radial ${pending ? 'pending' : ''}" part="scale" viewBox="0 0 ${RADIAL.width} ${RADIAL.height + 14}"
    overflow="visible" aria-hidden="true" focusable="false">
    ${hatch}
    <path class="track-arc" d=${radialArc(0, 1, r)} stroke-width="20" fill="none"></path>
    ${m.minimum && tMin > 0
      ? svg`<path class="fill-arc" d=${radialArc(0, tMin, r)} stroke-width="20" fill="none" pathLength="1" stroke-dasharray="1 1"></path>`
      : nothing}
    ${m.minimum && m.target && tTgt > tMin
      ? svg`<path class="gap-arc" d=${radialArc(tMin, tTgt, r)} stroke-width="20" fill="none" stroke="url(#gap-hatch)"></path>`
      : nothing}
    ${repeat(
      drawOrder(m.figures),
      (f) => f.role,
      (f) => {
        const p = radialPoint(t(f), r);
        return svg`<g class="at" transform="translate(${fixed(p.x)} ${fixed(p.y)})">${marker(f.role)}</g>`;
      },
    )}
    ${m.ratio !== undefined
      ? svg`<text class="centre" x=${RADIAL.cx} y=${RADIAL.cy - 14} text-anchor="middle">${formatPercent(m.ratio, locale)}</text>`
      : nothing}
    <text class="tick" x=${fixed(start.x - 10)} y=${RADIAL.cy + 24}>${formatMoney(0, m.currency, locale)}</text>
    <text class="tick" x=${fixed(end.x + 10)} y=${RADIAL.cy + 24} text-anchor="end">${formatMoney(m.max, m.currency, locale)}</text>
  </svg>`;
}

/** The minimum wage over time as a step line, with the target as a dashed level. */
export function historyView(h: HistoryModel, s: GaugeStrings, locale: Locale, currencyNote?: string): TemplateResult {
  const line = sparkline(h.points, h.target?.amount);
  const first = h.points[0];
  const last = h.points[h.points.length - 1];
  const money = (n: number) => formatMoney(n, h.currency, locale);
  const date = (d: string) => dateText(d, locale, { month: 'short' });
  const label = s.historyLabel(money(first.amount), date(first.date), money(last.amount), date(last.date));
  return html`<figure class="history" part="history">
    <figcaption class="history-heading">${s.historyHeading}</figcaption>
    <svg class="spark" role="img" aria-label=${label} width="100%" height=${SPARK.height} overflow="visible">
      <svg viewBox="0 0 ${SPARK.width} ${SPARK.height}" preserveAspectRatio="none" width="100%" height=${SPARK.height}>
        ${line.targetYPct !== undefined
          ? svg`<line class="spark-target" x1="0" x2=${SPARK.width} y1=${fixed(line.targetYPct)} y2=${fixed(line.targetYPct)}
              vector-effect="non-scaling-stroke"></line>`
          : nothing}
        <path class="spark-line" d=${line.path} fill="none" vector-effect="non-scaling-stroke"></path>
      </svg>
      ${line.points.map((p) => svg`<svg class="at" x="${fixed(p.xPct)}%" y="${fixed(p.yPct)}%" overflow="visible">
        <path class="spark-point" d="M-3.5,-3.5H3.5V3.5H-3.5Z"></path></svg>`)}
      ${h.target && line.targetYPct !== undefined
        ? svg`<text class="tick" x="100%" y="${fixed(Math.max(0, line.targetYPct - 4))}%" text-anchor="end">${s.role[h.target.role]}: ${money(h.target.amount)}</text>`
        : nothing}
    </svg>
    <div class="spark-axis" aria-hidden="true"><span>${date(first.date)} · ${money(first.amount)}</span><span>${date(last.date)} · ${money(last.amount)}</span></div>
    ${currencyNote ? html`<p class="history-note">${currencyNote}</p>` : nothing}
    <div class="visually-hidden"><table>
      <caption>${s.historyHeading}</caption>
      <thead><tr><th scope="col">${s.colDate}</th><th scope="col">${s.role.minimum}</th></tr></thead>
      <tbody>${h.points.map((p) => html`<tr><th scope="row">${dateText(p.date, locale)}</th><td>${money(p.amount)}</td></tr>`)}</tbody>
    </table></div>
  </figure>`;
}
