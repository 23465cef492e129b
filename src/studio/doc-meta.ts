/**
 * A document's published date, publisher and address as the reviewer sets them in the Build step.
 * They win over everything the file says: they are written into the build's `sources.json` (which
 * beats a page's own meta tags) and, when the file's own front matter gives another value, into that
 * front matter too. The edited `sources.json` can be downloaded, so `solidarity-feed build` with it
 * gives the same feed for documents without front matter. (Applied in the worker: apply-doc-meta.ts.)
 */
import { isPartialDate } from '../feed/dates.js';
import { isHttpUrl } from '../feed/urls.js';
import type { SourcesInput } from './protocol.js';

export const DOC_FIELDS = ['published', 'publisher', 'url'] as const;
export type DocField = (typeof DOC_FIELDS)[number];

/** What the reviewer typed, by field; an empty string means "not set here" (what the file says counts). */
export type DocEdits = Partial<Record<DocField, string>>;
/** Edits by file path. */
export type DocEditsByFile = Record<string, DocEdits>;

export type DocFieldError = 'date' | 'url';

/** What a person must fix before the edit is used: a date as 2014, 2014-01 or 2014-01-05, an http(s) address. */
export function checkDocEdit(field: DocField, value: string): DocFieldError | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (field === 'published' && !isPartialDate(v)) return 'date';
  if (field === 'url' && !isHttpUrl(v)) return 'url';
  return undefined;
}

/** The edits that are set and valid, trimmed. */
export function cleanEdits(edits: DocEdits | undefined): DocEdits {
  const out: DocEdits = {};
  for (const f of DOC_FIELDS) {
    const v = edits?.[f]?.trim();
    if (v && !checkDocEdit(f, v)) out[f] = v;
  }
  return out;
}

/** `sources.json` as uploaded, with the reviewer's edits on top (what the CLI needs for the same feed). */
export function sourcesWithEdits(sources: SourcesInput, edits: DocEditsByFile): SourcesInput {
  const entries = Object.entries(edits).map(([file, e]) => [file, cleanEdits(e)] as const).filter(([, e]) => Object.keys(e).length);
  if (entries.length === 0) return sources;
  const merged = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(sources.sources ?? {})) merged[k] = v;
  for (const [file, e] of entries) {
    const old = merged[file];
    merged[file] = { ...(old && typeof old === 'object' && !Array.isArray(old) ? old : {}), ...e };
  }
  return { ...sources, sources: merged };
}

