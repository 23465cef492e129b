/**
 * The build worker's protocol answered in the page itself, for where a Web Worker cannot start: a
 * studio opened from a file on disk (`file://`), where browsers refuse worker scripts. Answers are
 * delivered asynchronously, as a worker's would be; the page is busy while a build runs.
 */
import type { WorkerLike } from './build-client.js';
import { BuildSession, handleMessage } from './build-session.js';
import type { FromWorker, ToWorker } from './protocol.js';

export function inPageWorker(): WorkerLike {
  const session = new BuildSession();
  const listeners: ((e: MessageEvent<FromWorker>) => void)[] = [];
  let stopped = false;
  const deliver = (m: FromWorker): void => {
    setTimeout(() => {
      if (!stopped) for (const l of listeners) l({ data: m } as MessageEvent<FromWorker>);
    }, 0);
  };
  return {
    postMessage(m: ToWorker) {
      // Structured clone, as postMessage does: the session never shares objects with the page.
      const copy = structuredClone(m);
      setTimeout(() => {
        if (!stopped) handleMessage(session, copy, deliver);
      }, 0);
    },
    addEventListener(type: 'message' | 'error', listener: (e: never) => void) {
      if (type === 'message') listeners.push(listener as (e: MessageEvent<FromWorker>) => void);
    },
    terminate() {
      stopped = true;
    },
  };
}
