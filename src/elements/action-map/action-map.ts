import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { CampaignFeed, FeedItem } from '../../feed/types.js';
import { FeedElement } from '../../runtime/feed-element.js';
import { defineElement } from '../../runtime/define.js';
import { baseStyles } from '../../runtime/tokens.styles.js';
import { styles } from './action-map.styles.js';
import { strings, type MapStrings } from './action-map.strings.js';
import { countryName, loadCountryNames } from '../../runtime/countries.js';
import { panel, statusLine, toolbar } from './chrome.js';
import { mapKey, markerMove } from './keys.js';
import { filterEntries, groupByCountry, readEntries, type MapEntry } from './entries.js';
import type { BaseMap, InsetMap } from './projection.js';
import { loadEngine, loadGeoKit, loadWorldView, type Engine, type GeoKit } from './geometry.js';
import type { WorldView } from './world-view.js';
import type { Gestures } from './gestures.js';
import type { MarkerView, Positioned } from './markers.js';
import { Playback } from './playback.js';
import { ActionSelectEvent, fireSelect } from './action-map.events.js';

export { ActionSelectEvent };
import { tableView, type CountryGroup } from './table-view.js';
import { weekEnd, weeksBetween } from './time.js';
import type { Limits, Size, Transform } from './viewport.js';
import type { Cluster } from './cluster.js';

const MAX_ZOOM = 256;
/** How long markers wait for the world's paths once they could be drawn (then they show on the bare globe). */
const LAND_GRACE = 300;
const TABLE_PAGE = 100;

/** Memoises one value on the identity of its inputs. */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let value: R;
  return (...args: A) => {
    if (!last || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = fn(...args);
      last = args;
    }
    return value;
  };
}

/**
 * Solidarity actions around the world on an SVG map drawn in the browser: no tile server, no API key,
 * no cookies, no request to any other origin. Markers are sized by the number of people where the
 * feed gives it, close markers cluster, marches are drawn as routes with their direction, and a table
 * view lists the same actions by country and date.
 *
 * Keyboard: Tab reaches the map (arrow keys pan, `+`/`-` zoom, `0` resets) and then the markers (arrow
 * keys move between markers in reading order — north to south in bands, west to east within a band,
 * east to west on right-to-left pages; Home/End jump to the first/last; Enter or Space opens; Escape
 * closes the panel and returns to the marker). Activating a cluster zooms in until its members
 * separate; members on one spot are listed in the panel instead. The wheel zooms only with Ctrl or ⌘
 * held, so a page never traps scrolling; one finger scrolls the page, two fingers pinch and pan.
 *
 * The map engine and the world load lazily from the script's own origin, in parallel with the feed:
 * with ES modules as chunks beside the element's file; with the `<script>` builds from the `geo/`
 * folder beside the script (copy the release's `assets/` folder whole). The whole world is drawn from paths projected
 * when the library was built (`geo/world-view.json`), so it needs no projection library in the
 * browser. Markers and countries show together when the paths arrive within 0.3 s of the feed;
 * later paths find the markers already on the bare globe. A map framed with `region`, `bbox` or
 * `center`, and the inset, also load d3-geo and the world's TopoJSON (world-atlas countries-110m,
 * `geo/countries-110m.json`), which also draws the whole world if its paths are missing. If the
 * engine, or a framed map's geometry, cannot load, the table view is shown; if no geometry can
 * load, the markers stay on an empty globe, with a note.
 *
 * @tagname action-map
 * @summary Solidarity actions on a world map that needs no tile server, with a table view.
 *
 * @slot - Fallback content (e.g. a table of the actions) for readers without JavaScript and, with `print-fallback`, for print.
 * @slot empty - Replaces the message shown when the feed has no actions.
 *
 * @csspart controls - The toolbar: view switch, zoom buttons, play-through.
 * @csspart map - The map's SVG.
 * @csspart marker - Each marker (an SVG group with role button).
 * @csspart route - Each march route line.
 * @csspart panel - The popup panel of the open marker.
 * @csspart inset - The inset map button (with `inset`).
 * @csspart legend - The legend under the map.
 * @csspart status - The line that says how many actions are shown.
 * @csspart table - The table of the table view.
 * @csspart more - The "show more" button under a long table.
 * @csspart source-link - Links to source documents.
 *
 * @cssprop [--sw-map-land=color-mix(in srgb, var(--sw-color-text) 14%, var(--sw-color-surface))] - Fill of countries.
 * @cssprop [--sw-map-land-active=color-mix(in srgb, var(--sw-color-accent) 22%, var(--sw-map-land))] - Fill of countries with actions.
 * @cssprop [--sw-map-water=var(--sw-color-surface)] - Fill of the globe behind the countries.
 * @cssprop [--sw-map-border=var(--sw-color-surface)] - Country borders.
 * @cssprop [--sw-map-marker=var(--sw-color-accent)] - Fill of action markers and clusters.
 * @cssprop [--sw-map-incident=var(--sw-color-danger)] - Fill of incident markers (diamonds).
 * @cssprop [--sw-map-route=var(--sw-color-accent)] - March routes and their arrows.
 * @cssprop [--sw-map-aspect=2 / 1] - Width / height of the map (`4 / 3` when framed with `region`, `bbox` or `center`).
 * @cssprop [--sw-map-max-height=80vh] - Tallest the map may be.
 *
 * @fires {ActionSelectEvent} action-select - A reader opened a marker; `detail` has the record's `id` and `type` (`action` or `incident`).
 * @fires {FeedLoadEvent} feed-load - The feed was read.
 * @fires {FeedErrorEvent} feed-error - The feed could not be read.
 * @fires {FeedWarningEvent} feed-warning - Some records were dropped.
 */
