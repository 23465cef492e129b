/**
 * One build of the studio, run inside the Web Worker: the CLI's builder core on documents dropped in
 * the page. It keeps the extracted build so that each review decision only re-applies the
 * corrections (as `solidarity-feed build --corrections` would on the same documents) instead of
 * extracting every document again.
 */
import { FeedBuilder, renderReport, type BuildOptions, type BuildResult, type InputDocument } from '../builder/index.js';
import type { BaseBuild, DocumentSummary, FeedSettings, FromWorker, ReviewedBuild, SourcesInput, ToWorker } from './protocol.js';
import { applyDocEdits } from './apply-doc-meta.js';
import type { DocEditsByFile } from './doc-meta.js';

/** The name the corrections have in reports; the CLI uses the file's base name. */
export const CORRECTIONS_FILE = 'corrections.json';

const blank = (v: string | undefined): string | undefined => (v && v.trim() !== '' ? v.trim() : undefined);

/** True when the corrections have something to apply (an empty list builds like no `--corrections`). */
export function hasCorrections(corrections: unknown): boolean {
  if (corrections === undefined || corrections === null) return false;
  const list = Array.isArray(corrections) ? corrections : (corrections as { corrections?: unknown }).corrections;
  return !Array.isArray(list) || list.length > 0;
}

export class BuildSession {
  private builder?: FeedBuilder;
  private options?: BuildOptions;
  private base?: BuildResult;

  /** Reads every document (calling `onProgress` after each), then finishes without and with corrections. */
  build(
    docs: readonly InputDocument[],
    sources: SourcesInput,
    settings: FeedSettings,
    corrections: unknown,
    onProgress?: (done: number, total: number, file: string) => void,
    now = new Date(),
    edits: DocEditsByFile = {},
  ): { base: BaseBuild; reviewed: ReviewedBuild } {
    ({ docs, sources } = applyDocEdits(docs, sources, edits));
    // The same options the CLI passes for the same flags (its defaults when a setting is empty).
    this.options = {
      title: blank(settings.title),
      language: blank(settings.language),
      country: blank(settings.country)?.toUpperCase(),
      homePageUrl: blank(settings.homePageUrl),
      sources: sources.sources,
      sourcesMessages: sources.messages,
      sourcesError: sources.error,
      correctionsFile: CORRECTIONS_FILE,
      now,
    };
    this.builder = new FeedBuilder(this.options);
    docs.forEach((doc, i) => {
      this.builder!.add(doc);
      onProgress?.(i + 1, docs.length, doc.file);
    });
    this.options.corrections = undefined;
    this.base = this.builder.finish();
    return { base: this.summarize(this.base), reviewed: this.correct(corrections) };
  }

  /** The last build with these corrections applied. */
  correct(corrections: unknown): ReviewedBuild {
    if (!this.builder || !this.options || !this.base) throw new Error('nothing has been built yet');
    // The builder reads its options when it finishes: the same documents, other corrections.
    this.options.corrections = hasCorrections(corrections) ? corrections : undefined;
    const r = this.options.corrections === undefined ? this.base : this.builder.finish();
    return { feed: r.feed, problems: r.problems, corrections: r.corrections, report: renderReport(r), failed: r.failed };
  }

  private summarize(r: BuildResult): BaseBuild {
    const texts: Record<string, string> = {};
    for (const [id, text] of this.builder!.itemTexts) texts[id] = text;
    const notes: Record<string, string[]> = {};
    for (const f of [...r.facts.wages, ...r.facts.incidents, ...r.facts.actions]) notes[f.id] = [...f._draft.notes];
    const documents: DocumentSummary[] = r.documents.map((d) => ({
      file: d.file, status: d.status, messages: [...d.messages], kind: d.kind, items: [...d.items], notes: [...d.notes],
      meta: { published: d.meta.published, publisher: d.meta.publisher, url: d.meta.url, title: d.meta.title },
    }));
    return { feed: r.feed, documents, texts, notes, dropped: r.dropped };
  }
}

/** One message to the build worker and its answers: the worker script and the in-page fallback share it. */
export function handleMessage(session: BuildSession, msg: ToWorker, post: (m: FromWorker) => void): void {
  try {
    if (msg.type === 'build') {
      const started = performance.now();
      let last = 0;
      const { base, reviewed } = session.build(msg.docs, msg.sources, msg.settings, msg.corrections, (done, total, file) => {
        // At most one progress message per 50 ms, and always the last one.
        const t = performance.now();
        if (done === total || t - last > 50) {
          last = t;
          post({ type: 'progress', id: msg.id, done, total, file });
        }
      }, new Date(), msg.edits);
      post({ type: 'built', id: msg.id, base, reviewed, ms: Math.round(performance.now() - started) });
    } else if (msg.type === 'correct') {
      post({ type: 'corrected', id: msg.id, reviewed: session.correct(msg.corrections) });
    }
  } catch (err) {
    post({ type: 'failed', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  }
}
