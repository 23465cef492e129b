/**
 * The builder core: documents in, a validated feed out. No `node:` imports and no `process`: the
 * CLI feeds it files from disk, the studio (issue 11) feeds it files dropped into a browser Web
 * Worker, and both get the same feed for the same input.
 *
 *   const b = new FeedBuilder({ sources });
 *   for (const doc of docs) b.add(doc);     // one at a time: memory stays flat on big folders
 *   const { feed, problems } = b.finish();   // never write a feed with problems
 */
import type { CampaignFeed, DocumentReport, FeedItem, Incident, SolidarityAction, Wage } from '../feed/types.js';
import { JSON_FEED_VERSION } from '../feed/types.js';
import { validateFeed, type FeedProblem } from '../feed/validate.js';
import { applyCorrections, type CorrectionsReport } from './assemble/corrections.js';
import { decodeDocument, MAX_DOCUMENT_BYTES, normalizeText } from './read/decode.js';
import { extractItem } from './facts/extract.js';
import { splitFrontMatter } from './read/frontmatter.js';
import { htmlToText } from './read/html.js';
import { actionIds, incidentIds, wageIds } from './assemble/ids.js';
import { leadingHeadline, makeItem } from './assemble/items.js';
import { linkTitled } from './read/links.js';
import type { PageLink } from './read/html.js';
import { splitListing } from './read/listing.js';
import { markdownToText } from './read/markdown.js';
import { mergeMentions, type Draft } from './assemble/merge.js';
import { mergeMeta, readMeta, type DocKind, type DocMeta } from './read/metadata.js';
import type { Mention } from './facts/model.js';

export interface InputDocument {
  /** Path relative to the build folder, with forward slashes. */
  file: string;
  bytes?: Uint8Array;
  /** Already-decoded text (pasted into the studio). */
  text?: string;
  /** Set by the reading layer when the file could not be read (too large, unreadable, a symlink out). */
  error?: string;
}

export interface BuildOptions {
  title?: string;
  language?: string;
  homePageUrl?: string;
  description?: string;
  /** Parsed `sources.json`: `{ "<file>": { published, publisher, title, url, kind, language } }`. */
  sources?: Record<string, unknown>;
  /** What the reading layer had to say about sources.json (refused keys), and whether it failed. */
  sourcesMessages?: string[];
  sourcesError?: string;
  corrections?: unknown;
  /** Name shown for the corrections in reports. */
  correctionsFile?: string;
  /** ISO 3166 code; otherwise the country the documents name most. */
  country?: string;
  now?: Date;
  maxBytes?: number;
}

export interface DocumentResult extends DocumentReport {
  kind?: DocKind;
  meta: DocMeta;
  items: string[];
  /** For the review report: dates, assumptions, skipped mentions. */
  notes: string[];
}

export type FactWithDraft<T> = T & { _draft: Draft<T> };

export interface BuildResult {
  feed: CampaignFeed;
  /** validateFeed's verdict on `feed`: a feed with problems must not be written. */
  problems: FeedProblem[];
  documents: DocumentResult[];
  corrections?: CorrectionsReport;
  /** True when any document (or the corrections file) failed. */
  failed: boolean;
  facts: { wages: FactWithDraft<Wage>[]; incidents: FactWithDraft<Incident>[]; actions: FactWithDraft<SolidarityAction>[] };
  dropped: { item: string; file: string; quote: string; reason: string }[];
}

const EXT = /\.(txt|md|markdown|html?|xhtml)$/i;
export const isDocumentFile = (name: string): boolean => EXT.test(name);

export class FeedBuilder {
  private readonly options: BuildOptions;
  private readonly docs: DocumentResult[] = [];
  private readonly items: FeedItem[] = [];
  private readonly texts = new Map<string, string>();
  private readonly mentions: Mention[] = [];
  private readonly itemCountries = new Map<string, Map<string, number>>();
  private readonly sourceMeta = new Map<string, DocMeta>();
  private readonly sourceWarnings: string[] = [];

