export interface ActionSelectDetail {
  /** The record's `id` in the feed. */
  id: string;
  type: 'action' | 'incident';
}

/** Fired when a reader opens an action (or incident) on the map. Bubbles; not composed. */
export class ActionSelectEvent extends Event {
  static readonly eventName = 'action-select';
  constructor(readonly detail: ActionSelectDetail) {
    super(ActionSelectEvent.eventName, { bubbles: true, composed: false });
  }
}

/** Dispatches `action-select` from `host` (documented on the element with `@fires`). */
export function fireSelect(host: HTMLElement, detail: ActionSelectDetail): void {
  host.dispatchEvent(new ActionSelectEvent(detail));
}

declare global {
  interface HTMLElementEventMap {
    'action-select': ActionSelectEvent;
  }
}
