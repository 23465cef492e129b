/**
 * The studio's build worker: the builder core off the page's main thread, so a folder of hundreds
 * of documents never freezes the page, with a progress message after each document.
 */
import { BuildSession } from './build-session.js';
import type { FromWorker, ToWorker } from './protocol.js';

const session = new BuildSession();
const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void };
const post = (m: FromWorker): void => scope.postMessage(m);

scope.onmessage = (e) => {
  const msg = e.data;
  try {
    if (msg.type === 'build') {
      const started = performance.now();
      let last = 0;
      const { base, reviewed } = session.build(msg.docs, msg.sources, msg.settings, msg.corrections, (done, total, file) => {
        // At most one progress message per 50 ms, and always the last one.
        const t = performance.now();
        if (done === total || t - last > 50) {
          last = t;
          post({ type: 'progress', id: msg.id, done, total, file });
        }
      });
      post({ type: 'built', id: msg.id, base, reviewed, ms: Math.round(performance.now() - started) });
    } else if (msg.type === 'correct') {
      post({ type: 'corrected', id: msg.id, reviewed: session.correct(msg.corrections) });
    }
  } catch (err) {
    post({ type: 'failed', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  }
};
