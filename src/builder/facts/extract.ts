/**
 * One item's text → fact mentions, in stages with plain data between them:
 *
 *   sentences (language/sentences) → dates (language/when), places (language/places) →
 *   events with their counts, dates and places in their clause (events.ts) →
 *   what each event is (classify.ts) and where (locate.ts) → dating from context (below) → mentions
 *
 * Dating from context is the one thing that reads across sentences: an event whose sentence gives no
 * date takes the date of the event told just before it (the next sentence of a news story goes on
 * about the same day), the day after it ("the following day"), or, for a statement, letter or protest
 * reported in the present tense, the published date. An event that is the object of a reaction
 * ("condemn the arrest of …") never borrows a date: only its own phrase can date it.
 */
import type { PartialDate, Place } from '../../feed/types.js';
import { formatDay, partialRange, type DayRange } from '../language/calendar.js';
import type { ResolvedDate, Stated } from '../language/when.js';
import { foldSpace } from '../read/decode.js';
import { countryPlace, findPlaces, toPlace, type GazetteerEntry, type PlaceMention } from '../language/places.js';
import { lookupName } from '../language/gazetteer.js';
import { isQuoted, splitSentences, type Sentence } from '../language/sentences.js';
import { findDateMentions, type DateMention } from '../language/when.js';
import { classify, WORKER_WORDS, type Classified } from './classify.js';
import { findEvents, type SentenceEvent } from './events.js';
import { isTarget, locate, type Located } from './locate.js';
import type { ActionMention, CountField, IncidentMention, Mention, WageMention } from './model.js';
import { findWages, sectorOf } from './wages.js';

export interface ItemInput {
  item: string;
  file: string;
  text: string;
  published?: PartialDate;
  /** The document's address and title: a country they name is a weak hint of where it is set. */
  hint?: string;
}

export interface ItemExtraction {
  mentions: Mention[];
  /** What a reviewer should know: undated events, skipped amounts, assumptions. */
  notes: string[];
  /** How often each country is named (names and demonyms): the item's country is the most named. */
  countries: Map<string, number>;
  sentences: number;
}

/** Longer "sentences" are run-on text (lists, tables, hostile input): not read for facts. */
export const MAX_SENTENCE = 2000;

const HEDGE = /\b(?:(?:is|are|was|were)\s+(?:understood|believed|thought|reported|alleged|said)\s+to|it\s+is\s+(?:understood|believed|thought|alleged|reported)|reportedly|allegedly|unconfirmed|rumou?red)\b/i;
const FUTURE = /\b(?:will|shall|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|plan(?:s|ning)?\s+to|are\s+planning|is\s+planning|expected\s+to|scheduled|tomorrow|next\s+(?:week|month|year))\b/i;
const FOLLOWING_DAY = /\b(?:the\s+)?(?:following|next)\s+day\b|\ba\s+day\s+later\b/i;
const SAME_DAY = /\b(?:on\s+)?the\s+same\s+day\b|\bthat\s+(?:same\s+)?day\b/i;
const DAY_BEFORE = /\b(?:a|the)\s+day\s+(?:earlier|before)\b/i;
/** Time words that date a sentence vaguely: it must not borrow a day from its neighbour. */
const OTHER_TIME = { test: (t: string): boolean => OTHER_TIME_WORDS.test(t) || OWN_TIME.test(t) };
const OTHER_TIME_WORDS = /\b(?:1[89]\d{2}|20\d{2})\b|\b(?:since|last\s+year|this\s+year|in\s+recent|for\s+(?:months|weeks|years)|for\s+the\s+(?:last|past)|decades?|years?\s+ago|generations)\b/i;
const PLUPERFECT = /\bhad\s+(?:already\s+)?(?:begun|began|started|set\s+off|set\s+out|gone|marched|walked|left|been)\b/i;
const HEADING_END = /[.!?…"”’):]\s*$/;
/** A sentence that opens on a time of its own the calendar cannot place ("Before the holidays, …"). */
const OWN_TIME = /^(?:Before|After|During|Until|Since|Earlier|Later|Previously|In\s+the\s+past)\b/;

interface Told {
  si: number;
  date: ResolvedDate;
}

interface SentenceInfo {
  s: Sentence;
  heading: boolean;
  places: PlaceMention[];
  dates: DateMention[];
  events: SentenceEvent[];
  future: boolean;
  hedged: boolean;
}

function publishedRange(p: PartialDate | undefined): (DayRange & { stated: Stated }) | undefined {
  if (!p) return undefined;
  const r = partialRange(p);
  return { lo: r.lo, hi: r.hi, stated: r.precision };
}

function analyse(s: Sentence, published: (DayRange & { stated: Stated }) | undefined): SentenceInfo {
  const heading = !HEADING_END.test(s.text) && s.text.length < 160;
  if (s.text.length > MAX_SENTENCE) return { s, heading, places: [], dates: [], events: [], future: false, hedged: false };
  // Someone's words in quotation marks do not make the reporter's sentence about the future.
  const future = FUTURE.test(unquoted(s));
  const places = findPlaces(s.text);
  const dates = findDateMentions(s.text, { published, future });
  const events = heading ? [] : findEvents(s.text, dates, places, (a, b) => isQuoted(s, a, b));
  return { s, heading, places, dates, events, future, hedged: HEDGE.test(s.text) };
}

function unquotedSlice(s: Sentence, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [a, b] of s.quoted) {
    if (b <= from || a >= to) continue;
    out += s.text.slice(at, Math.max(at, a));
    at = Math.min(to, Math.max(at, b));
  }
  return out + s.text.slice(at, to);
}

