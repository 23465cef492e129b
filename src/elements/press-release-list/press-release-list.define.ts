import { PressReleaseList } from './press-release-list.js';

PressReleaseList.define();

declare global {
  interface HTMLElementTagNameMap {
    'press-release-list': PressReleaseList;
  }
}
