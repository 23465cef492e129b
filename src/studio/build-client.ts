/**
 * The page's side of the build worker. The newest request wins: a build makes every earlier request
 * stale, a correction makes earlier corrections stale (but not a build still running: the worker
 * answers in order, so the build arrives first). Stale answers are dropped, never shown.
 */
import type { InputDocument } from '../builder/build.js';
import type { DocEditsByFile } from './doc-meta.js';
import type { BaseBuild, FeedSettings, FromWorker, ReviewedBuild, SourcesInput, ToWorker } from './protocol.js';

export interface WorkerLike {
  postMessage(m: ToWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  terminate(): void;
}

/**
 * A worker started on its first message: the builder and its gazetteer (a few hundred KB) load only
 * when someone builds, not when the studio opens.
 */
export function lazyWorker(create: () => WorkerLike): WorkerLike {
  let worker: WorkerLike | undefined;
  const listeners: [string, (e: never) => void][] = [];
  return {
    postMessage(m) {
      if (!worker) {
        worker = create();
        for (const [type, l] of listeners) worker.addEventListener(type as 'message', l as (e: MessageEvent<FromWorker>) => void);
      }
      worker.postMessage(m);
    },
    addEventListener(type: 'message' | 'error', listener: (e: never) => void) {
      listeners.push([type, listener]);
      worker?.addEventListener(type as 'message', listener as (e: MessageEvent<FromWorker>) => void);
    },
    terminate() {
      worker?.terminate();
    },
  };
}

export class StaleResult extends Error {
  constructor() {
    super('a newer build replaced this one');
  }
}

interface Pending {
  resolve(v: FromWorker): void;
  reject(e: Error): void;
  onProgress?: (done: number, total: number, file: string) => void;
}

export class BuildClient {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private latestBuild = 0;
  private latestCorrect = 0;

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (e) => this.receive(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault?.();
      for (const p of this.pending.values()) p.reject(new Error(e.message || 'the build worker stopped'));
      this.pending.clear();
    });
  }

  build(
    docs: InputDocument[],
    sources: SourcesInput,
    settings: FeedSettings,
    corrections: unknown,
    onProgress?: Pending['onProgress'],
    edits?: DocEditsByFile,
  ): Promise<{ base: BaseBuild; reviewed: ReviewedBuild; ms: number }> {
    return this.send({ type: 'build', id: 0, docs, sources, settings, corrections, edits }, onProgress).then((m) => {
      if (m.type !== 'built') throw new Error('unexpected answer from the build worker');
      return { base: m.base, reviewed: m.reviewed, ms: m.ms };
    });
  }

  correct(corrections: unknown): Promise<ReviewedBuild> {
    return this.send({ type: 'correct', id: 0, corrections }).then((m) => {
      if (m.type !== 'corrected') throw new Error('unexpected answer from the build worker');
      return m.reviewed;
    });
  }

  dispose(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new StaleResult());
    this.pending.clear();
  }

  private send(msg: ToWorker, onProgress?: Pending['onProgress']): Promise<FromWorker> {
    const id = this.next++;
    if (msg.type === 'build') this.latestBuild = id;
    else this.latestCorrect = id;
    for (const [old, p] of this.pending) {
      if (old < id && (msg.type === 'build' || old !== this.latestBuild)) {
        p.reject(new StaleResult());
        this.pending.delete(old);
      }
    }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...msg, id });
    });
  }

  private receive(m: FromWorker): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.onProgress?.(m.done, m.total, m.file);
      return;
    }
    this.pending.delete(m.id);
    if (m.type === 'failed') p.reject(new Error(m.message));
    else p.resolve(m);
  }
}
