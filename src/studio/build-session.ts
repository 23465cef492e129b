/**
 * One build of the studio, run inside the Web Worker: the CLI's builder core on documents dropped in
 * the page. It keeps the extracted build so that each review decision only re-applies the
 * corrections (as `solidarity-feed build --corrections` would on the same documents) instead of
 * extracting every document again.
 */
import { FeedBuilder, renderReport, type BuildOptions, type BuildResult, type InputDocument } from '../builder/index.js';
import type { BaseBuild, DocumentSummary, FeedSettings, ReviewedBuild, SourcesInput } from './protocol.js';
import { uncertainIds } from './uncertain.js';

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
  ): { base: BaseBuild; reviewed: ReviewedBuild } {
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
    }));
    return { feed: r.feed, documents, texts, notes, uncertain: uncertainIds(renderReport(r)), dropped: r.dropped };
  }
}
