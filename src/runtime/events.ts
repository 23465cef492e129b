import type { FeedProblem } from '../feed/validate.js';
import type { FeedErrorCode } from './errors.js';

export interface FeedLoadDetail {
  url?: string;
  items: number;
  wages: number;
  incidents: number;
  actions: number;
  /** Format the input was read as: `campaign`, `json-feed`, `rss`, `atom`, `timelinejs`, `geojson`. */
  format: string;
}

/** Fired when a feed has been read and the element shows it. Bubbles; not composed. */
export class FeedLoadEvent extends Event {
  static readonly eventName = 'feed-load';
  constructor(readonly detail: FeedLoadDetail) {
    super(FeedLoadEvent.eventName, { bubbles: true, composed: false });
  }
}

export interface FeedErrorDetail {
  /** The technical reason, for developers and logs (the element shows a short human message). */
  reason: string;
  url?: string;
  /**
   * What kind of failure: `unsafe-url` (src not http/https; nothing requested), `network`, `http`,
   * `timeout`, `too-large`, `syntax` (not valid JSON/XML), `format` (valid, but not a feed).
   */
  code?: FeedErrorCode;
}

/** Fired when the feed cannot be read at all; the element shows its error state. */
export class FeedErrorEvent extends Event {
  static readonly eventName = 'feed-error';
  constructor(readonly detail: FeedErrorDetail) {
    super(FeedErrorEvent.eventName, { bubbles: true, composed: false });
  }
}

export interface FeedWarningDetail {
  url?: string;
  /**
   * Records dropped or fields left out, each with its JSON path and what was done ("…; the record was
   * left out", "…; the field was left out, the record kept"). Paths of RSS/Atom/TimelineJS/GeoJSON
   * input point into the converted feed (`$.items[3]`) or the source (`$.events[2]`, `$.features[0]`).
   */
  problems: FeedProblem[];
}

/** Fired when some records of a feed were bad: the good ones are shown, the rest listed here. */
export class FeedWarningEvent extends Event {
  static readonly eventName = 'feed-warning';
  constructor(readonly detail: FeedWarningDetail) {
    super(FeedWarningEvent.eventName, { bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'feed-load': FeedLoadEvent;
    'feed-error': FeedErrorEvent;
    'feed-warning': FeedWarningEvent;
  }
}
