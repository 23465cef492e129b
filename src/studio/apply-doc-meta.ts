/**
 * The reviewer's document edits applied to the builder's input, in the build worker (reading front
 * matter needs the YAML parser, which the page's own script does without).
 */
import type { InputDocument } from '../builder/build.js';
import { decodeDocument } from '../builder/read/decode.js';
import { splitFrontMatter } from '../builder/read/frontmatter.js';
import { cleanEdits, sourcesWithEdits, type DocEdits, type DocEditsByFile, type DocField } from './doc-meta.js';
import type { SourcesInput } from './protocol.js';

const isHtml = (file: string): boolean => /\.(?:html?|xhtml)$/i.test(file);
const yamlString = (s: string): string => JSON.stringify(s.replace(/\s+/g, ' ').trim());

/**
 * The document with its front matter overridden by the edits, when the front matter sets one of the
 * edited keys to something else; otherwise the document unchanged (sources.json does the rest).
 */
export function withFrontMatterEdits(doc: InputDocument, edits: DocEdits): InputDocument {
  const e = cleanEdits(edits);
  if (Object.keys(e).length === 0 || isHtml(doc.file) || doc.error) return doc;
  let text = doc.text;
  if (text === undefined) {
    if (!doc.bytes) return doc;
    const decoded = decodeDocument(doc.bytes);
    if (!decoded.ok) return doc;
    text = decoded.text;
  }
  if (!/^---[ \t]*\n/.test(text)) return doc;
  const fm = splitFrontMatter(text);
  if (!fm.ok || !fm.data) return doc;
  const data = fm.data;
  const differs = (Object.keys(e) as DocField[]).some((k) => data[k] !== undefined && String(data[k]) !== e[k]);
  if (!differs) return doc;
  const lines = Object.entries({ ...data, ...e })
    .filter(([, v]) => v !== undefined && v !== null && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
    .map(([k, v]) => `${JSON.stringify(k)}: ${typeof v === 'string' ? yamlString(v) : String(v)}`);
  return { file: doc.file, text: `---\n${lines.join('\n')}\n---\n${fm.body}` };
}

/** The builder's input with the edits applied. */
export function applyDocEdits(docs: readonly InputDocument[], sources: SourcesInput, edits: DocEditsByFile = {}): { docs: InputDocument[]; sources: SourcesInput } {
  return {
    docs: docs.map((d) => (edits[d.file] ? withFrontMatterEdits(d, edits[d.file]) : d)),
    sources: sourcesWithEdits(sources, edits),
  };
}
