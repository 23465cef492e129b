/**
 * One item's text → fact mentions. Sentences are read in order so that dates can chain ("On
 * January 2 … The following day …"), actions can refer back ("the protest", "the letter"), and the
 * published date can be narrowed by what the document itself reports (a piece that recounts
 * 3 January was not published on 1 January).
 */
import type { PartialDate } from '../../feed/types.js';
import { formatDay, partialRange, type DayRange } from '../language/calendar.js';
import { findActionHits } from './actions.js';
import { findDates, isFutureSentence, resolveDate, type ResolvedDate, type Stated } from '../language/dates.js';
import { foldSpace } from '../read/decode.js';
import { findIncidentHits } from './incidents.js';
import type { ActionMention, Hit, IncidentMention, Mention, WageMention } from './model.js';
import { findPlaces, toPlace, type PlaceMention } from '../language/places.js';
import { splitSentences, type Sentence } from '../language/sentences.js';
import { findWages, sectorOf } from './wages.js';

export interface ItemInput {
  item: string;
  file: string;
  text: string;
  published?: PartialDate;
}

export interface ItemExtraction {
  mentions: Mention[];
  /** What a reviewer should know: unresolved dates, skipped amounts, assumptions. */
  notes: string[];
  /** How often each country is named (names and demonyms): the item's country is the most named. */
  countries: Map<string, number>;
  sentences: number;
}

interface SentenceInfo {
  s: Sentence;
  places: PlaceMention[];
  countries: string[];
  hits: Hit[];
  future: boolean;
  hedged: boolean;
  pluperfect: boolean;
}

const HEDGE = /\b(?:(?:is|are|was|were)\s+(?:understood|believed|thought|reported|alleged|said)\s+to|it\s+is\s+(?:understood|believed|thought|alleged|reported)|reportedly|allegedly|unconfirmed|rumou?red)\b/i;
const PLUPERFECT = /\bhad\s+(?:already\s+)?(?:begun|began|started|set\s+off|set\s+out|gone|marched|walked|left|been)\b/i;

/** Longer "sentences" are run-on text (lists, tables, hostile input): not read for facts. */
export const MAX_SENTENCE = 2000;

function analyse(s: Sentence): SentenceInfo {
  if (s.text.length > MAX_SENTENCE) return { s, places: [], countries: [], hits: [], future: false, hedged: false, pluperfect: false };
  const places = findPlaces(s.text);
  const incidents = findIncidentHits(s);
  const actions = findActionHits(s, places, incidents);
  const countries = [...new Set(places.map((p) => p.entry.country))];
  return {
    s, places, countries,
    hits: [...incidents, ...actions].sort((a, b) => a.start - b.start),
    future: isFutureSentence(s.text),
    hedged: HEDGE.test(s.text),
    pluperfect: PLUPERFECT.test(s.text),
  };
}

interface DatePass {
  dates: Map<Hit, ResolvedDate>;
  /** How each hit got its date, for the report. */
  how: Map<Hit, string>;
  unresolved: string[];
}