export class ActionMap extends FeedElement {
  protected static override localeTables = [loadCountryNames];

  static override styles = [baseStyles, styles];

  static define(tag = 'action-map', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /** `map` or `table`; readers can switch with the toolbar. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';

  /** Frame one country (ISO 3166-1 alpha-2, e.g. `KH`). */
  @property() region?: string;

  /** Frame a box of degrees: `"west,south,east,north"`, e.g. `"102,10,108,15"`. */
  @property() bbox?: string;

  /** Centre of the map as `"lon,lat"`, used with `zoom`. */
  @property() center?: string;

  /** Zoom factor with `center` (1 shows the whole world). */
  @property({ type: Number }) zoom?: number;

  /** Show a small inset map of one country (ISO alpha-2); activating it zooms the map there. */
  @property() inset?: string;

  /** Show only actions on or after this date (`2014`, `2014-01` or `2014-01-03`). */
  @property() from?: string;

  /** Show only actions on or before this date. */
  @property() to?: string;

  /**
   * Play the actions through week by week, with a play/pause button and a week slider. Starts by
   * itself unless the reader asks for reduced motion (then only the slider steps through the weeks).
   * (The property is `playThrough`: `animate` is a method every element already has.)
   */
  @property({ type: Boolean, reflect: true, attribute: 'animate' }) playThrough = false;

  /** Also show the campaign's incidents that have a place (as diamonds). */
  @property({ type: Boolean, reflect: true, attribute: 'include-incidents' }) includeIncidents = false;

  @state() private mapEngine?: Engine;
  @state() private engineFailed = false;
  @state() private worldView?: WorldView;
  @state() private viewFailed = false;
  @state() private geoKit?: GeoKit;
  @state() private geoFailed = false;
  @state() private size: Size = { w: 640, h: 320 };
  /** The stage has been measured: markers are laid out for the real size, never for a guess. */
  @state() private measured = false;
  @state() private t: Transform = { k: 1, x: 0, y: 0 };
  @state() private openKey?: string;
  @state() private listKeys?: string[];
  @state() private focusKey?: string;
  @state() private tableLimit = TABLE_PAGE;
  @state() private hint = false;

  private playback = new Playback(this);
  private gestures?: Gestures;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private resizeTimer?: ReturnType<typeof setTimeout>;
  private frameKey = '';
  private focusPanel = false;
  private focusMarker = false;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private autoplayed = false;
  private visible: MarkerView[] = [];

  private entriesOf = memo((feed: CampaignFeed, incidents: boolean) => readEntries(feed, incidents));
  private filtered = memo((all: MapEntry[], from?: string, to?: string) => filterEntries(all, from, to));
  private itemsOf = memo((feed: CampaignFeed) => new Map<string, FeedItem>(feed.items.map((i) => [i.id, i])));
  private groupsOf = memo((entries: MapEntry[], locale: string) => groupByCountry(entries, locale === 'km' ? 'km' : 'en'));
  private weeksOf = memo((entries: MapEntry[]) => {
    if (entries.length === 0) return [] as string[];
    let first = entries[0].span[0];
    let last = first;
    for (const e of entries) {
      if (e.span[0] < first) first = e.span[0];
      if (e.span[0] > last) last = e.span[0];
    }
    return weeksBetween(first, last);
  });
  private worldBaseOf = memo((e: Engine, w: number, h: number, view?: WorldView) => e.worldBase({ w, h }, view));
  private framedBaseOf = memo((e: Engine, kit: GeoKit, w: number, h: number, region?: string, bbox?: string, center?: string) => {
    const { geo, world } = kit;
    return geo.buildBaseMap(world, { w, h }, geo.centreLongitude(world, { region, bbox: e.parseBbox(bbox), center: e.parseCenter(center) }));
  });
  private insetOf = memo((kit: GeoKit, code: string): InsetMap | undefined => kit.geo.buildInset(kit.world, code, { w: 160, h: 120 }));
  private positioned = memo((e: Engine, base: BaseMap, entries: MapEntry[]) => e.positionEntries(entries, (lon, lat) => base.project(lon, lat)));
  private clustered = memo((e: Engine, points: Positioned[], k: number): Cluster[] => e.clustersFor(points, k));
  /** Alpha-2 codes of the countries with an action shown (the map's countries carry them as ids). */
  private activeCountries = memo((entries: MapEntry[]) => {
    const ids = new Set<string>();
    for (const e of entries) if (e.country) ids.add(e.country.trim().toUpperCase());
    return ids;
  });

  protected override isEmpty(feed: CampaignFeed): boolean {
    return this.entriesOf(feed, this.includeIncidents).length === 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view !== 'table') this.loadKit();
    // Moved in the page: observe the stage's size again (updated() does it).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    clearTimeout(this.resizeTimer);
    clearTimeout(this.hintTimer);
    clearTimeout(this.landGrace);
    this.landGrace = undefined;
  }

