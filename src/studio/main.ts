/**
 * The studio page's script. The Trusted Types policy module comes first: it must exist before Lit's
 * module runs (see trusted-types.ts). Then the library's four elements (for the preview), the
 * studio's own elements, and the service worker that keeps the page working offline. Opened from
 * a file on disk (the release archive's studio.html), browsers allow no worker: the builder then
 * runs in the page.
 */
import { scriptUrl } from './trusted-types.js';
import '../elements/all.js';
import { defineStudio } from './define.js';
import { inPageWorker } from './in-page-worker.js';
import { StudioApp } from './studio-app.js';

const fromDisk = location.protocol === 'file:';
StudioApp.createWorker = fromDisk
  ? inPageWorker
  : () => new Worker(scriptUrl('studio/worker.js') as unknown as string, { name: 'solidarity-feed builder' });
defineStudio();

if (!fromDisk && 'serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker
    .register(scriptUrl('sw.js') as unknown as string)
    .then(() => navigator.serviceWorker.ready)
    .then(() => {
      document.documentElement.dataset.offline = 'ready';
    })
    .catch((e: unknown) => {
      // Offline use is a bonus: the studio works without it.
      console.warn('solidarity studio: no offline copy:', e);
    });
}