/** Attaches every date expression to a trigger and resolves it; `published` may be a range. */
function datePass(infos: SentenceInfo[], published: (DayRange & { stated: Stated }) | undefined): DatePass {
  const dates = new Map<Hit, ResolvedDate>();
  const how = new Map<Hit, string>();
  const unresolved: string[] = [];
  let previous: ResolvedDate | undefined;
  /** Incidents of the previous sentence, for "Police fired on workers today. Four were killed." */
  let lastIncidents: { family: string; date: ResolvedDate; paragraph: number }[] = [];
  const actionsSoFar: { hit: Hit; date?: ResolvedDate; place?: string }[] = [];
  for (const info of infos) {
    const text = info.s.text;
    const exprs = text.length > MAX_SENTENCE ? [] : findDates(text);
    const own = new Map<Hit, ResolvedDate>();
    let sentenceDefault: ResolvedDate | undefined;
    const firstHit = info.hits[0]?.start ?? Infinity;
    for (const e of exprs) {
      const r = resolveDate(e, { published, previous, future: info.future });
      if ('unresolved' in r) {
        unresolved.push(r.unresolved);
        continue;
      }
      previous = r;
      if (e.end <= firstHit) {
        sentenceDefault = r;
        continue;
      }
      // A date after a trigger belongs to the nearest trigger before it ("began striking on December 24").
      let owner: Hit | undefined;
      for (const h of info.hits) if (h.start < e.start) owner = h;
      if (owner && !own.has(owner)) own.set(owner, r);
    }
    const prevHitDate = new Map<Hit['family'], ResolvedDate>();
    for (const h of info.hits) {
      let d = own.get(h);
      let via = d ? `"${d.text}"` : '';
      if (!d && sentenceDefault) {
        d = sentenceDefault;
        via = `"${d.text}" (opens the sentence)`;
      }
      if (!d && h.needsOwnDate) continue;
      if (!d && h.family === 'action' && h.definite) {
        const ante = [...actionsSoFar].reverse().find((a) => a.hit.kind === h.kind || (a.hit.kind === 'protest' && h.kind === 'protest'));
        if (ante?.date) {
          d = ante.date;
          via = `refers back to an earlier ${h.kind} ("${ante.date.text}")`;
        }
      }
      // Coordinated facts share a date ("the deaths of four people in early January, the arrest of
      // 23 workers"), but only within one family: an incident never takes a letter's date.
      const inherited = prevHitDate.get(h.family);
      if (!d && !h.reaction && inherited) {
        d = inherited;
        via = `same sentence as "${inherited.text}"`;
      }
      const family = h.kind === 'killing' ? 'violence' : h.kind;
      if (!d && h.family === 'incident' && !h.reaction && exprs.length === 0) {
        const before = lastIncidents.find((x) => x.family === family && x.paragraph === info.s.paragraph);
        if (before) {
          d = before.date;
          via = `the previous sentence ("${before.date.text}")`;
        }
      }
      if (!d && h.family === 'action' && h.presentPerfect && published) {
        d = { ...published, stated: published.stated, deictic: true, text: 'the published date', notes: [] };
        via = 'reported as done by the published date';
      }
      if (!d && h.reaction && info.pluperfect && published) {
        // "condemn the dispersal of villagers who had begun their march on 12 August": after the
        // march began, before the statement. A bounded range, stated as such.
        const earlier = [...own.entries()].find(([other]) => other !== h)?.[1];
        if (earlier && earlier.hi <= published.hi) {
          d = { lo: earlier.lo, hi: published.hi, stated: 'day', deictic: true, span: true, text: `between ${formatDay(earlier.lo)} and ${formatDay(published.hi)}`,
            notes: [`the text gives no day: after "${earlier.text}" and by the published date`] };
          via = 'bounded by an earlier event and the published date';
        }
      }
      if (d) {
        dates.set(h, d);
        how.set(h, via);
        if (!h.reaction) prevHitDate.set(h.family, d);
      }
      if (h.family === 'action') actionsSoFar.push({ hit: h, date: d, place: h.places[0]?.entry.name });
    }
    lastIncidents = info.hits
      .filter((h) => h.family === 'incident' && dates.has(h))
      .map((h) => ({ family: h.kind === 'killing' ? 'violence' : h.kind, date: dates.get(h)!, paragraph: info.s.paragraph }));
  }
  return { dates, how, unresolved };
}

function quoteOf(s: Sentence): string {
  return foldSpace(s.text);
}