  /** Framed on a country, a box or a centre: drawn with d3-geo from the TopoJSON (else from the pre-projected world). */
  private get framed(): boolean {
    return !!(this.region || this.bbox || this.center);
  }

  /** Starts loading what the map needs now, all at once (and so in parallel with the feed). */
  private loadKit(): void {
    if (!this.mapEngine && !this.pending.has('engine')) {
      this.track('engine', loadEngine(), (e) => {
        this.mapEngine = e;
        this.engineFailed = false;
        this.gestures = new e.Gestures({
          panBy: (dx, dy) => this.setTransform(e.panBy(this.t, dx, dy, this.size, this.limits())),
          zoomAt: (f, x, y) => this.setTransform(e.zoomAround(this.t, f, x, y, this.size, this.limits())),
          wheelWithoutModifier: () => this.showHint(),
          gestureStart: () => this.playback.pause(),
        });
      }, () => (this.engineFailed = true));
    }
    if (this.framed) this.loadGeo();
    else if (!this.worldView && !this.pending.has('view')) {
      this.track('view', loadWorldView(), (v) => {
        this.worldView = v;
        this.viewFailed = false;
        // The inset needs the geometry too, but only once the world is on screen.
        if (this.inset) this.loadGeo();
      }, () => {
        // Without the world's paths (a host that copied only geo/countries-110m.json), draw it from the geometry.
        this.viewFailed = true;
        this.loadGeo();
      });
    } else if (this.viewFailed || (this.inset && this.worldView)) this.loadGeo();
  }

  private loadGeo(): void {
    if (this.geoKit || this.pending.has('geo')) return;
    this.track('geo', loadGeoKit(), (kit) => {
      this.geoKit = kit;
      this.geoFailed = false;
    }, () => (this.geoFailed = true));
  }

