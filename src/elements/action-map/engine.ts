/**
 * The map engine: everything needed only once a map is drawn, loaded lazily by `geometry.ts` so the
 * element's entry holds just its shell, the table view and the panel. Zoom/pan math, the default
 * world view's projection (no d3-geo), clustering, marker layout, SVG templates and pointer gestures.
 * d3-geo and TopoJSON (projection.ts) load only for a map framed on a country, a box or a centre, and
 * for the inset. Entry modules import these files as types only.
 */
export * from './viewport.js';
export * from './markers.js';
export * from './map-view.js';
export { worldBase } from './world-base.js';
export { Gestures } from './gestures.js';

// Here, not in a module of its own: projection.ts imports it, and a module both lazy chunks import
// would become a third chunk, fetched only after the engine arrives.
/** ISO 3166-1 alpha-2 → numeric, for the 174 countries with an id in world-atlas countries-110m. */
const CODES = 'AF4 AL8 AQ10 DZ12 AO24 AZ31 AR32 AU36 AT40 BS44 BD50 AM51 BE56 BT64 BO68 BA70 BW72 BR76 BZ84 SB90 BN96 BG100 MM104 BI108 BY112 KH116 CM120 CA124 CF140 LK144 TD148 CL152 CN156 TW158 CO170 CG178 CD180 CR188 HR191 CU192 CY196 CZ203 BJ204 DK208 DO214 EC218 SV222 GQ226 ET231 ER232 EE233 FK238 FJ242 FI246 FR250 TF260 DJ262 GA266 GE268 GM270 PS275 DE276 GH288 GR300 GL304 GT320 GN324 GY328 HT332 HN340 HU348 IS352 IN356 ID360 IR364 IQ368 IE372 IL376 IT380 CI384 JM388 JP392 KZ398 JO400 KE404 KP408 KR410 KW414 KG417 LA418 LB422 LS426 LV428 LR430 LY434 LT440 LU442 MG450 MW454 MY458 ML466 MR478 MX484 MN496 MD498 ME499 MA504 MZ508 OM512 NA516 NP524 NL528 NC540 VU548 NZ554 NI558 NE562 NG566 NO578 PK586 PA591 PG598 PY600 PE604 PH608 PL616 PT620 GW624 TL626 PR630 QA634 RO642 RU643 RW646 SA682 SN686 RS688 SL694 SK703 VN704 SI705 SO706 ZA710 ZW716 ES724 SS728 SD729 EH732 SR740 SZ748 SE752 CH756 SY760 TJ762 TH764 TG768 TT780 AE784 TN788 TR792 TM795 UG800 UA804 MK807 EG818 GB826 TZ834 US840 BF854 UY858 UZ860 VE862 YE887 ZM894';

let numericByAlpha: Map<string, string> | undefined;
/** `KH` → `116` (world-atlas ids are ISO numeric codes without leading zeros). */
export function numericCode(alpha2: string): string | undefined {
  numericByAlpha ??= new Map(CODES.split(' ').map((c) => [c.slice(0, 2), c.slice(2).padStart(3, '0')]));
  return numericByAlpha.get(alpha2.trim().toUpperCase());
}
