/**
 * Solidarity-action triggers in one sentence: protests outside embassies, rallies, marches with
 * routes, vigils, open letters, petitions, statements. One action per place: "demonstrations outside
 * Cambodian embassies in Germany, Hong Kong and Turkey" is three actions.
 */
import type { ActionKind } from '../../feed/types.js';
import { npEndingAt } from '../language/counts.js';
import type { Hit } from './model.js';
import type { PlaceMention } from '../language/places.js';
import { isQuoted, type Sentence } from '../language/sentences.js';

interface Rule {
  kind: ActionKind;
  label: string;
  re: RegExp;
  plural?: (m: string) => boolean;
}
const rule = (kind: ActionKind, label: string, src: string, flags = 'gi'): Rule => ({ kind, label, re: new RegExp(src, flags) });
const PEOPLE = '(?:protesters|protestors|demonstrators|campaigners|activists|supporters|people|workers|unionists|trade\\s+unionists|members|students)';

const RULES: Rule[] = [
  rule('protest', 'gathered', `\\b${PEOPLE}\\s+(?:[\\w-]+\\s+){0,2}?(?:gathered|assembled|demonstrated|protested|picketed)\\b`),
  rule('protest', 'held', '\\b(?:demonstrations?|protests?|pickets?|sit-ins?|solidarity\\s+actions?)\\s+(?:were\\s+|was\\s+|have\\s+been\\s+|had\\s+been\\s+)?(?:also\\s+)?(?:staged|held|took\\s+place|organi[sz]ed|taking\\s+place)\\b'),
  rule('protest', 'solidarity', '\\b(?:solidarity|embassy)\\s+(?:protests?|demonstrations?|pickets?|actions?)\\b'),
  rule('protest', 'protested-outside', '\\bprotest(?:ed|ing)?\\s+(?:outside|in\\s+front\\s+of)\\b'),
  rule('protest', 'held', '\\b(?:held|staged|organi[sz]ed)\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+)?(?:protests?|demonstrations?|pickets?)\\b'),
  rule('rally', 'rally', '(?<!\\bto\\s)\\b(?:rally|rallies|rallied)\\b'),
  rule('march', 'march', '\\bmarch(?:ed|es|ing)?\\b', 'g'),
  rule('vigil', 'vigil', '\\bvigils?\\b'),
  rule('letter', 'letter', '\\b(?:(?:open|joint)\\s+)?letters?\\b'),
  rule('petition', 'petition', '\\bpetitions?\\b'),
  rule('statement', 'statement', '\\b(?:joint\\s+)?statements?\\s+(?:was\\s+|were\\s+)?(?:issued|released|published|signed)\\b|\\b(?:issued|released|published|signed)\\s+(?:a\\s+)?(?:joint\\s+)?statement\\b'),
];

const PLURAL = /\b(?:demonstrations|protests|pickets|sit-ins|actions|rallies|vigils|marches|letters|petitions|statements|embassies|consulates)\b/i;
const DEFINITE = /\b(?:the|this|that|their|our|its)\s+(?:[\w-]+\s+)?$/i;
const PRESENT_PERFECT = /\b(?:have|has)\s+(?:\w+\s+)?(?:written|sent|signed|published|issued|launched|delivered|released|held|organi[sz]ed|staged|handed|submitted)\b/i;
const EMBASSY = /\b(embassy|embassies|consulate|consulates|high\s+commission)\b/gi;
const PARTICIPANT_RE = /\b(?:people|protesters|protestors|demonstrators|supporters|campaigners|activists|workers|villagers|unionists|members|students|monks|women)\b/gi;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/i;

/** The places a trigger applies to: the first after it, and the rest of its list when plural. */
function placesFor(text: string, hit: Hit, after: PlaceMention[], until: number): PlaceMention[] {
  const own = after.filter((p) => !p.demonym && p.start >= hit.end && p.start < until);
  if (own.length === 0) return [];
  const list = [own[0]];
  for (let i = 1; i < own.length && hit.plural; i++) {
    if (!LIST_GAP.test(text.slice(own[i - 1].end, own[i].start))) break;
    list.push(own[i]);
  }
  return list;
}

function routeFor(text: string, hit: Hit, places: PlaceMention[]): PlaceMention[] | undefined {
  const own = places.filter((p) => !p.demonym && p.start >= hit.end);
  for (let i = 0; i + 1 < own.length; i++) {
    const before = text.slice(Math.max(hit.end, own[i].start - 12), own[i].start);
    const between = text.slice(own[i].end, own[i + 1].start);
    if (/\bfrom\s+(?:the\s+)?$/i.test(before) && /^\s*(?:province|city|district|town)?\s*(?:,\s*)?to\s+(?:the\s+)?$/i.test(between)) {
      return [own[i], own[i + 1]];
    }
  }
  return undefined;
}

