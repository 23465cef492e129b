/**
 * The Node layer that reads a folder for the builder core. It is the only part that touches the
 * filesystem, and it is written for hostile folders (issue 10): symbolic links are never followed
 * (one pointing outside the folder is refused and reported), files over the size limit are refused by
 * their `stat` size before any byte is read, only regular files are opened (a FIFO would block), and
 * `sources.json` keys that resolve outside the folder are refused.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir, readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isDocumentFile, type InputDocument } from '../build.js';
import { formatBytes, MAX_DOCUMENT_BYTES } from '../read/decode.js';
import { checkSources, type CheckedSources } from '../read/sources.js';

export interface Candidate {
  /** Relative path with forward slashes. */
  file: string;
  full: string;
  /** Set when the entry is refused before reading. */
  error?: string;
  /** Reported but not an error (a symbolic link inside the folder). */
  warning?: string;
  size?: number;
}

export interface Walk {
  candidates: Candidate[];
  /** Files of other types, not read. */
  ignored: number;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);
const MAX_SOURCES_BYTES = 1024 * 1024;

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

const toPosix = (p: string): string => p.split(sep).join('/');
const reason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  const text: Record<string, string> = { EACCES: 'permission denied', EPERM: 'operation not permitted', ENOENT: 'no such file', EISDIR: 'is a directory', ELOOP: 'too many symbolic links', EIO: 'input/output error' };
  return code ? `cannot read (${code}${text[code] ? `: ${text[code]}` : ''})` : `cannot read (${(e as Error).message})`;
};

/** Lists the documents under `root`, in a stable order, without reading them. */
export async function walkFolder(root: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<Walk> {
  const realRoot = await realpath(root);
  const candidates: Candidate[] = [];
  let ignored = 0;
  const dirs = [''];
  while (dirs.length) {
    const rel = dirs.shift()!;
    let entries;
    try {
      entries = await readdir(join(realRoot, rel), { withFileTypes: true });
    } catch (e) {
      candidates.push({ file: toPosix(rel) || '.', full: join(realRoot, rel), error: `folder ${reason(e)}` });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      if (ent.name.startsWith('.') || SKIP_DIRS.has(ent.name)) continue;
      const relPath = rel ? join(rel, ent.name) : ent.name;
      const full = join(realRoot, relPath);
      const file = toPosix(relPath);
      let st;
      try {
        st = await lstat(full);
      } catch (e) {
        if (isDocumentFile(ent.name)) candidates.push({ file, full, error: reason(e) });
        continue;
      }
      if (st.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = await realpath(full);
        } catch {
          target = undefined;
        }
        if (target === undefined) {
          if (isDocumentFile(ent.name)) candidates.push({ file, full, error: 'broken symbolic link (its target does not exist)' });
        } else if (!inside(realRoot, target)) {
          candidates.push({ file, full, error: 'refused: symbolic link pointing outside the folder' });
        } else if (isDocumentFile(ent.name)) {
          candidates.push({ file, full, warning: `symbolic link not followed (it points to ${toPosix(relative(realRoot, target))}, which is read from its own place if it is a document)` });
        }
        continue;
      }
      if (st.isDirectory()) {
        dirs.push(relPath);
        continue;
      }
      if (!isDocumentFile(ent.name)) {
        if (st.isFile() && ent.name !== 'sources.json') ignored++;
        continue;
      }
      if (!st.isFile()) candidates.push({ file, full, error: 'not a regular file (a device, socket or pipe): not read' });
      else if (st.size > maxBytes) candidates.push({ file, full, size: st.size, error: `file is too large (${formatBytes(st.size)}; the limit is ${formatBytes(maxBytes)}): not read` });
      else candidates.push({ file, full, size: st.size });
    }
  }
  candidates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { candidates, ignored };
}

/** Reads one candidate: never follows a link, never reads past the limit, only regular files. */
export async function readCandidate(c: Candidate, maxBytes = MAX_DOCUMENT_BYTES): Promise<InputDocument> {
  if (c.error) return { file: c.file, error: c.error };
  let handle;
  try {
    handle = await open(c.full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { file: c.file, error: code === 'ELOOP' ? 'refused: became a symbolic link while reading' : reason(e) };
  }
  try {
    // The file may have changed since the folder was listed: check again on the open handle.
    const st = await handle.stat();
    if (!st.isFile()) return { file: c.file, error: 'not a regular file: not read' };
    if (st.size > maxBytes) return { file: c.file, error: `file is too large (${formatBytes(st.size)}; the limit is ${formatBytes(maxBytes)}): not read` };
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    while (n < buf.length) {
      const { bytesRead } = await handle.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > maxBytes) return { file: c.file, error: `file is too large (over ${formatBytes(maxBytes)}): not read` };
    return { file: c.file, bytes: new Uint8Array(buf.buffer, buf.byteOffset, n) };
  } catch (e) {
    return { file: c.file, error: reason(e) };
  } finally {
    await handle.close();
  }
}

export type SourcesFile = CheckedSources;

/** `<root>/sources.json`, with every key checked to stay inside the folder (sources.ts). */
export async function readSourcesJson(root: string): Promise<SourcesFile> {
  const realRoot = await realpath(root);
  const full = join(realRoot, 'sources.json');
  const messages: string[] = [];
  let st;
  try {
    st = await lstat(full);
  } catch {
    return { messages };
  }
  if (st.isSymbolicLink()) return { messages, error: 'sources.json is a symbolic link: not read' };
  if (!st.isFile()) return { messages, error: 'sources.json is not a regular file: not read' };
  if (st.size > MAX_SOURCES_BYTES) return { messages, error: `sources.json is too large (${formatBytes(st.size)})` };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(full, 'utf8'));
  } catch (e) {
    return { messages, error: `sources.json is not valid JSON: ${(e as Error).message}` };
  }
  return checkSources(raw);
}
