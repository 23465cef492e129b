/** Registers the studio's elements (internal to the studio page; not part of the library). */
import { defineElement } from '../runtime/define.js';
import { StudioBuildPanel } from './build-panel.js';
import { StudioEmbedPanel } from './embed-panel.js';
import { StudioPreviewPanel } from './preview-panel.js';
import { StudioReviewPanel } from './review-panel.js';
import { StudioApp } from './studio-app.js';

export function defineStudio(): void {
  defineElement('studio-build-panel', StudioBuildPanel);
  defineElement('studio-review-panel', StudioReviewPanel);
  defineElement('studio-preview-panel', StudioPreviewPanel);
  defineElement('studio-embed-panel', StudioEmbedPanel);
  defineElement('studio-app', StudioApp);
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
    'studio-build-panel': StudioBuildPanel;
    'studio-review-panel': StudioReviewPanel;
    'studio-preview-panel': StudioPreviewPanel;
    'studio-embed-panel': StudioEmbedPanel;
  }
}
