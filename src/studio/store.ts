/**
 * The studio's work, kept in the browser (IndexedDB) so a reload, a crash or a closed tab loses
 * nothing: the documents as they were dropped, the feed settings, the review decisions and where
 * the reviewer was. Nothing ever leaves the machine.
 */
import type { InputDocument } from '../builder/build.js';
import type { Decisions } from './decisions.js';
import type { DocEditsByFile } from './doc-meta.js';
import type { FeedSettings, SourcesInput } from './protocol.js';

export interface Project {
  docs: InputDocument[];
  sources?: SourcesInput;
  /** The reviewer's published date, publisher and address per document. */
  docMeta?: DocEditsByFile;
  settings: FeedSettings;
  decisions: Decisions;
  /** Interface state worth restoring: the open tab, the fact being reviewed, preview and embed choices. */
  ui: Record<string, unknown>;
}

export type ProjectKey = keyof Project;

const STORE = 'project';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** One key per part of the project, so saving a decision does not rewrite the documents. */
export class ProjectStore {
  private db?: Promise<IDBDatabase>;

  constructor(readonly name = 'solidarity-studio') {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const r = indexedDB.open(this.name, 1);
      r.onupgradeneeded = () => {
        if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE);
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('cannot open IndexedDB'));
      r.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    return this.db;
  }

  async load(): Promise<Partial<Project>> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    const out: Partial<Project> = {};
    keys.forEach((k, i) => {
      (out as Record<string, unknown>)[String(k)] = values[i];
    });
    return out;
  }

  /** Resolves once the data is durably written (the transaction completed). */
  async save(parts: Partial<Project>): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const [k, v] of Object.entries(parts)) {
      if (v === undefined) store.delete(k);
      else store.put(v, k);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
  }

  async clear(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
  }

  close(): void {
    void this.db?.then((db) => db.close());
    this.db = undefined;
  }
}
