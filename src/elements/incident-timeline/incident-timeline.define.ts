import { IncidentTimeline } from './incident-timeline.js';

IncidentTimeline.define();

declare global {
  interface HTMLElementTagNameMap {
    'incident-timeline': IncidentTimeline;
  }
}
