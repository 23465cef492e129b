// First: with the <script> builds, the whole world's paths are requested before the rest starts up.
import './world-view.early.js';
import { ActionMap } from './action-map.js';

ActionMap.define();

declare global {
  interface HTMLElementTagNameMap {
    'action-map': ActionMap;
  }
}
