/**
 * The build worker's protocol answered in the page itself, for where a Web Worker cannot start: a
 * studio opened from a file on disk (`file://`), where browsers refuse worker scripts. The builder
 * is loaded on the first message (a lazy chunk in the site's build, inlined in the archive's);
 * answers arrive asynchronously, as a worker's would. The page is busy while a build runs.
 */
import type { WorkerLike } from './build-client.js';
import type { FromWorker, ToWorker } from './protocol.js';

export function inPageWorker(): WorkerLike {
  const listeners: ((e: MessageEvent<FromWorker>) => void)[] = [];
  let stopped = false;
  let handler: Promise<(m: ToWorker) => void> | undefined;
  const deliver = (m: FromWorker): void => {
    setTimeout(() => {
      if (!stopped) for (const l of listeners) l({ data: m } as MessageEvent<FromWorker>);
    }, 0);
  };
  return {
    postMessage(m: ToWorker) {
      handler ??= import('./build-session.js').then(({ BuildSession, handleMessage }) => {
        const session = new BuildSession();
        return (msg: ToWorker) => handleMessage(session, msg, deliver);
      });
      // Structured clone, as postMessage does: the session never shares objects with the page.
      const copy = structuredClone(m);
      void handler.then((handle) => setTimeout(() => {
        if (!stopped) handle(copy);
      }, 0));
    },
    addEventListener(type: 'message' | 'error', listener: (e: never) => void) {
      if (type === 'message') listeners.push(listener as (e: MessageEvent<FromWorker>) => void);
    },
    terminate() {
      stopped = true;
    },
  };
}
