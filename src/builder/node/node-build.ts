/**
 * Build a folder in one call: list it safely, feed the core one file at a time (at most a few files
 * are held in memory at once), finish. Used by the CLI and the benchmark.
 */
import { FeedBuilder, type BuildOptions, type BuildResult, type InputDocument } from '../build.js';
import { MAX_DOCUMENT_BYTES } from '../read/decode.js';
import { readCandidate, readSourcesJson, walkFolder } from './node-io.js';

export interface DirectoryBuild extends BuildResult {
  /** Files of other types found and not read. */
  ignored: number;
}

export async function buildDirectory(
  dir: string,
  options: BuildOptions = {},
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<DirectoryBuild> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const sources = await readSourcesJson(dir);
  const builder = new FeedBuilder({ ...options, sources: sources.sources, sourcesMessages: sources.messages, sourcesError: sources.error });
  const walk = await walkFolder(dir, maxBytes);
  const total = walk.candidates.length;
  // Read a few files ahead while the core works on the current one: file system calls wait on the
  // thread pool, extraction does not. Documents still reach the core in a fixed order.
  const AHEAD = 8;
  const pending = new Map<number, Promise<InputDocument>>();
  const fetch = (i: number): void => {
    if (i < total && !pending.has(i)) pending.set(i, readCandidate(walk.candidates[i], maxBytes));
  };
  for (let i = 0; i < Math.min(AHEAD, total); i++) fetch(i);
  for (let i = 0; i < total; i++) {
    const c = walk.candidates[i];
    fetch(i + AHEAD);
    const doc = await pending.get(i)!;
    pending.delete(i);
    const r = builder.add(doc);
    if (c.warning && r.status !== 'error') {
      r.status = 'warning';
      r.messages.push(c.warning);
    }
    onProgress?.(i + 1, total, c.file);
  }
  return { ...builder.finish(), ignored: walk.ignored };
}