function detailFor(kind: ActionKind, text: string, hit: Hit): string | undefined {
  const after = text.slice(hit.start);
  if (kind === 'letter' || kind === 'petition') {
    // "an open letter to Cambodia's Prime Minister calling for …" → "Cambodia's Prime Minister".
    const m = /\bto\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)(?=\s+(?:asking|calling|demanding|urging|requesting|about|over|on|which|that|to|and|in|for)\b|[,.;:]|$)/u.exec(after.slice(0, 100));
    return m && /\p{Lu}/u.test(m[1]) ? m[1] : undefined;
  }
  if (kind === 'march') {
    const m = /(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)\s+community\b/u.exec(text);
    return m ? `${m[1]} community` : undefined;
  }
  if (kind === 'statement') {
    const m = /((?:\p{Lu}?[\p{L}-]+\s+){1,3})(?:joint\s+)?statement\b/u.exec(text);
    const words = m?.[1].trim();
    return words && /^\p{Lu}/u.test(words) && !/^(?:The|A|An|This|That)$/.test(words) ? words : undefined;
  }
  const m = /\boutside\s+(the\s+[^,.;()]+?)(?=\s+in\s+\p{Lu}|\s+(?:today|yesterday|on|to|calling|where|demanding)\b|[,.;]|$)/u.exec(after);
  return m && m[1].length <= 70 && !/embass/i.test(m[1]) ? m[1] : undefined;
}

export function findActionHits(s: Sentence, places: PlaceMention[], incidentHits: Hit[]): Hit[] {
  const text = s.text;
  const found: Hit[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isQuoted(s, start, end)) continue;
      found.push({
        family: 'action', kind: r.kind, label: r.label, start, end, counts: {}, vague: {}, nouns: {}, places: [],
        plural: PLURAL.test(m[0]), definite: DEFINITE.test(text.slice(Math.max(0, start - 30), start)),
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: Hit[] = [];
  for (const h of found) {
    // A march that police "blocked" is part of that incident, unless it has a route of its own.
    const inIncident = incidentHits.some((i) => h.start < i.end && i.start < h.end);
    if (hits.some((k) => h.start < k.end && k.start < h.end)) continue;
    if (inIncident && !(h.kind === 'march' && routeFor(text, h, places))) continue;
    hits.push(h);
  }
  const embassies: { start: number; plural: boolean; of?: string }[] = [];
  EMBASSY.lastIndex = 0;
  for (let m = EMBASSY.exec(text); m; m = EMBASSY.exec(text)) {
    const demonym = places.find((p) => p.demonym && text.slice(p.end, m!.index).trim() === '');
    embassies.push({ start: m.index, plural: /ies|ates$/i.test(m[1]), of: demonym?.entry.country });
  }
  hits.forEach((h, i) => {
    const next = hits[i + 1]?.start ?? text.length;
    const embassy = embassies.find((e) => e.start >= h.start && e.start < next);
    if (embassy) {
      h.embassyOf = embassy.of ?? '';
      if (embassy.plural) h.plural = true;
      if (!embassy.of && /\bthe\s+$/i.test(text.slice(Math.max(0, embassy.start - 5), embassy.start))) h.definite = true;
    }
    if (h.kind === 'march') h.route = routeFor(text, h, places);
    if (!['letter', 'petition', 'statement'].includes(h.kind)) {
      h.places = h.route ? [h.route[0]] : placesFor(text, h, places, next);
    }
    h.presentPerfect = PRESENT_PERFECT.test(text.slice(Math.max(0, h.start - 40), h.end));
    h.detail = detailFor(h.kind as ActionKind, text, h);
  });
  // Participants: a people count not already counted as dead, hurt or arrested, nearest trigger wins.
  const taken = incidentHits.filter((i) => i.counts.deaths || i.counts.injured || i.counts.arrested);
  PARTICIPANT_RE.lastIndex = 0;
  for (let m = PARTICIPANT_RE.exec(text); m; m = PARTICIPANT_RE.exec(text)) {
    const np = npEndingAt(text, m.index + m[0].length);
    if (!np?.count || isQuoted(s, np.start) || taken.some((t) => np.start >= t.start && np.start < t.end)) continue;
    // "supporters of the 23 workers": people named after "of", "for" or "the" are not the crowd.
    if (/\b(?:the|of|for|to|against|with|about|these|those|their|free|freeing|release)\s+$/i.test(text.slice(Math.max(0, np.start - 12), np.start))) continue;
    const candidates = hits.filter((h) => ['protest', 'rally', 'march', 'vigil', 'strike'].includes(h.kind));
    let best: Hit | undefined;
    for (const h of candidates) if (!best || Math.abs(h.start - np.start) < Math.abs(best.start - np.start)) best = h;
    if (best && !best.counts.participants) best.counts.participants = np.count;
  }
  return hits;
}
