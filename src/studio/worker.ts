/**
 * The studio's build worker: the builder core off the page's main thread, so a folder of hundreds
 * of documents never freezes the page, with a progress message after each document.
 */
import { BuildSession, handleMessage } from './build-session.js';
import type { FromWorker, ToWorker } from './protocol.js';

const session = new BuildSession();
const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void };

scope.onmessage = (e) => handleMessage(session, e.data, (m) => scope.postMessage(m));
