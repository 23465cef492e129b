/**
 * The choices made in Preview, shared with Embed: the language, theme and main attributes of each
 * element. Defaults are left out of the attributes, so snippets stay short.
 */
import type { FallbackTag } from '../feed/fallback-html.js';
import type { CampaignFeed } from '../feed/types.js';
import type { Attributes } from './snippets.js';

export const TAGS: readonly FallbackTag[] = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'];

export interface Control {
  name: string;
  /** Values to choose from; the first is the element's default. `boolean` controls are checkboxes. */
  options?: readonly string[];
  boolean?: boolean;
}

export const CONTROLS: Record<FallbackTag, readonly Control[]> = {
  'press-release-list': [{ name: 'layout', options: ['list', 'cards'] }, { name: 'page-size', options: ['10', '5', '20'] }],
  'wage-gap-gauge': [{ name: 'country' }, { name: 'target', options: ['demand', 'living'] }, { name: 'variant', options: ['bar', 'radial'] }],
  'incident-timeline': [{ name: 'layout', options: ['vertical', 'horizontal'] }, { name: 'include-actions', boolean: true }],
  'action-map': [{ name: 'view', options: ['map', 'table'] }, { name: 'include-incidents', boolean: true }],
};

export interface PreviewOptions {
  lang: 'en' | 'km';
  theme: 'auto' | 'light' | 'dark';
  width: 'phone' | 'desktop';
  attrs: Record<FallbackTag, Record<string, string | boolean>>;
}

export const defaultPreview = (): PreviewOptions => ({
  lang: 'en',
  theme: 'auto',
  width: 'desktop',
  attrs: { 'press-release-list': {}, 'wage-gap-gauge': {}, 'incident-timeline': {}, 'action-map': {} },
});

/** Restores saved options, keeping only known values (a stored project may be from another version). */
export function readPreview(raw: unknown): PreviewOptions {
  const d = defaultPreview();
  if (!raw || typeof raw !== 'object') return d;
  const r = raw as Partial<PreviewOptions>;
  if (r.lang === 'km' || r.lang === 'en') d.lang = r.lang;
  if (r.theme === 'light' || r.theme === 'dark' || r.theme === 'auto') d.theme = r.theme;
  if (r.width === 'phone' || r.width === 'desktop') d.width = r.width;
  for (const tag of TAGS) {
    const saved = (r.attrs as Record<string, Record<string, unknown>> | undefined)?.[tag] ?? {};
    for (const c of CONTROLS[tag]) {
      const v = saved[c.name];
      if (c.boolean ? typeof v === 'boolean' : typeof v === 'string' && (!c.options || c.options.includes(v))) d.attrs[tag][c.name] = v as string | boolean;
    }
  }
  return d;
}

/** The element's attributes for these options: `lang` and `theme` when not the default, then its own. */
export function elementAttributes(tag: FallbackTag, o: PreviewOptions): Attributes {
  const attrs: Attributes = {};
  if (o.lang !== 'en') attrs.lang = o.lang;
  if (o.theme !== 'auto') attrs.theme = o.theme;
  for (const c of CONTROLS[tag]) {
    const v = o.attrs[tag][c.name];
    if (v === undefined || v === '' || v === false) continue;
    if (c.options && v === c.options[0]) continue;
    attrs[c.name] = v;
  }
  return attrs;
}

/** Countries the feed's wages name, for the gauge's country control. */
export function wageCountries(feed: CampaignFeed | undefined): string[] {
  return [...new Set((feed?._campaign?.wages ?? []).map((w) => w.country).filter((c): c is string => !!c))].sort();
}