function unquoted(s: Sentence): string {
  let out = '';
  let at = 0;
  for (const [a, b] of s.quoted) {
    out += s.text.slice(at, a);
    at = b;
  }
  return out + s.text.slice(at);
}

/**
 * A name several places share ("Florida": a US state, a Puerto Rican town, a Uruguayan department)
 * is the one in the country the rest of the document names most; a surname that is also a town
 * ("Pedro Zamora") is no place anywhere in the document.
 */
function disambiguate(infos: SentenceInfo[]): void {
  const surnames = new Set<string>();
  for (const info of infos) {
    for (const m of info.s.text.matchAll(/\b\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}+)\b/gu)) {
      const full = m[0];
      const last = m[1];
      const asPlace = lookupName(last);
      if (lookupName(full).length === 0 && asPlace.length && asPlace.every((e) => e.kind !== 'country') &&
        lookupName(full.split(/\s+/)[0]).length === 0 &&
        !/^(?:North|South|East|West|Central|Greater|New|The|In|At|From|Of|On|Near|Outside|Meanwhile|Workers?|Metro|Downtown|Upper|Lower|Port|Saint|San|Santa|Lake|Mount|Greater)$/.test(full.split(/\s+/)[0])) {
        surnames.add(last);
      }
    }
  }
  for (const info of infos) if (surnames.size) info.places = info.places.filter((p) => p.demonym || !surnames.has(p.text));
  const named = countriesOf(infos);
  for (const info of infos) {
    info.places = info.places.map((p) => {
      if (p.demonym || p.entry.kind === 'country') return p;
      const options = lookupName(p.text).filter((e) => e.kind !== 'country');
      if (options.length < 2) return p;
      const score = (e: GazetteerEntry): number => (named.get(e.country) ?? 0) - (e.country === p.entry.country ? 1 : 0);
      const best = options.reduce((a, b) => (score(b) > score(a) ? b : a), p.entry);
      return best === p.entry || score(best) <= 0 ? p : { ...p, entry: best };
    });
  }
}

function countriesOf(infos: SentenceInfo[]): Map<string, number> {
  const countries = new Map<string, number>();
  for (const info of infos) for (const p of info.places) countries.set(p.entry.country, (countries.get(p.entry.country) ?? 0) + 1);
  return countries;
}

