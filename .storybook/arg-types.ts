/**
 * Storybook's controls and docs tables from custom-elements.json. Storybook's own mapping keys every
 * entry by its bare name, so a CSS part named like an attribute (`view`, `inset`, `from`, `country`)
 * replaces that attribute's control and the control turns up in the parts table; it also lists
 * private members as properties. Here each kind has its own key and only the public API is listed:
 * attributes (with controls), properties without an attribute, events (as actions), slots, CSS
 * custom properties and CSS parts (never controls).
 */
interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

export interface ArgType {
  name: string;
  description?: string;
  type?: { name: string; required?: boolean };
  control?: false;
  action?: string;
  table: { category: string; type?: { summary?: string }; defaultValue?: { summary?: string }; disable?: boolean };
}

const isPublic = (m: Item): boolean => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#');

const entry = (item: Item, category: string, control: boolean, name = item.name): ArgType => ({
  name,
  description: item.description ?? item.summary,
  type: { name: control ? (item.type?.text ?? 'string') : 'other', required: false },
  ...(control ? {} : { control: false as const }),
  table: { category, type: { summary: item.type?.text }, defaultValue: { summary: item.default } },
});

function declaration(tag: string, manifest: unknown): Declaration | undefined {
  for (const mod of (manifest as Manifest).modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

/** The argTypes of one element, keyed so that no two kinds of entry can collide. */
export function argTypesFor(tag: string, manifest: unknown): Record<string, ArgType> {
  const d = declaration(tag, manifest);
  if (!d) return {};
  const out: Record<string, ArgType> = {};
  const attributed = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  for (const a of d.attributes ?? []) out[a.name] = entry(a, 'attributes', true);
  for (const m of d.members ?? []) {
    if (m.kind !== 'field' || m.static || !isPublic(m) || m.attribute || attributed.has(m.name) || out[m.name]) continue;
    out[m.name] = entry(m, 'properties', !m.readonly);
  }
  for (const e of d.events ?? []) {
    if (!e.name) continue;
    const handler = `on${e.name.replace(/(?:^|[-_:.\s]+)(.)/g, (_, c: string) => c.toUpperCase())}`;
    out[handler] = { name: handler, action: e.name, table: { category: 'events', disable: true } };
    out[`event:${e.name}`] = entry(e, 'events', false);
  }
  for (const s of d.slots ?? []) out[`slot:${s.name || 'default'}`] = entry(s, 'slots', false, s.name || '(default)');
  for (const p of d.cssProperties ?? []) out[`css:${p.name}`] = entry(p, 'css custom properties', false);
  for (const p of d.cssParts ?? []) out[`part:${p.name}`] = entry(p, 'css shadow parts', false);
  return out;
}
