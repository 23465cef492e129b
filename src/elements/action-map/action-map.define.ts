import { ActionMap } from './action-map.js';

ActionMap.define();

declare global {
  interface HTMLElementTagNameMap {
    'action-map': ActionMap;
  }
}