  private pending = new Set<string>();
  private track<T>(what: string, load: Promise<T>, ok: (value: T) => void, failed: () => void): void {
    this.pending.add(what);
    load.then(ok, failed).finally(() => this.pending.delete(what));
  }

  /**
   * The world's paths are on their way and the markers have not waited `LAND_GRACE` for them yet:
   * drawn together, the map is laid out and painted once, not twice.
   */
  private get waitingForLand(): boolean {
    return !this.framed && !this.worldView && !this.viewFailed && this.pending.has('view') && !this.landGraceOver;
  }
  @state() private landGraceOver = false;
  private landGrace?: ReturnType<typeof setTimeout>;

  /** Everything the current frame needs to draw markers has arrived (the world's paths may follow). */
  private get canDraw(): boolean {
    return !!this.mapEngine && this.measured && (!this.framed || !!this.geoKit);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate?.(changed);
    if (this.view !== 'table' && ['view', 'region', 'bbox', 'center', 'inset'].some((p) => changed.has(p))) this.loadKit();
    if (changed.has('from') || changed.has('to') || changed.has('includeIncidents') || changed.has('feed') || changed.has('src')) {
      this.tableLimit = TABLE_PAGE;
      this.closePanel(false);
    }
    if (this.canDraw) {
      // A new frame (size, region, box, centre) starts from the view the attributes ask for.
      const frameKey = `${this.size.w}x${this.size.h}|${this.region}|${this.bbox}|${this.center}|${this.zoom}`;
      if (frameKey !== this.frameKey) {
        this.frameKey = frameKey;
        this.t = this.initialTransform(this.currentBase());
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The skeleton has the stage's box: measured while the feed loads, the map can draw as soon as it arrives.
    const stage = this.renderRoot.querySelector('.stage, .map-skeleton');
    if (stage !== this.observed) {
      this.resizeObserver?.disconnect();
      this.observed = stage ?? undefined;
      if (stage) {
        // Applied in a later task: changing layout inside the observer's callback would make the
        // browser report a "ResizeObserver loop" error on the partner's page. (Not a frame callback:
        // those never run in a background tab, and the map would wait there for ever.)
        this.resizeObserver ??= new ResizeObserver((entries) => {
          const rect = entries[0].contentRect;
          clearTimeout(this.resizeTimer);
          this.resizeTimer = setTimeout(() => this.onResize(rect));
        });
        this.resizeObserver.observe(stage);
        // Read at once too (a page in a background tab delivers no observations until it is shown),
        // unless the skeleton's size is known: then the observer corrects it if the stage differs,
        // and drawing the map forces no layout.
        if (!this.measured) this.onResize(stage.getBoundingClientRect());
      }
    }
    if (this.canDraw && this.waitingForLand && this.landGrace === undefined && this.viewState === 'ready' && this.view !== 'table') {
      this.landGrace = setTimeout(() => (this.landGraceOver = true), LAND_GRACE);
    }
    if (this.focusMarker) {
      this.focusMarker = false;
      const m = this.renderRoot.querySelector<SVGGElement>('.marker[tabindex="0"]');
      m?.focus();
    }
    if (this.focusPanel) {
      this.focusPanel = false;
      this.renderRoot.querySelector<HTMLElement>('.panel h3')?.focus();
    }
  }

  private onResize(rect: DOMRectReadOnly): void {
    const w = Math.round(rect.width);
    const h = Math.round(rect.height);
    if (w > 0 && h > 0 && (!this.measured || Math.abs(w - this.size.w) > 1 || Math.abs(h - this.size.h) > 1)) {
      this.size = { w, h };
      this.measured = true;
    }
  }

  private limits(base?: BaseMap): Limits {
    const b = base ?? (this.canDraw ? this.currentBase() : undefined);
    return { minK: 1, maxK: MAX_ZOOM, content: b?.content ?? [[0, 0], [this.size.w, this.size.h]] };
  }

  /** The lazily loaded map engine (only called once `canDraw`). */
  private get engine(): Engine {
    return this.mapEngine!;
  }

  private currentBase(): BaseMap {
    const { w, h } = this.size;
    if (this.framed) return this.framedBaseOf(this.engine, this.geoKit!, w, h, this.region, this.bbox, this.center);
    // The same projection and fit either way: markers and zoom stay where they are when the land arrives.
    if (!this.worldView && this.viewFailed && this.geoKit) return this.geoWorldBaseOf(this.geoKit, w, h);
    return this.worldBaseOf(this.engine, w, h, this.worldView);
  }

  /** The view the attributes ask for: a country, a box, a centre and zoom, or the whole world. */
  private initialTransform(base: BaseMap): Transform {
    const limits = this.limits(base);
    const box = this.region ? base.countryBox(this.region) : undefined;
    if (box) return this.engine.fitBox(box, this.size, limits);
    const bb = this.engine.parseBbox(this.bbox);
    if (bb) return this.engine.fitBox(base.lonLatBox(...bb), this.size, limits);
    const c = this.engine.parseCenter(this.center);
    const p = c && base.project(c[0], c[1]);
    const k = Number.isFinite(this.zoom) && this.zoom! > 0 ? this.zoom! : 1;
    if (p) return this.engine.centreOn(p[0], p[1], k, this.size, limits);
    const [[x0, y0], [x1, y1]] = limits.content;
    return this.engine.centreOn((x0 + x1) / 2, (y0 + y1) / 2, k, this.size, limits);
  }

  private setTransform(t: Transform): void {
    if (t.k !== this.t.k || t.x !== this.t.x || t.y !== this.t.y) this.t = t;
  }

  private showHint(): void {
    this.hint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this.hint = false), 1800);
  }

