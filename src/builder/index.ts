/**
 * The builder core, free of Node APIs: the CLI (cli.ts) and the studio's Web Worker both use it.
 */
export { FeedBuilder, buildFeed, isDocumentFile } from './build.js';
export type { BuildOptions, BuildResult, DocumentResult, InputDocument } from './build.js';
export { applyCorrections } from './assemble/corrections.js';
export type { CorrectionsReport } from './assemble/corrections.js';
export { decodeDocument, foldSpace, MAX_DOCUMENT_BYTES } from './read/decode.js';
export { renderReport } from './write/report.js';
export { toAtom, toRss } from './write/syndication.js';
export { splitSentences } from './language/sentences.js';
export { htmlToText } from './read/html.js';
export { checkSources, normalizeRelative } from './read/sources.js';
