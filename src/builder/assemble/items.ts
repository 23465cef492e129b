/**
 * Feed items from documents: one per article, one per listing entry. Ids come from the file path
 * (and, for listing entries, the entry's date and opening words), never from build order.
 */
import type { DatePrecision, FeedItem, PartialDate } from '../../feed/types.js';
import { foldSpace } from '../read/decode.js';
import { shortHash } from './hash.js';
import type { DocKind, DocMeta } from '../read/metadata.js';
import { splitSentences } from '../language/sentences.js';

/** The validator's limit on any text field. */
import { MAX_TEXT } from '../../feed/contract.js';

export { MAX_TEXT };

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,;:]+$/, '')}…`;
}

export function toRfc3339(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

export interface ItemSpec {
  file: string;
  text: string;
  meta: DocMeta;
  kind: DocKind;
  /** Listing entry: its own date and publisher, and a key for its id. */
  entry?: { published: string; publisher?: string };
  language: string;
}

export function itemId(file: string, entry?: { published: string; text: string }): string {
  return entry ? `item-${shortHash(`${file}#${entry.published}#${foldSpace(entry.text).slice(0, 200)}`)}` : `item-${shortHash(file)}`;
}

export function makeItem(spec: ItemSpec): { item: FeedItem; warnings: string[] } {
  const warnings: string[] = [];
  const sentences = splitSentences(spec.text.slice(0, 4000));
  const first = sentences.find((s) => s.text.length > 20) ?? sentences[0];
  const published = spec.entry?.published ?? spec.meta.published;
  const publisher = spec.entry?.publisher ?? spec.meta.publisher;
  const item: FeedItem = {
    id: itemId(spec.file, spec.entry ? { published: spec.entry.published, text: spec.text } : undefined),
    title: spec.entry ? clip(foldSpace(first?.text ?? spec.text), 110) : spec.meta.title ?? clip(foldSpace(first?.text ?? spec.text), 110),
  };
  let summary = '';
  for (const s of sentences) {
    if (summary.length > 160) break;
    summary = summary ? `${summary} ${foldSpace(s.text)}` : foldSpace(s.text);
  }
  if (summary) item.summary = clip(summary, 300);
  if (spec.text.length > MAX_TEXT) warnings.push(`text cut to ${MAX_TEXT.toLocaleString('en-US')} characters in the feed (facts were read from all of it)`);
  item.content_text = clip(spec.text, MAX_TEXT);
  if (spec.meta.url) item.url = spec.meta.url;
  if (published) item.date_published = toRfc3339(published);
  else warnings.push('no published date (front matter, sources.json or page): relative dates cannot be resolved');
  if (spec.meta.author) item.authors = [{ name: spec.meta.author }];
  item.tags = [spec.kind === 'listing' ? 'press-release' : spec.kind === 'letter' ? 'letter' : 'news'];
  item.language = spec.meta.language ?? spec.language;
  item._source = { file: spec.file };
  if (publisher) item._source.publisher = publisher;
  if (published) item._source.date_precision = precisionOf(published);
  return { item, warnings };
}