  private zoomBy(factor: number): void {
    this.setTransform(this.engine.zoomAround(this.t, factor, this.size.w / 2, this.size.h / 2, this.size, this.limits()));
  }

  private resetView(): void {
    if (this.canDraw) this.setTransform(this.initialTransform(this.currentBase()));
  }

  private get strings(): MapStrings {
    return strings(this.locale);
  }

  // ---- markers: keyboard, activation, panel ----

  private markerAt(target: EventTarget | null): MarkerView | undefined {
    const g = (target as Element | null)?.closest?.('[data-key]');
    const key = g?.getAttribute('data-key');
    return key ? this.visible.find((m) => m.key === key) : undefined;
  }

  private onOverlayClick = (e: MouseEvent): void => {
    if (this.gestures?.consumeDrag()) return;
    const m = this.markerAt(e.target);
    if (m) this.activate(m);
  };

  private activate(m: MarkerView): void {
    this.playback.pause();
    this.focusKey = m.members[0].key;
    if (m.members.length === 1) {
      this.openEntry(m.members[0]);
      return;
    }
    const box = this.engine.boxOf(m.members.map((e) => this.positionOf(e)).filter((p): p is { x: number; y: number } => !!p));
    if (!m.samePlace && box && this.t.k < MAX_ZOOM) {
      // Zoom until the members separate: at least double, at most what fits their box.
      const limits = this.limits();
      const fit = this.engine.fitBox(box, this.size, limits, 48);
      const k = Math.min(MAX_ZOOM, Math.max(this.t.k * 2, fit.k));
      const cx = (box[0][0] + box[1][0]) / 2;
      const cy = (box[0][1] + box[1][1]) / 2;
      this.setTransform(this.engine.centreOn(cx, cy, k, this.size, limits));
      this.focusMarker = true;
      return;
    }
    // Members on one spot can never separate: list them in the panel.
    this.openKey = undefined;
    this.listKeys = m.members.map((e) => e.key);
    this.focusPanel = true;
  }

  private positionOf(e: MapEntry): { x: number; y: number } | undefined {
    if (!this.canDraw || !e.at) return undefined;
    const p = this.currentBase().project(e.at.lon, e.at.lat);
    return p ? { x: p[0], y: p[1] } : undefined;
  }

  private openEntry(e: MapEntry): void {
    this.openKey = e.key;
    this.focusPanel = true;
    fireSelect(this, { id: e.record.id, type: e.type });
  }

  private closePanel(refocus = true): void {
    if (!this.openKey && !this.listKeys) return;
    this.openKey = undefined;
    this.listKeys = undefined;
    if (refocus) this.focusMarker = true;
  }

