/**
 * Messages between the studio page and its build worker (`worker.ts`). Everything here crosses
 * `postMessage`, so it is plain data: no class instances, no Maps.
 */
import type { InputDocument } from '../builder/build.js';
import type { CorrectionsReport } from '../builder/assemble/corrections.js';
import type { CampaignFeed, DocumentStatus } from '../feed/types.js';
import type { FeedProblem } from '../feed/validate.js';
import type { DocEditsByFile } from './doc-meta.js';

/** What the CLI's flags set; empty means the CLI's default. */
export interface FeedSettings {
  title?: string;
  language?: string;
  country?: string;
  homePageUrl?: string;
}

export interface SourcesInput {
  sources?: Record<string, unknown>;
  messages: string[];
  error?: string;
}

export type ToWorker =
  | { type: 'build'; id: number; docs: InputDocument[]; sources: SourcesInput; settings: FeedSettings; corrections?: unknown; edits?: DocEditsByFile }
  /** Applies other corrections to the last build (no re-extraction). */
  | { type: 'correct'; id: number; corrections?: unknown };

export interface DocumentSummary {
  file: string;
  status: DocumentStatus;
  messages: string[];
  kind?: string;
  /** What the build used for the document (its own metadata, sources.json and the reviewer's edits). */
  meta: { published?: string; publisher?: string; url?: string; title?: string };
  items: string[];
  notes: string[];
}

/** The build before any correction: what the reviewer reviews. */
export interface BaseBuild {
  feed: CampaignFeed;
  documents: DocumentSummary[];
  /** Text of every item (what quotes are checked against), by item id. */
  texts: Record<string, string>;
  /** Every note the builder made about each fact, by fact id. */
  notes: Record<string, string[]>;
  /** Mentions the builder left out, with the reason. */
  dropped: { item: string; file: string; quote: string; reason: string }[];
}

/** The build with the reviewer's corrections: what is downloaded and embedded. */
export interface ReviewedBuild {
  feed: CampaignFeed;
  /** validateFeed's verdict: a feed with problems is never offered for download. */
  problems: FeedProblem[];
  corrections?: CorrectionsReport;
  /** The Markdown review report, as `--report` writes it. */
  report: string;
  failed: boolean;
}

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number; file: string }
  | { type: 'built'; id: number; base: BaseBuild; reviewed: ReviewedBuild; ms: number }
  | { type: 'corrected'; id: number; reviewed: ReviewedBuild }
  | { type: 'failed'; id: number; message: string };
