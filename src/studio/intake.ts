/**
 * Files dropped or picked in the page → the builder's input, read by the same rules as the CLI's
 * folder reader (src/builder/node/node-io.ts): paths relative to the folder with forward slashes, hidden
 * files and `node_modules`/`.git` skipped, only .txt/.md/.html read, files over the size limit refused
 * before they are read, `sources.json` at the top with every key kept inside the folder, and the
 * documents in path order. So dropping a folder gives the feed `solidarity-feed build <folder>` gives.
 */
import type { InputDocument } from '../builder/build.js';
import { formatBytes, MAX_DOCUMENT_BYTES } from '../builder/read/decode.js';
import { isPartialDate } from '../feed/dates.js';
import type { SourcesInput } from './protocol.js';

/** A file as the page received it: a path inside what was dropped, its size, and a way to read it. */
export interface PickedFile {
  path: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface Intake {
  docs: InputDocument[];
  /** Set when a `sources.json` was among the files. */
  sources?: SourcesInput;
  /** Files of other types, not read. */
  ignored: number;
}

const MAX_SOURCES_BYTES = 1024 * 1024;

/**
 * The file names the builder reads: `isDocumentFile` of src/builder/build.ts, repeated here because
 * importing build.ts would put the whole extractor into the page's script (it runs in the worker);
 * a test checks the two agree.
 */
export const isDocumentFile = (name: string): boolean => /\.(txt|md|markdown|html?|xhtml)$/i.test(name);
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Posix-style normalisation ("a/./b/../c" → "a/c"); leading ".." segments are kept. */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/**
 * Paths relative to the dropped folder: a folder drop (or `webkitdirectory`) names every file
 * "<folder>/<file>", while the CLI is given the folder itself.
 */
export function relativePaths(paths: readonly string[]): string[] {
  const clean = paths.map((p) => p.replace(/\\/g, '/').replace(/^\/+/, ''));
  const first = clean[0]?.split('/')[0];
  const shared = first !== undefined && clean.every((p) => p.includes('/') && p.split('/')[0] === first);
  return shared ? clean.map((p) => p.slice(first.length + 1)) : clean;
}

/** `sources.json` text → the builder's `sources`, refusing keys that point outside the folder. */
export function readSources(text: string, size = text.length): SourcesInput {
  const messages: string[] = [];
  if (size > MAX_SOURCES_BYTES) return { messages, error: `sources.json is too large (${formatBytes(size)})` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { messages, error: `sources.json is not valid JSON: ${(e as Error).message}` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { messages, error: 'sources.json must be an object: { "<file>": { … } }' };
  const sources = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    const norm = normalizePath(key);
    if (key.startsWith('/') || /^[A-Za-z]:/.test(key) || norm.startsWith('../') || norm === '..') {
      messages.push(`sources.json: key "${key}" points outside the folder: refused`);
      continue;
    }
    sources[norm] = value;
  }
  return { sources, messages };
}

const skipped = (path: string): boolean => path.split('/').some((seg) => seg.startsWith('.') || SKIP_DIRS.has(seg));

/** Reads what was dropped, in path order; never reads a file it is going to refuse. */
export async function intake(files: readonly PickedFile[], maxBytes = MAX_DOCUMENT_BYTES): Promise<Intake> {
  const paths = relativePaths(files.map((f) => f.path));
  const entries = files.map((f, i) => ({ f, path: paths[i] })).filter((e) => e.path !== '' && !skipped(e.path));
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const result: Intake = { docs: [], ignored: 0 };
  const decoder = new TextDecoder('utf-8');
  for (const { f, path } of entries) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (path === 'sources.json') {
      result.sources = f.size > MAX_SOURCES_BYTES ? readSources('', f.size) : readSources(decoder.decode(await f.read()), f.size);
      continue;
    }
    if (!isDocumentFile(name)) {
      if (name !== 'sources.json') result.ignored++;
      continue;
    }
    if (f.size > maxBytes) {
      result.docs.push({ file: path, error: `file is too large (${formatBytes(f.size)}; the limit is ${formatBytes(maxBytes)}): not read` });
      continue;
    }
    try {
      result.docs.push({ file: path, bytes: await f.read() });
    } catch (e) {
      result.docs.push({ file: path, error: `cannot read (${(e as Error).message})` });
    }
  }
  return result;
}

/** Adds documents to a project's list: a file dropped again replaces the old one; path order kept. */
export function mergeDocs(existing: readonly InputDocument[], added: readonly InputDocument[]): InputDocument[] {
  const byFile = new Map(existing.map((d) => [d.file, d]));
  for (const d of added) byFile.set(d.file, d);
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export interface PastedText {
  text: string;
  /** `2014`, `2014-01` or `2014-01-05`. */
  published: string;
  publisher?: string;
  title?: string;
  url?: string;
}

/** Reasons a paste cannot become a document; empty when it can. */
export function checkPaste(p: PastedText): ('text' | 'published')[] {
  const bad: ('text' | 'published')[] = [];
  if (p.text.trim() === '') bad.push('text');
  if (!isPartialDate(p.published.trim())) bad.push('published');
  return bad;
}

/** A YAML scalar that stays a string whatever it holds (dates stay "2014-01", not numbers or dates). */
const yamlString = (s: string): string => JSON.stringify(s.replace(/\s+/g, ' ').trim());

/**
 * Pasted text → a `.txt` document with YAML front matter, exactly what a campaigner would save as a
 * file for the CLI (so the same text builds the same way there). Named `pasted/<date>-<words>.txt`.
 */
export function pastedDocument(p: PastedText, taken: ReadonlySet<string>): InputDocument {
  const meta: [string, string | undefined][] = [['published', p.published.trim()], ['publisher', p.publisher], ['title', p.title], ['url', p.url]];
  const front = meta.filter(([, v]) => v && v.trim() !== '').map(([k, v]) => `${k}: ${yamlString(v!)}`).join('\n');
  const words = p.text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g)?.slice(0, 6).join('-') || 'text';
  const stem = `pasted/${p.published.trim()}-${words.slice(0, 48)}`;
  let file = `${stem}.txt`;
  for (let n = 2; taken.has(file); n++) file = `${stem}-${n}.txt`;
  return { file, text: `---\n${front}\n---\n${p.text.replace(/^\uFEFF/, '')}\n` };
}