  private onMarkerKey = (e: KeyboardEvent): void => {
    const m = this.markerAt(e.target);
    if (!m) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.activate(m);
      return;
    }
    if (e.key === 'Escape' && (this.openKey || this.listKeys)) {
      e.preventDefault();
      this.closePanel();
      return;
    }
    const to = markerMove(e.key, this.visible.indexOf(m), this.visible.length, getComputedStyle(this).direction === 'rtl');
    if (to === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const next = this.visible[to];
    if (next && next !== m) {
      this.focusKey = next.members[0].key;
      this.focusMarker = true;
    }
  };

  private onMapKey = (e: KeyboardEvent): void => {
    const onMap = e.target === e.currentTarget;
    const act = mapKey(e.key, onMap, this.size);
    if (act) {
      e.preventDefault();
      if ('pan' in act) this.setTransform(this.engine.panBy(this.t, act.pan[0], act.pan[1], this.size, this.limits()));
      else if ('zoom' in act) {
        this.zoomBy(act.zoom);
        // Zooming from a marker keeps the focus on the marker that holds it now.
        if (!onMap) this.focusMarker = true;
      } else this.resetView();
    } else if (e.key === 'Escape' && (this.openKey || this.listKeys)) {
      this.closePanel();
    }
  };

  private onPanelKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.closePanel();
    }
  };

  // ---- rendering ----

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton map-skeleton"></div>`;
  }

  protected override renderReady(feed: CampaignFeed): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const all = this.entriesOf(feed, this.includeIncidents);
    let entries = this.filtered(all, this.from, this.to);
    const weeks = this.playThrough ? this.weeksOf(entries) : [];
    let week: string | undefined;
    if (this.playThrough && weeks.length) {
      this.playback.setSteps(weeks.length);
      if (!this.autoplayed) {
        this.autoplayed = true;
        if (Playback.reducedMotion()) this.playback.step = weeks.length - 1;
        else queueMicrotask(() => this.playback.play());
      }
      week = weeks[this.playback.step];
      if (!this.playback.atEnd) {
        const end = weekEnd(week);
        entries = entries.filter((e) => e.span[0] <= end);
      }
    }
    const items = this.itemsOf(feed);
    const table = this.view === 'table';
    const pb = this.playback;
    return html`
      ${toolbar(
        {
          table, zoomable: this.canDraw, canZoomIn: this.t.k < MAX_ZOOM, canZoomOut: this.t.k > 1,
          weeks: this.playThrough ? weeks : [], step: pb.step, playing: pb.playing, reducedMotion: Playback.reducedMotion(),
        },
        this.toolbarHandlers, s, locale,
      )}
      ${table ? this.renderTable(entries, items) : this.renderMap(entries, items, week)}
      ${statusLine(entries, { table, withIncidents: this.includeIncidents, from: this.from, to: this.to, quiet: pb.playing, rows: table ? Math.min(this.tableLimit, entries.length) : undefined }, s, locale)}`;
  }

  private toolbarHandlers = {
    view: (v: 'map' | 'table') => (this.view = v),
    zoom: (f: number) => this.zoomBy(f),
    reset: () => this.resetView(),
    togglePlay: () => (this.playback.playing ? this.playback.pause() : this.playback.play()),
    seek: (step: number) => this.playback.seek(step),
  };

  private panelHandlers = {
    close: () => this.closePanel(),
    open: (e: MapEntry) => {
      this.listKeys = undefined;
      this.openEntry(e);
    },
    keydown: (e: KeyboardEvent) => this.onPanelKey(e),
  };

  private renderPanel(entries: MapEntry[], items: Map<string, FeedItem>): TemplateResult | typeof nothing {
    if (!this.openKey && !this.listKeys) return nothing;
    const byKey = this.byKey(entries);
    const list = this.listKeys?.map((k) => byKey.get(k)).filter((e): e is MapEntry => !!e);
    return panel(this.openKey ? byKey.get(this.openKey) : undefined, list, items, this.panelHandlers, this.strings, this.locale);
  }

  private geoWorldBaseOf = memo((kit: GeoKit, w: number, h: number) => kit.geo.buildBaseMap(kit.world, { w, h }, 0));

  private byKey = memo((entries: MapEntry[]) => new Map(entries.map((e) => [e.key, e])));

  private renderTable(entries: MapEntry[], items: Map<string, FeedItem>): TemplateResult {
    const groups: CountryGroup[] = this.groupsOf(entries, this.locale);
    return html`<div class="table-wrap">${tableView(groups, items, this.strings, this.locale, this.tableLimit, () => (this.tableLimit += TABLE_PAGE))}</div>`;
  }

  private renderMap(entries: MapEntry[], items: Map<string, FeedItem>, week: string | undefined): TemplateResult {
    const s = this.strings;
    if (this.engineFailed || (this.framed && this.geoFailed)) return html`<p class="map-error" role="alert">${s.mapError}</p>${this.renderTable(entries, items)}`;
    if (!this.canDraw || this.waitingForLand) {
      return html`<div class="stage"><div class="loading-map" role="status">${s.loadingMap}</div></div>`;
    }
    const base = this.currentBase();
    const t = this.t;
    const points = this.positioned(this.engine, base, entries);
    const clusters = this.clustered(this.engine, points, t.k);
    const maxP = points.reduce((m, p) => Math.max(m, p.entry.participants ?? 0), 0);
    this.visible = this.engine.visibleMarkers({
      points, clusters, t, size: this.size, locale: this.locale, strings: s,
      rtl: getComputedStyle(this).direction === 'rtl', maxParticipants: maxP,
    });
    const weekStart = week && !this.playback.atEnd ? week : undefined;
    const fresh = (e: MapEntry) => !!weekStart && e.span[0] >= weekStart;
    const active = this.activeCountries(entries);
    const inset = this.inset && this.geoKit ? this.insetOf(this.geoKit, this.inset.toUpperCase()) : undefined;
    const g = this.gestures!;
    return html`${!this.framed && this.viewFailed && this.geoFailed ? html`<p class="map-error" role="alert">${s.landError}</p>` : nothing}<div class="stage">
        <svg class="map" part="map" viewBox="0 0 ${this.size.w} ${this.size.h}" role="group" tabindex="0"
          aria-label=${s.mapLabel} aria-describedby="help"
          @keydown=${this.onMapKey} @pointerdown=${g.down} @pointermove=${g.move}
          @pointerup=${g.up} @pointercancel=${g.up}
          @wheel=${{ handleEvent: g.wheel, passive: false }}>
          ${this.engine.arrowDefs()}
          <g class="world" aria-hidden="true" transform=${this.engine.transformAttr(t)}>${guard([base, active], () => this.engine.worldLayer(base, active))}</g>
          <g class="overlay" transform="translate(${Math.round(t.x * 10) / 10} ${Math.round(t.y * 10) / 10})"
            @click=${this.onOverlayClick} @keydown=${this.onMarkerKey}>
            <g class="routes" aria-hidden="true">${this.engine.routeLayer(entries, base, t.k)}</g>
            <g class="markers" role="group" aria-label=${s.markers}>${this.engine.markerLayer(this.visible, this.focusKey, fresh)}</g>
          </g>
        </svg>
        ${inset ? this.engine.insetView(inset, entries, s.insetLabel(countryName(this.inset, this.locale)), () => this.zoomToCountry(this.inset!)) : nothing}
        <p class="hint" aria-hidden="true" ?hidden=${!this.hint}>${s.wheelHint}</p>
        ${this.renderPanel(entries, items)}
      </div>
      <p id="help" class="visually-hidden">${s.mapHelp}</p>
      ${this.engine.legend(s, this.includeIncidents && entries.some((e) => e.type === 'incident'), entries.some((e) => e.route))}`;
  }

  private zoomToCountry(code: string): void {
    if (!this.canDraw) return;
    // The pre-projected world has no countries' bounds: the geometry's own base map (same projection and fit) has.
    const base = this.framed || !this.geoKit ? this.currentBase() : this.geoWorldBaseOf(this.geoKit, this.size.w, this.size.h);
    const box = base.countryBox(code);
    if (box) this.setTransform(this.engine.fitBox(box, this.size, this.limits()));
  }


}
