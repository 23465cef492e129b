import type { Locale } from '../../runtime/i18n.js';
import { strings } from './press-release-list.strings.js';

/**
 * A tag as a reader reads it: a known slug by its label in the reader's language ("press-release" →
 * "Press release" / "សេចក្ដីប្រកាសព័ត៌មាន"); another slug made readable ("living-wage" → "Living
 * wage"); a tag already written as words, as it is.
 */
export function tagLabel(tag: string, locale: Locale): string {
  const names = strings(locale).tagNames;
  const key = tag.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (Object.hasOwn(names, key)) return names[key];
  if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(tag)) return tag;
  const words = tag.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
