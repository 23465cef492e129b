/**
 * The link of a listing entry: the page's link whose words are the entry's headline, made absolute
 * against the page's own URL. Only http(s) links are kept.
 */
import { safeHttpUrl } from '../../feed/urls.js';
import type { PageLink } from './html.js';

const fold = (t: string): string => t.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

export function linkTitled(links: readonly PageLink[], title: string, base: string | undefined): string | undefined {
  const want = fold(title);
  if (!want) return undefined;
  for (const l of links) {
    if (fold(l.text) !== want) continue;
    const href = safeHttpUrl(l.href, safeHttpUrl(base));
    if (href) return href;
  }
  return undefined;
}