export function extractItem(input: ItemInput): ItemExtraction {
  const notes: string[] = [];
  const sentences = splitSentences(input.text);
  const infos = sentences.map(analyse);
  const long = sentences.filter((s) => s.text.length > MAX_SENTENCE).length;
  if (long) notes.push(`${long} passage${long === 1 ? '' : 's'} over ${MAX_SENTENCE} characters without a sentence end: not read for facts`);
  const countries = new Map<string, number>();
  for (const info of infos) for (const p of info.places) countries.set(p.entry.country, (countries.get(p.entry.country) ?? 0) + 1);

  let published: (DayRange & { stated: Stated }) | undefined;
  if (input.published) {
    const r = partialRange(input.published);
    published = { lo: r.lo, hi: r.hi, stated: r.precision };
  }
  let pass = datePass(infos, published);
  if (published && published.hi > published.lo) {
    // A document cannot report, in the past tense, a day that had not yet come.
    let latest = -Infinity;
    for (const info of infos) {
      if (info.future) continue;
      for (const h of info.hits) {
        const d = pass.dates.get(h);
        if (h.family === 'incident' && d && !d.deictic && d.lo === d.hi && d.lo > latest) latest = d.lo;
      }
    }
    if (latest > published.lo && latest <= published.hi) {
      published = { ...published, lo: latest };
      notes.push(`published date ${input.published} narrowed to ${formatDay(latest)} or later: the document reports events of that day`);
      pass = datePass(infos, published);
    }
  }
  notes.push(...pass.unresolved.map((u) => `unresolved date: ${u}`));

  const mentions: Mention[] = [];
  infos.forEach((info, si) => {
    const quote = quoteOf(info.s);
    const base = (k: number) => ({
      item: input.item, file: input.file, quote, order: `${input.file}#${String(si).padStart(5, '0')}.${k}`, notes: [] as string[], hedged: info.hedged,
    });
    // A city locates an incident only when it follows the incident's trigger with "in"/"at" (or
    // opens the sentence), and no action trigger stands between ("a rally … in Phnom Penh … workers arrested" is not an
    // arrest in Phnom Penh).
    const cityFor = (hits: Hit[]): PlaceMention | undefined => info.places.find((p) => {
      if (p.demonym || p.entry.kind === 'country') return false;
      if (!/\b(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(info.s.text.slice(Math.max(0, p.start - 20), p.start))) return false;
      let owner: Hit | undefined;
      for (const h of info.hits) if (h.start < p.start) owner = h;
      // "In Phnom Penh, a vendor was killed": a place opening the sentence is where all of it happened.
      return owner ? hits.includes(owner) : true;
    });
    // Incidents: violence and killings in one sentence are one event; other kinds one per kind.
    const groups = new Map<string, Hit[]>();
    for (const h of info.hits.filter((x) => x.family === 'incident')) {
      const key = h.kind === 'violence' || h.kind === 'killing' ? 'violence' : h.kind;
      groups.set(key, [...(groups.get(key) ?? []), h]);
    }
    let k = 0;
    for (const hits of groups.values()) {
      const dated = hits.find((h) => pass.dates.has(h));
      const first = hits[0];
      const m: IncidentMention = {
        ...base(k++), type: 'incident', kind: first.kind as IncidentMention['kind'], label: (dated ?? first).label,
        counts: {}, vague: {}, nouns: {}, countries: info.countries, city: cityFor(hits), detail: first.detail, actor: first.actor,
        sector: sectorOf(info.s.text),
      };
      for (const h of hits) {
        Object.assign(m.vague, h.vague);
        Object.assign(m.nouns, h.nouns);
        for (const [f, c] of Object.entries(h.counts)) if (!m.counts[f as 'deaths']) m.counts[f as 'deaths'] = c;
        m.detail ??= h.detail;
      }
      if (m.kind === 'violence' && (m.counts.deaths || hits.some((h) => h.kind === 'killing'))) m.kind = 'killing';
      if (m.kind === 'violence' && hits.some((h) => h.label === 'shooting') && !m.counts.deaths) m.label = 'shooting';
      if (dated) {
        m.date = pass.dates.get(dated);
        m.notes.push(`date from ${pass.how.get(dated)}`);
      } else {
        const what = first.needsOwnDate ? 'a reference without a date of its own' : 'no date could be tied to it';
        notes.push(`skipped ${first.kind} mention (${what}): "${clip(quote)}"`);
        continue;
      }
      if (info.hedged) m.notes.push('hedged in the text (reported, not confirmed)');
      if (info.future) m.notes.push('planned or expected, not yet happened at publication');
      mentions.push(m);
    }
    // Actions: one per place.
    for (const h of info.hits.filter((x) => x.family === 'action')) {
      const d = pass.dates.get(h);
      const places: (PlaceMention | undefined)[] = h.places.length ? (h.plural ? h.places : [h.places[0]]) : [undefined];
      for (const p of places) {
        const atSeat = h.embassyOf !== undefined;
        const m: ActionMention = {
          ...base(k++), type: 'action', kind: h.kind as ActionMention['kind'], label: h.label,
          place: p ? toPlace(p.entry, atSeat || p.entry.kind === 'country') : undefined,
          route: h.route?.map((r) => toPlace(r.entry)), participants: h.counts.participants,
          embassyOf: h.embassyOf || undefined, detail: h.detail, countries: info.countries,
          maybeIncident: h.kind === 'protest' && h.embassyOf === undefined && !/\bsolidarity\b/i.test(info.s.text),
          date: d, hedged: info.hedged,
        };
        m.refersBack = pass.how.get(h)?.startsWith('refers back') ?? false;
        m.fromPlural = places.length > 1;
        if (d) m.notes.push(`date from ${pass.how.get(h)}`);
        if (p && p.entry.kind === 'country') {
          m.notes.push(p.entry.seat ? `map marker at ${p.entry.seat.name}, seat of government and embassies of ${p.entry.name}` : `no map position for ${p.entry.name}`);
        }
        if (info.hedged) m.notes.push('hedged in the text (reported, not confirmed)');
        mentions.push(m);
      }
    }
    const wages = info.s.text.length > MAX_SENTENCE ? { hits: [], skipped: [] } : findWages(info.s, info.countries);
    for (const w of wages.hits) {
      const m: WageMention = {
        ...base(k++), type: 'wage', amount: w.amount, currency: w.currency, period: w.period, role: w.role,
        country: info.countries.length === 1 ? info.countries[0] : undefined, sector: sectorOf(info.s.text),
        countries: info.countries,
      };
      m.notes.push(...w.notes);
      mentions.push(m);
    }
    for (const sk of wages.skipped) notes.push(`amount ${sk.text} not a wage: ${sk.reason}`);
  });
  return { mentions: resolveAnaphora(mentions, notes), notes, countries, sentences: sentences.length };
}

/**
 * "Over 40 protesters gathered outside the embassy in north London" after "Protesters gathered
 * outside the Cambodian embassy yesterday": one protest. A definite action with no place of its own,
 * or no date of its own, joins the latest action of the same kind in the item when nothing conflicts.
 */
function resolveAnaphora(mentions: Mention[], notes: string[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'action') {
      out.push(m);
      continue;
    }
    const fits = (o: Mention): o is ActionMention =>
      o.type === 'action' && o.kind === m.kind && o.item === m.item && (!o.place || !m.place || o.place.name === m.place.name);
    // "the protest" means one earlier protest: prefer one that was not part of a list of places.
    const earlier = [...out].reverse();
    const ante = m.refersBack
      ? earlier.find((o): o is ActionMention => fits(o) && !o.fromPlural) ?? earlier.find(fits)
      : undefined;
    if (!ante) {
      out.push(m);
      continue;
    }
    ante.place ??= m.place;
    ante.participants ??= m.participants;
    ante.embassyOf ??= m.embassyOf;
    ante.detail ??= m.detail;
    ante.route ??= m.route;
    ante.maybeIncident = ante.maybeIncident && m.maybeIncident;
    const extra = (ante.extraQuotes ??= []);
    for (const q of [m.quote, ...(m.extraQuotes ?? [])]) if (q !== ante.quote && !extra.includes(q)) extra.push(q);
    ante.notes.push(...m.notes.filter((n) => !ante.notes.includes(n)));
    notes.push(`"${clip(m.quote)}" read as the same ${m.kind} as an earlier sentence`);
  }
  return out;
}

function clip(s: string, n = 90): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
