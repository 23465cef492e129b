/**
 * Build a folder in one call: list it safely, read one file at a time into the core (memory stays
 * flat on large folders), finish. Used by the CLI and the benchmark.
 */
import { FeedBuilder, type BuildOptions, type BuildResult } from './build.js';
import { MAX_DOCUMENT_BYTES } from './decode.js';
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
  for (let i = 0; i < total; i++) {
    const c = walk.candidates[i];
    const r = builder.add(await readCandidate(c, maxBytes));
    if (c.warning && r.status !== 'error') {
      r.status = 'warning';
      r.messages.push(c.warning);
    }
    onProgress?.(i + 1, total, c.file);
  }
  return { ...builder.finish(), ignored: walk.ignored };
}