function mostNamed(counts: Map<string, number>): string | undefined {
  let top: string | undefined;
  for (const [c, n] of counts) if (!top || n > counts.get(top)! || (n === counts.get(top)! && c < top)) top = c;
  return top;
}

/** "Brussels, 3 December 2008:", "Phnom Penh - A union leader said …": where (and when) the piece was filed. */
function datelineOf(infos: SentenceInfo[]): { place: PlaceMention; date?: DateMention } | undefined {
  for (const info of infos.slice(0, 4)) {
    const p = info.places[0];
    if (p && p.start === 0 && !p.demonym && p.entry.kind !== 'country' &&
      /^\s*(?:\([^)]*\)\s*)?(?:[,:–—-]|\s[–—-])/.test(info.s.text.slice(p.end, p.end + 8))) {
      const date = info.dates.find((d) => d.start - p.end < 4 && d.stated === 'day');
      return { place: p, date };
    }
  }
  return undefined;
}

/** A country named in the document's address or title ("…/world/cambodia/…"). */
function hintCountry(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  const words = hint.replace(/[/_.?=&-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  return findPlaces(words).find((p) => p.entry.kind === 'country' && !p.demonym)?.entry.country;
}

export function extractItem(input: ItemInput): ItemExtraction {
  const notes: string[] = [];
  const sentences = splitSentences(input.text);
  let published = publishedRange(input.published);
  let infos = sentences.map((s) => analyse(s, published));
  const long = sentences.filter((s) => s.text.length > MAX_SENTENCE).length;
  if (long) notes.push(`${long} passage${long === 1 ? '' : 's'} over ${MAX_SENTENCE} characters without a sentence end: not read for facts`);
  if (published && published.hi > published.lo) {
    // A document cannot report, in the past tense, a day that had not yet come.
    let latest = -Infinity;
    let told: number | undefined;
    for (const info of infos) {
      if (info.future) continue;
      for (const d of info.dates) {
        if (d.deictic || d.lo !== d.hi || d.lo > published.hi) continue;
        told = d.lo;
        if (d.lo > latest) latest = d.lo;
      }
      // "The following day" after a day the text gives is a day the text gives too.
      if (told !== undefined && FOLLOWING_DAY.test(info.s.text) && told + 1 <= published.hi) latest = Math.max(latest, told + 1);
    }
    if (latest > published.lo) {
      published = { ...published, lo: latest };
      notes.push(`published date ${input.published} narrowed to ${formatDay(latest)} or later: the document reports events of that day`);
      infos = sentences.map((s) => analyse(s, published));
    }
  }
  disambiguate(infos);
  const countries = countriesOf(infos);
  const hinted = hintCountry(input.hint);
  // The address breaks ties and fills a silence; it never outweighs what the text names.
  if (hinted) countries.set(hinted, (countries.get(hinted) ?? 0) + 0.5);
  const home = mostNamed(countries);
  const dateline = datelineOf(infos);
  /** The country the latest heading names: roundups tell several stories under their own headings. */
  let section: string | undefined;
  /** The last date the narrative gave, and where: undated events just after it are of that time. */
  let anchor: Told | undefined;
  const lastOfKind = new Map<string, ResolvedDate>();
  const undatedCounts: { ev: SentenceEvent; kind: string; quote: string; country?: string }[] = [];

  const mentions: Mention[] = [];
  let lastIncident: Told | undefined;
  let lastAction: Told | undefined;
  const recentCountries: { si: number; country: string }[] = [];
  const workersNamed = infos.some((info) => WORKER_WORDS.test(info.s.text));

  infos.forEach((info, si) => {
    const text = info.s.text;
    const quote = foldSpace(text);
    if (info.heading) {
      const named = info.places.find((p) => !isTarget(text, p));
      if (named && si > 0) section = named.entry.country;
    }
    const recent = [...recentCountries].reverse().find((r) => si - r.si <= 2)?.country;
    const local = section ?? home;
    let k = 0;
    const base = () => ({
      item: input.item, file: input.file, quote, order: `${input.file}#${String(si).padStart(5, '0')}.${k++}`,
      notes: [] as string[], hedged: info.hedged,
    });
    const relative = FOLLOWING_DAY.exec(text) ?? DAY_BEFORE.exec(text) ?? SAME_DAY.exec(text);
    const groups = new Map<string, { ev: SentenceEvent; c: Classified; where: Located; date: ResolvedDate; how: string }[]>();
    const sameSentenceHarm: SentenceEvent[] = [];
    const strikes = info.events.filter((e) => e.cls === 'strike' && !e.negated && !e.irrealis);
    // "The protests began on the 19th with a work stoppage", "a strike in which 40,000 workers took to
    // the streets": one strike, with the protest's count.
    const absorbed = new Set<SentenceEvent>();
    for (const ev of info.events) {
      if (ev.cls !== 'protest') continue;
      const strike = strikes.find((t) => t.clause === ev.clause || (!ev.noun && t.date && t.date === ev.date));
      if (!strike) continue;
      strike.counts.participants ??= ev.counts.participants;
      strike.vague.participants ??= ev.vague.participants;
      absorbed.add(ev);
    }
    for (const ev of info.events) {
      if (absorbed.has(ev)) continue;
      if (ev.negated || ev.irrealis) continue;
      // Planned: "will hold their planned protest march", "are planning to hand the petition in".
      if (FUTURE.test(unquotedSlice(info.s, ev.clause.start, ev.clause.end))) continue;
      // "The protests began on the 19th with a work stoppage", "went on strike to … protest": one strike.
      const where = locate(text, ev, info.places, local ?? recent);
      if (where.embassyOf && !where.place && where.country === (local ?? recent)) where.country = undefined;
      const c = classify(ev, { sentence: text, workersNamed, home: local, where: where.country, atEmbassy: !!where.embassyOf });
      if (!c) continue;
      // A statement is a solidarity action when an organisation that speaks for others makes it, or
      // the text dates it, or the document is the statement (its dateline); "the union said in a
      // statement" about its own strike is not one.
      if (c.family === 'action' && c.kind === 'statement' && ev.actor !== 'organisation' && ev.dateHow !== 'phrase' && !dateline?.date) continue;
      // When: its own date, the day after (or before) the last one told, the story's day, the published day.
      let date: ResolvedDate | undefined = ev.date;
      // Someone's words date what they tell only with a date of their own words.
      const own = ev.date;
      if (own && ev.quoted && !info.s.quoted.some(([a, b]) => own.start >= a && own.end <= b && ev.start >= a && ev.end <= b)) date = undefined;
      // A dateline gives the day a statement was filed, not the day of what it reports.
      if (date && dateline?.date === date && c.family === 'incident') date = undefined;
      let how = date ? `"${date.text}"` : '';
      if (c.family === 'action' && ev.present && ev.dateHow !== 'phrase' && published) {
        // "We condemn the dispersal of villagers who had begun their march on 12 August": the
        // statement is of the day it was published; the date belongs to the march.
        date = { ...published, deictic: true, text: 'the published date', notes: [] };
        how = 'reported in the present tense: the published date';
      }
      if (!date && ev.reaction && published && PLUPERFECT.test(text)) {
        // What a statement reacts to happened after the earlier event it names and by publication.
        const earlier = info.events.find((o) => o !== ev && o.date && o.date.hi <= published!.hi)?.date;
        if (earlier) {
          date = { lo: earlier.lo, hi: published.hi, stated: 'day', deictic: true, span: true,
            text: `between ${formatDay(earlier.lo)} and ${formatDay(published.hi)}`,
            notes: [`the text gives no day: after "${earlier.text}" and by the published date`] };
          how = 'bounded by an earlier event and the published date';
        }
      }
      if (!date && relative && !ev.reaction) {
        // "who was killed a day earlier": counted from the date told just before, in this sentence or the last.
        const own = info.dates.filter((d) => d.end <= relative.index && d.stated === 'day').pop();
        const prev = own ? { si, date: own } : lastIncident ?? lastAction;
        if (prev && prev.date.stated === 'day' && prev.date.lo === prev.date.hi) {
          const day = prev.date.lo + (FOLLOWING_DAY.test(relative[0]) ? 1 : DAY_BEFORE.test(relative[0]) ? -1 : 0);
          date = { lo: day, hi: day, stated: 'day', deictic: true, text: relative[0], notes: [] };
          how = `"${relative[0]}" after "${prev.date.text}"`;
        }
      }
      const vague = OTHER_TIME.test(text);
      // The story's time: for an action, the last action told (a solidarity narrative goes on about
      // its own day); for an incident, the last dated event or date of the narrative.
      const near = (t: Told | undefined, n: number): t is Told => !!t && si - t.si <= n;
      const story = c.family === 'action' && near(lastAction, 3) ? lastAction
        : [lastIncident, anchor].filter((t): t is Told => near(t, c.family === 'action' ? 3 : 2)).sort((a, b) => b.si - a.si)[0];
      if (!date && story && !ev.reaction && !vague && !info.future && !ev.perfect && !ev.definite && !ev.quoted && !ev.background) {
        date = story.date;
        how = `an earlier sentence ("${story.date.text}")`;
      }
      if (!date && ev.definite && c.family === 'action' && lastOfKind.has(c.kind)) {
        // "The letter also asks …": the letter already told; its quote joins that fact.
        date = lastOfKind.get(c.kind)!;
        how = 'the same action told earlier in the item';
      }
      if (!date && isStatementKind(c) && dateline?.date) {
        date = dateline.date;
        how = `the dateline ("${dateline.date.text}")`;
      }
      if (!date && !ev.reaction && c.family === 'action' && (ev.present || /\btoday\b/i.test(text)) && published && !ev.definite) {
        date = { ...published, deictic: true, text: 'the published date', notes: [] };
        how = 'reported in the present tense: the published date';
      }
      if (!date && c.family === 'incident' && HARM.has(c.kind) && Object.keys(ev.counts).length && info.events.some((o) => o !== ev && o.date)) {
        sameSentenceHarm.push(ev);
        continue;
      }
      if (!date) {
        if (c.family === 'incident' && Object.keys(ev.counts).length && !ev.reaction && !ev.background) {
          undatedCounts.push({ ev, kind: c.kind, quote, country: where.country });
        } else if (!ev.definite) notes.push(`skipped ${c.kind} (no date in its sentence or the one before): "${clip(quote)}"`);
        continue;
      }
      // "the strike" refers back to a strike already told: only its own phrase can date a new fact.
      if (ev.definite && (!ev.date || ev.dateHow === 'sentence') && c.family === 'incident') continue;
      const key = c.family === 'incident'
        ? `${['violence', 'killing', 'other'].includes(c.kind) || ev.cls === 'injury' ? 'harm' : c.kind}|${date.lo}`
        : `${c.kind}|${where.place?.entry.name ?? where.country ?? ''}|${ev.start}`;
      const list = groups.get(key) ?? [];
      list.push({ ev, c, where, date, how });
      groups.set(key, list);
    }
    // "…, leaving three female workers injured": an undated harm told with a dated one is part of it.
    const harmGroup = [...groups.entries()].find(([k]) => k.startsWith('harm|'))?.[1];
    if (harmGroup) for (const ev of sameSentenceHarm) harmGroup.push({ ...harmGroup[0], ev });
    for (const members of groups.values()) {
      const first = members[0];
      const { date, how } = first;
      if (first.c.family === 'incident') {
        const counts: IncidentMention['counts'] = {};
        const vague: IncidentMention['vague'] = {};
        const nouns: IncidentMention['nouns'] = {};
        for (const { ev } of members) {
          for (const f of Object.keys(ev.counts) as CountField[]) counts[f] ??= ev.counts[f];
          for (const f of Object.keys(ev.vague) as CountField[]) vague[f] ??= ev.vague[f];
          for (const f of Object.keys(ev.nouns) as CountField[]) nouns[f] ??= ev.nouns[f];
        }
        const kinds = members.map((m) => m.c.kind);
        let kind = first.c.kind as IncidentMention['kind'];
        if (kinds.includes('other')) kind = 'other';
        else if (kinds.includes('killing') || counts.deaths) kind = kinds.includes('killing') ? 'killing' : kind;
        if (kind === 'other' && !counts.deaths) continue;
        const located = members.find((m) => m.where.place)?.where ?? first.where;
        const m: IncidentMention = {
          ...base(), type: 'incident', kind, label: labelOf(first.ev), counts, vague, nouns, detail: detailOf(text, first.ev, kind),
          countries: located.country ? [located.country] : [], city: located.place, country: located.country,
          actor: members.find((x) => x.ev.actor === 'authorities') ? authorityOf(text) : undefined, sector: sectorOf(text), date,
        };
        m.notes.push(`date from ${how}`);
        if (info.hedged) m.notes.push('hedged in the text (reported, not confirmed)');
        if (members.every((x) => x.ev.quoted)) {
          m.hedged = true;
          m.notes.push('in quoted speech: someone\'s words, not the reporter\'s');
        }
        mentions.push(m);
        lastIncident = { si, date };
      } else {
        const { ev, c, where } = first;
        if (c.family !== 'action') continue;
        // A statement is issued where its authors are (the dateline); a letter or petition may be
        // delivered somewhere the text names.
        const isStatement = c.kind === 'statement' || ((c.kind === 'letter' || c.kind === 'petition') && !where.place);
        const places: (PlaceMention | undefined)[] = isStatement
          ? [dateline?.place]
          : where.list ?? [where.place];
        for (const p of places) {
          const place: Place | undefined = p ? named(toPlace(p.entry, !!where.embassyOf || p.entry.kind === 'country'), p)
            : !isStatement && where.country ? countryPlace(where.country) : undefined;
          const m: ActionMention = {
            ...base(), type: 'action', kind: c.kind, label: ev.trigger.toLowerCase(),
            place: place && place.name ? place : undefined,
            route: where.route?.map((r) => toPlace(r.entry)), participants: ev.counts.participants,
            embassyOf: where.embassyOf, countries: place?.country ? [place.country] : [], maybeIncident: false, date,
            detail: detailOf(text, ev, c.kind),
            country: place?.country,
          } as ActionMention;
          m.fromPlural = places.length > 1;
          m.definite = ev.definite;
          m.notes.push(`date from ${how}`);
          if (p && p.entry.kind === 'country') {
            m.notes.push(p.entry.seat && place?.lat !== undefined
              ? `map marker at ${p.entry.seat.name}, seat of government and embassies of ${p.entry.name}`
              : `no map position for ${p.entry.name}`);
          }
          if (info.hedged) m.notes.push('hedged in the text (reported, not confirmed)');
          mentions.push(m);
        }
        // A statement dated by the dateline is the filing day, not the day of the story it tells.
        if (date !== dateline?.date) {
          lastAction = { si, date };
          lastOfKind.set(c.kind, date);
        }
      }
    }
    for (const p of info.places) if (!p.demonym && !isTarget(text, p)) recentCountries.push({ si, country: p.entry.country });
    if (recentCountries.length > 16) recentCountries.splice(0, recentCountries.length - 16);
    // The narrative's time: the last date a sentence gave (a dateline is the filing day, not the story's).
    const told = info.dates.filter((d) => d.stated === 'day' || d.stated === 'month').filter((d) => !(dateline?.date === d));
    if (told.length && !info.future && !info.heading) anchor = { si, date: told[told.length - 1] };
    if (!info.heading && text.length <= MAX_SENTENCE) {
      const wages = findWages(info.s, [...new Set(info.places.map((p) => p.entry.country))], home);
      for (const w of wages.hits) {
        const countriesHere = [...new Set(info.places.map((p) => p.entry.country))];
        const m: WageMention = {
          ...base(), type: 'wage', amount: w.amount, currency: w.currency, period: w.period, role: w.role,
          country: countriesHere.length === 1 ? countriesHere[0] : home, sector: sectorOf(text), countries: countriesHere,
        };
        m.notes.push(...w.notes);
        mentions.push(m);
      }
      for (const sk of wages.skipped) notes.push(`amount ${sk.text} not a wage: ${sk.reason}`);
    }
  });
  joinUndatedCounts(mentions, undatedCounts, notes);
  return { mentions: foldActions(mentions, notes), notes, countries, sentences: sentences.length };
}

/**
 * A few words for the title, taken from the sentence: the court's name, a letter's addressee, the
 * community that marched, what a protest stood outside.
 */
function detailOf(text: string, ev: SentenceEvent, kind: string): string | undefined {
  const clause = text.slice(ev.clause.start, ev.clause.end);
  const after = text.slice(ev.end, ev.clause.end);
  switch (kind) {
    case 'court':
      return /\b((?:[A-Z][\w'’-]*\s+){1,4}Court)\b/.exec(clause)?.[1];
    case 'letter':
    case 'petition':
      return /^\s+to\s+((?:the\s+)?(?:[A-Z][\w'’-]*|of|the)(?:\s+(?:[A-Z][\w'’-]*|of|the|government|ministry|authorities))*)/.exec(after)?.[1]
        ?.replace(/\s+(?:of|the)$/, '');
    case 'march':
      return /\bthe\s+((?:[A-Z][\w'’-]*\s+){1,3}community)\b/.exec(clause)?.[1];
    case 'protest':
    case 'rally':
    case 'vigil':
      return /\b(?:outside|in\s+front\s+of)\s+(the\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Court|Ministry|Office|Hall|Palace|Parliament|Embassy|Headquarters|store|factory))\b/.exec(clause)?.[1];
    default:
      return undefined;
  }
}

/** A country keeps the name the text gives it ("Turkey", "the Ukraine" → "Ukraine"). */
function named(place: Place, p: PlaceMention): Place {
  return p.entry.kind === 'country' && !p.demonym ? { ...place, name: p.text.replace(/^the\s+/i, '') } : place;
}

function isStatementKind(c: Classified): boolean {
  return c.family === 'action' && (c.kind === 'statement' || c.kind === 'letter' || c.kind === 'petition');
}

/** The label titles.ts words a title by. */
function labelOf(ev: SentenceEvent): string {
  const t = ev.trigger.toLowerCase();
  if (ev.cls !== 'violence') return ev.cls;
  if (/^blocked/.test(t)) return 'blocked-march';
  if (/dispers|broke|break/.test(t)) return 'dispersal';
  if (/fire|shoot|shot|bullet|ammunition|rounds/.test(t)) return 'shooting';
  if (/crackdown/.test(t)) return 'crackdown';
  return 'attack';
}

function authorityOf(text: string): string | undefined {
  return /\b(military police|armed forces|security forces|riot police|soldiers|police|troops|the army|army|guards|gunmen|authorities)\b/i.exec(text)?.[1].toLowerCase();
}

const HARM = new Set(['violence', 'killing', 'other']);

const FAMILY: Record<string, string> = {
  strike: 'mobilisation', protest: 'mobilisation', violence: 'harm', killing: 'harm', other: 'harm',
  arrest: 'arrest', court: 'arrest', dismissal: 'dismissal',
};

/**
 * "The death toll rose quickly. … 289 people had died": counts told without a date of their own
 * belong to the one dated incident of their family that the item tells of, when there is exactly one.
 */
function joinUndatedCounts(
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
function foldActions(mentions: Mention[], notes: string[]): Mention[] {
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

function clip(s: string, n = 90): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
