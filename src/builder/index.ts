/**
 * The builder core, free of Node APIs: the CLI (cli.ts) and the studio's Web Worker both use it.
 */
export { FeedBuilder, buildFeed, isDocumentFile } from './build.js';
export type { BuildOptions, BuildResult, DocumentResult, InputDocument } from './build.js';
export { applyCorrections } from './corrections.js';
export type { CorrectionsReport } from './corrections.js';
export { decodeDocument, foldSpace, MAX_DOCUMENT_BYTES } from './decode.js';
export { renderReport } from './report.js';
export { toAtom, toRss } from './syndication.js';
export { splitSentences } from './sentences.js';
export { htmlToText } from './html.js';
export { checkSources, normalizeRelative } from './sources.js';
