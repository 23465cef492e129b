/**
 * What the panels ask the app to do. One event type, bubbling to `<studio-app>`, which owns the
 * project, saves it and talks to the build worker; panels only render and ask.
 */
import type { InputDocument } from '../builder/build.js';
import type { Decisions } from './decisions.js';
import type { DocEdits } from './doc-meta.js';
import type { Intake } from './intake.js';
import type { FeedSettings } from './protocol.js';

export type StudioAction =
  | { type: 'add-files'; intake: Intake }
  | { type: 'add-document'; doc: InputDocument }
  | { type: 'remove-document'; file: string }
  | { type: 'doc-meta'; file: string; edits: DocEdits }
  | { type: 'settings'; settings: FeedSettings }
  | { type: 'decisions'; decisions: Decisions; announce?: string }
  | { type: 'clear' }
  | { type: 'ui'; patch: Record<string, unknown> }
  | { type: 'tab'; tab: string };

export class StudioActionEvent extends Event {
  static readonly type = 'studio-action';
  constructor(readonly action: StudioAction) {
    super(StudioActionEvent.type, { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'studio-action': StudioActionEvent;
  }
}
