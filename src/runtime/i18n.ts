/**
 * UI strings and language resolution.
 *
 * Why not `@lit/localize`: its runtime mode keeps ONE locale per document (`configureLocalization`
 * returns a global `setLocale`), and switching it re-renders every localized element on the page. The
 * elements must instead speak the language of their own `lang` (or the nearest ancestor's), so a page
 * can show a Khmer timeline next to an English gauge, and two copies of the library must not fight over
 * a global. Each element therefore carries a small table, `defineStrings({ en, km })`, and picks from it
 * with its own `locale` on every render. With two languages and a few dozen strings per element, a
 * table is also smaller than the localize runtime plus its generated modules.
 */

/** Languages the elements ship strings for. Anything else falls back to English. */
export type Locale = 'en' | 'km';
export const LOCALES: readonly Locale[] = ['en', 'km'];

/** Maps a BCP 47 tag (`km-KH`, `en-GB`, `fr`) to a shipped locale. */
export function toLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'km' ? 'km' : 'en';
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else the document's. Like the platform's own `lang` inheritance.
 */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

type Table<T> = { en: T; km: Partial<T> };

/**
 * Declares one element's UI strings in English and Khmer. Strings can be functions for plurals and
 * numbers. A Khmer string not yet translated falls back to English rather than showing a key.
 */
export function defineStrings<T extends object>(table: Table<T>): (locale: Locale) => T {
  const km = { ...table.en, ...table.km } as T;
  return (locale) => (locale === 'km' ? km : table.en);
}

/** An element's strings whose Khmer table is a module of its own (see `defineLazyStrings`). */
export interface LazyStrings<T> {
  (locale: Locale): T;
  /** Starts loading the table `locale` needs; undefined when it is already here (or is English). */
  load(locale: Locale): Promise<void> | undefined;
}

/**
 * `defineStrings` with the Khmer table loaded on demand, so English pages never download it. Until
 * `load('km')` has resolved, Khmer readers get English; elements load the table beside their feed
 * (`FeedElement.prepareView`), so their first view is already in Khmer. A failed load leaves English,
 * and the next `load` tries again.
 */
export function defineLazyStrings<T extends object>(en: T, km: () => Promise<Partial<T>>): LazyStrings<T> {
  let merged: T | undefined;
  let pending: Promise<void> | undefined;
  const strings = ((locale: Locale) => (locale === 'km' && merged) || en) as LazyStrings<T>;
  strings.load = (locale) => {
    if (locale !== 'km' || merged) return undefined;
    return (pending ??= km().then(
      (table) => {
        merged = { ...en, ...table };
      },
      (err: unknown) => {
        pending = undefined;
        console.warn('solidarity-widgets: could not load the Khmer strings; showing English.', err);
      },
    ));
  };
  return strings;
}
