import type { PartialDate } from '../../feed/types.js';
import type { EventKind, EventType } from './model.js';

export interface EventSelectDetail {
  /** The incident's or action's `id` in the feed. */
  id: string;
  /** `incident` or `action` (ids are unique only within each list). */
  type: EventType;
  kind: EventKind;
  /** The start date, with the precision the sources give. */
  date: PartialDate;
  end?: PartialDate;
}

/**
 * Fired when the reader selects an event: a click on it, Enter or Space on it, or (horizontal
 * layout, where selection follows focus) the arrow keys. Not fired for `highlight` or deep links,
 * which the page itself asked for. Bubbles; not composed.
 */
export class EventSelectEvent extends Event {
  static readonly eventName = 'event-select';
  constructor(readonly detail: EventSelectDetail) {
    super(EventSelectEvent.eventName, { bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'event-select': EventSelectEvent;
  }
}
