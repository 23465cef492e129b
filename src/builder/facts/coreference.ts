/**
 * The same fact told twice within an item: an action told again without its place ("the protest",
 * "Protesters gathered outside the embassy"), and counts told without a date of their own ("289 people
 * had died") that belong to the one dated incident of their family.
 */
import type { ActionMention, CountField, IncidentMention, Mention } from './model.js';
import type { SentenceEvent } from './events.js';

export const HARM = new Set(['violence', 'killing', 'other']);

const FAMILY: Record<string, string> = {
  strike: 'mobilisation', protest: 'mobilisation', violence: 'harm', killing: 'harm', other: 'harm',
  arrest: 'arrest', court: 'arrest', dismissal: 'dismissal',
};

/**
 * "The death toll rose quickly. … 289 people had died": counts told without a date of their own
 * belong to the one dated incident of their family that the item tells of, when there is exactly one.
 */
export function joinUndatedCounts(
  mentions: Mention[],
  undated: { ev: SentenceEvent; kind: string; quote: string; country?: string }[],
  notes: string[],
): void {
  for (const u of undated) {
    const family = FAMILY[u.kind];
    const all = mentions.filter((m): m is IncidentMention => m.type === 'incident' && FAMILY[m.kind] === family &&
      (!u.country || !m.country || m.country === u.country));
    // "By evening, the Karachi commissioner said 289 people had died": the one in the city it names.
    const named = all.filter((m) => m.city && u.quote.includes(m.city.entry.name));
    const home = named.length ? named : all;
    if (home.length !== 1) continue;
    const target = home[0];
    let added = false;
    for (const f of Object.keys(u.ev.counts) as CountField[]) {
      const c = u.ev.counts[f]!;
      const mine = target.counts[f];
      // A firm count replaces an approximate one ("almost 300" → "289 people had died").
      if (!mine || (mine.qualifier === 'about' && c.qualifier !== 'about')) {
        target.counts[f] = c;
        added = true;
      }
    }
    if (!added) continue;
    const extra = (target.extraQuotes ??= []);
    if (u.quote !== target.quote && !extra.includes(u.quote)) extra.push(u.quote);
    notes.push(`counts of "${clip(u.quote)}" joined to the ${target.kind} of the same item (no date of their own)`);
  }
}

/**
 * Within one item, an action told again without its place ("the protest", "Protesters gathered
 * outside the embassy") is the same action as the one of that kind and day that has a place.
 */
export function foldActions(mentions: Mention[], notes: string[]): Mention[] {
  const out: Mention[] = [];
  const actions = mentions.filter((m): m is ActionMention => m.type === 'action');
  for (const m of mentions) {
    if (m.type !== 'action') {
      out.push(m);
      continue;
    }
    const same = (o: ActionMention): boolean => o !== m && o.kind === m.kind && o.date?.lo === m.date?.lo && o.date?.hi === m.date?.hi;
    if (!m.place || m.definite) {
      const home = actions.filter((o) => same(o) && o.place && !o.fromPlural && !o.definite);
      const onePlace = new Set(home.map((o) => o.place!.name)).size === 1;
      const target = onePlace ? home[0] : !m.place ? actions.find((o) => same(o) && !o.fromPlural && out.includes(o)) : undefined;
      if (target && target !== m && (!m.place || !target.place || m.place.name === target.place.name)) {
        target.participants ??= m.participants;
        target.embassyOf ??= m.embassyOf;
        target.route ??= m.route;
        const extra = (target.extraQuotes ??= []);
        if (m.quote !== target.quote && !extra.includes(m.quote)) extra.push(m.quote);
        notes.push(`"${clip(m.quote)}" read as the same ${m.kind} as another sentence`);
        continue;
      }
      if (m.definite) continue;
    }
    out.push(m);
  }
  return out;
}

export function clip(s: string, n = 90): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
