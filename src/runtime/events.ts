import type { FeedProblem } from '../feed/validate.js';

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
  /** Records dropped or fields ignored, each with its JSON path. */
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