  constructor(options: BuildOptions = {}) {
    this.options = options;
    this.sourceWarnings.push(...(options.sourcesMessages ?? []));
    if (options.sources && typeof options.sources === 'object') {
      for (const [file, raw] of Object.entries(options.sources)) {
        if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
          this.sourceWarnings.push(`sources.json: the entry for "${file}" is not an object; ignored`);
          continue;
        }
        if (file === '__proto__') continue;
        this.sourceMeta.set(file.replace(/\\/g, '/').replace(/^\.\//, ''), readMeta(raw as Record<string, unknown>, `sources.json "${file}"`, this.sourceWarnings));
      }
    }
  }

  /** Warnings about sources.json itself (the reading layer adds refused keys). */
  get sourcesWarnings(): string[] {
    return this.sourceWarnings;
  }

  /** Text of every item, by id: quotes are checked against it. */
  get itemTexts(): ReadonlyMap<string, string> {
    return this.texts;
  }

  add(doc: InputDocument): DocumentResult {
    const result: DocumentResult = { file: doc.file, status: 'ok', messages: [], meta: {}, items: [], notes: [] };
    this.docs.push(result);
    const fail = (reason: string): DocumentResult => {
      result.status = 'error';
      result.messages.push(reason);
      return result;
    };
    if (doc.error) return fail(doc.error);
    let text: string;
    if (doc.text !== undefined) {
      text = normalizeText(doc.text);
      if (text.trim() === '') return fail('file is empty');
    } else if (doc.bytes) {
      const decoded = decodeDocument(doc.bytes, this.options.maxBytes ?? MAX_DOCUMENT_BYTES);
      if (!decoded.ok) return fail(decoded.reason);
      text = decoded.text;
      result.notes.push(...decoded.notes);
    } else return fail('no content');

    const warnings: string[] = [];
    let own: DocMeta = {};
    let page: DocMeta = {};
    let body = text;
    let heading: string | undefined;
    let links: PageLink[] = [];
    if (/\.(?:html?|xhtml)$/i.test(doc.file) || (/^\s*<(?:!doctype\s+html|html)\b/i.test(text) && !/\.(?:md|markdown)$/i.test(doc.file))) {
      const p = htmlToText(text);
      page = readMeta(p.meta as Record<string, unknown>, 'page metadata', warnings);
      body = p.text;
      links = p.links;
      if (body.replace(/\s+/g, '').length < 20) return fail('HTML page with no article text (only navigation, scripts or empty markup)');
      if (!p.fromArticle) result.notes.push('no <article> or <main> element: text taken from the whole page body');
    } else {
      const fm = splitFrontMatter(text);
      if (!fm.ok) return fail(fm.reason);
      own = readMeta(fm.data, 'front matter', warnings);
      body = fm.body;
      if (/\.(?:md|markdown)$/i.test(doc.file)) {
        const md = markdownToText(body);
        body = md.text;
        heading = md.heading;
        links = md.links;
      }
      if (body.trim() === '') return fail('no text after the front matter');
    }
    const meta = mergeMeta(own, this.sourceMeta.get(doc.file) ?? {}, page, heading ? { title: heading } : {});
    result.meta = meta;
    const listing = meta.kind === 'article' || meta.kind === 'letter' ? undefined : splitListing(body);
    if (meta.kind === 'listing' && !listing) warnings.push('marked as a listing, but no dated entries were found: read as one article');
    const kind: DocKind = listing ? 'listing' : meta.kind === 'listing' ? 'article' : meta.kind ?? 'article';
    result.kind = kind;
    const language = this.options.language ?? 'en';
    const specs = listing
      ? listing.entries.map((e) => {
          const title = e.title ?? leadingHeadline(e.text);
          const url = title ? linkTitled(links, title, meta.url) : undefined;
          return { text: e.text, entry: { published: e.published, publisher: e.publisher ?? meta.publisher, title, url } };
        })
      : [{ text: body, entry: undefined }];
    for (const spec of specs) {
      const { item, warnings: w } = makeItem({ file: doc.file, text: spec.text, meta, kind, entry: spec.entry, language });
      if (this.texts.has(item.id)) {
        warnings.push(`a second entry with the same date and text was skipped`);
        continue;
      }
      warnings.push(...w.map((x) => (listing ? `entry ${spec.entry?.published}: ${x}` : x)));
      this.items.push(item);
      this.texts.set(item.id, spec.text);
      result.items.push(item.id);
      const published = spec.entry?.published ?? meta.published;
      const ex = extractItem({ item: item.id, file: doc.file, text: spec.text, published, hint: [meta.url, meta.title].filter(Boolean).join(' ') });
      this.mentions.push(...ex.mentions);
      this.itemCountries.set(item.id, ex.countries);
      result.notes.push(...ex.notes.map((n) => (listing ? `entry ${published}: ${n}` : n)));
    }
    if (warnings.length) {
      result.status = 'warning';
      result.messages.push(...warnings);
    }
    return result;
  }

  finish(): BuildResult {
    const totals = new Map<string, number>();
    const itemCountry = new Map<string, string | undefined>();
    for (const [item, counts] of this.itemCountries) {
      let top: string | undefined;
      for (const [c, n] of counts) {
        totals.set(c, (totals.get(c) ?? 0) + n);
        if (!top || n > counts.get(top)! || (n === counts.get(top)! && c < top)) top = c;
      }
      itemCountry.set(item, top);
    }
    let campaign = this.options.country;
    if (!campaign) for (const [c, n] of totals) if (!campaign || n > totals.get(campaign)! || (n === totals.get(campaign)! && c < campaign)) campaign = c;

    const merged = mergeMentions({ mentions: this.mentions, itemCountry, campaignCountry: campaign });
    const facts = {
      wages: wageIds(merged.wages),
      incidents: incidentIds(merged.incidents),
      actions: actionIds(merged.actions),
    };
    const strip = <T>(list: FactWithDraft<T>[]): T[] => list.map(({ _draft: _d, ...rest }) => rest as unknown as T);
    const items = [...this.items].sort((a, b) =>
      (b.date_published ?? '').localeCompare(a.date_published ?? '') || a.id.localeCompare(b.id));
    const feed: CampaignFeed = {
      version: JSON_FEED_VERSION,
      title: this.options.title ?? 'Campaign feed',
      language: this.options.language ?? 'en',
      items,
      _campaign: {
        schema: 1,
        generated: (this.options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...(campaign ? { country: campaign } : {}),
        wages: strip(facts.wages),
        incidents: strip(facts.incidents).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
        actions: strip(facts.actions).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
        documents: [],
      },
    };
    if (this.options.homePageUrl) feed.home_page_url = this.options.homePageUrl;
    if (this.options.description) feed.description = this.options.description;

    let corrections: CorrectionsReport | undefined;
    if (this.options.corrections !== undefined) {
      corrections = applyCorrections(feed, this.options.corrections, this.texts, this.docs);
    }
    const documents: DocumentReport[] = this.docs.map((d) => ({ file: d.file, status: d.status, messages: [...d.messages] }));
    if (this.options.sourcesError) documents.push({ file: 'sources.json', status: 'error', messages: [this.options.sourcesError, ...this.sourceWarnings] });
    else if (this.sourceWarnings.length) documents.push({ file: 'sources.json', status: 'warning', messages: [...this.sourceWarnings] });
    if (corrections) {
      documents.push({
        file: this.options.correctionsFile ?? 'corrections.json',
        status: corrections.errors.length ? 'error' : corrections.stale.length || corrections.rejected.length ? 'warning' : 'ok',
        messages: [...corrections.errors, ...corrections.rejected, ...corrections.stale],
      });
    }
    feed._campaign!.documents = documents;
    const problems = validateFeed(feed);
    const failed = documents.some((d) => d.status === 'error');
    return { feed, problems, documents: this.docs, corrections, failed, facts, dropped: merged.dropped };
  }
}

/** Convenience for callers with every document in hand. */
export function buildFeed(docs: InputDocument[], options: BuildOptions = {}): BuildResult {
  const b = new FeedBuilder(options);
  for (const d of docs) b.add(d);
  return b.finish();
}
