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
  /** Listing entry: its own date, publisher, title and link, and a key for its id. */
  entry?: { published: string; publisher?: string; title?: string; url?: string };
  language: string;
}

export function itemId(file: string, entry?: { published: string; text: string }): string {
  return entry ? `item-${shortHash(`${file}#${entry.published}#${foldSpace(entry.text).slice(0, 200)}`)}` : `item-${shortHash(file)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The text's own headline: a first line of its own paragraph, short, of two words or more, not ending
 * like a sentence or a clause (a headline may end in "!" or "?"), with more text after it ("Unions say 60,000 garment workers on
 * strike over wages").
 */
export function leadingHeadline(text: string): string | undefined {
  const m = /^\s*([^\n]{3,160})\n[ \t]*\n\s*\S/.exec(text.slice(0, 400));
  if (!m) return undefined;
  const line = foldSpace(m[1]);
  if (/[.…:;,]["'”’)\]]*$/u.test(line) || !/\p{L}/u.test(line) || line.split(' ').length < 2) return undefined;
  return line;
}

/** A short neutral headline when the document has none: its kind and date, else its publisher. */
export function neutralTitle(kind: DocKind, published: PartialDate | undefined, publisher: string | undefined): string {
  const word = kind === 'listing' ? 'Press release' : kind === 'letter' ? 'Letter' : 'Article';
  if (published) {
    const [y, m, d] = published.split('-');
    const when = m === undefined ? y : d === undefined ? `${MONTHS[Number(m) - 1]} ${y}` : `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
    return `${word}, ${when}`;
  }
  return publisher ? `${word} from ${clip(publisher, 80)}` : word;
}

/** The text after its headline, when it opens with it (so the summary never repeats the title). */
function afterHeadline(text: string, title: string): string {
  const head = foldSpace(text.slice(0, title.length + 200));
  const t = foldSpace(title);
  if (!head.toLowerCase().startsWith(t.toLowerCase())) return text;
  // Walk the original text past the title's words, whatever white space stands between them.
  let i = 0;
  for (const word of t.split(' ')) {
    const at = text.toLowerCase().indexOf(word.toLowerCase(), i);
    if (at < 0) return text;
    i = at + word.length;
  }
  return text.slice(i).replace(/^[\s:.–—-]+/u, '');
}

export function makeItem(spec: ItemSpec): { item: FeedItem; warnings: string[] } {
  const warnings: string[] = [];
  const published = spec.entry?.published ?? spec.meta.published;
  const publisher = spec.entry?.publisher ?? spec.meta.publisher;
  const own = spec.entry ? spec.entry.title ?? leadingHeadline(spec.text) : spec.meta.title ?? leadingHeadline(spec.text);
  const title = own ? clip(foldSpace(own), 200) : neutralTitle(spec.kind, published, publisher);
  const item: FeedItem = {
    id: itemId(spec.file, spec.entry ? { published: spec.entry.published, text: spec.text } : undefined),
    title,
  };
  const sentences = splitSentences((own ? afterHeadline(spec.text, own) : spec.text).slice(0, 4000));
  let summary = '';
  for (const s of sentences) {
    if (summary.length > 160) break;
    summary = summary ? `${summary} ${foldSpace(s.text)}` : foldSpace(s.text);
  }
  if (summary) item.summary = clip(summary, 300);
  if (spec.text.length > MAX_TEXT) warnings.push(`text cut to ${MAX_TEXT.toLocaleString('en-US')} characters in the feed (facts were read from all of it)`);
  item.content_text = clip(spec.text, MAX_TEXT);
  const url = spec.entry ? spec.entry.url ?? spec.meta.url : spec.meta.url;
  if (url) item.url = url;
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
