/**
 * One item's text → fact mentions, in stages with plain data between them:
 *
 *   sentences (language/sentences) → per sentence: dates (language/when), places (language/places),
 *   events with the counts, dates and places of their clause (events.ts), all in sentence-info.ts →
 *   what the item says of itself: its country, dateline, surnames (document.ts) →
 *   what each event is (classify.ts) and where (locate.ts) → dating from context (below) →
 *   mentions, with the words of their titles (wording.ts) → the same fact told twice (coreference.ts)
 *
 * Dating from context is the one thing that reads across sentences: an event whose sentence gives no
 * date takes the date of the event told just before it (the next sentence of a news story goes on
 * about the same day), the day after it ("the following day"), or, for a statement, letter or protest
 * reported in the present tense, the published date. An event that is the object of a reaction
 * ("condemn the arrest of …") never borrows a date: only its own phrase can date it.
 */
import type { PartialDate, Place } from '../../feed/types.js';
import { formatDay } from '../language/calendar.js';
import type { ResolvedDate } from '../language/when.js';
import { foldSpace } from '../read/decode.js';
import { countryPlace, toPlace, type PlaceMention } from '../language/places.js';
import { splitSentences } from '../language/sentences.js';
import { classify, WORKER_WORDS, type Classified } from './classify.js';
import { clip, foldActions, HARM, joinUndatedCounts } from './coreference.js';
import { countriesOf, datelineOf, disambiguate, hintCountry, mostNamed } from './document.js';
import type { SentenceEvent } from './events.js';
import { isTarget, locate, type Located } from './locate.js';
import type { ActionMention, CountField, IncidentMention, Mention, WageMention } from './model.js';
import { analyse, FUTURE, MAX_SENTENCE, publishedRange, unquotedSlice } from './sentence-info.js';
import { findWages, sectorOf } from './wages.js';
import { authorityOf, detailOf, labelOf, named } from './wording.js';

export interface ItemInput {
  item: string;
  file: string;
  text: string;
  published?: PartialDate;
  /** The document's address and title: a country they name is a weak hint of where it is set. */
  hint?: string;
}

export { MAX_SENTENCE };

export interface ItemExtraction {
  mentions: Mention[];
  /** What a reviewer should know: undated events, skipped amounts, assumptions. */
  notes: string[];
  /** How often each country is named (names and demonyms): the item's country is the most named. */
  countries: Map<string, number>;
  sentences: number;
}

const FOLLOWING_DAY = /\b(?:the\s+)?(?:following|next)\s+day\b|\ba\s+day\s+later\b/i;
const SAME_DAY = /\b(?:on\s+)?the\s+same\s+day\b|\bthat\s+(?:same\s+)?day\b/i;
const DAY_BEFORE = /\b(?:a|the)\s+day\s+(?:earlier|before)\b/i;
/** Time words that date a sentence vaguely: it must not borrow a day from its neighbour. */
const OTHER_TIME = { test: (t: string): boolean => OTHER_TIME_WORDS.test(t) || OWN_TIME.test(t) };
const OTHER_TIME_WORDS = /\b(?:1[89]\d{2}|20\d{2})\b|\b(?:since|last\s+year|this\s+year|in\s+recent|for\s+(?:months|weeks|years)|for\s+the\s+(?:last|past)|decades?|years?\s+ago|generations)\b/i;
const PLUPERFECT = /\bhad\s+(?:already\s+)?(?:begun|began|started|set\s+off|set\s+out|gone|marched|walked|left|been)\b/i;
/** A sentence that opens on a time of its own the calendar cannot place ("Before the holidays, …"). */
const OWN_TIME = /^(?:Before|After|During|Until|Since|Earlier|Later|Previously|In\s+the\s+past)\b/;

interface Told {
  si: number;
  date: ResolvedDate;
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
  const dateline = datelineOf(infos);
  // Where the piece was filed is where it is set, unless the text says otherwise.
  if (dateline) countries.set(dateline.place.entry.country, (countries.get(dateline.place.entry.country) ?? 0) + 2);
  const hinted = hintCountry(input.hint);
  // The address breaks ties and fills a silence; it never outweighs what the text names.
  if (hinted) countries.set(hinted, (countries.get(hinted) ?? 0) + 0.5);
  const home = mostNamed(countries);
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
          date = { lo: earlier.lo, hi: published.hi, stated: 'day', deictic: true, span: true, within: true,
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
      const alone = ev.dateHow === 'clause' && !info.events.some((o) => o !== ev && o.clause === ev.clause);
      // ("condemn the violent dispersal of …" tells of the dispersal for the first time.)
      if (ev.definite && !ev.reaction && c.family === 'incident' && (ev.continuing || !(ev.dateHow === 'phrase' || alone))) continue;
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
        // A statement the text dates itself is reported from elsewhere: the dateline is the reporter's.
        const places: (PlaceMention | undefined)[] = isStatement
          ? [ev.dateHow === 'phrase' ? undefined : dateline?.place]
          : where.list ?? [where.place];
        for (const p of places) {
          const place: Place | undefined = p ? named(toPlace(p.entry, !!where.embassyOf || p.entry.kind === 'country'), p)
            : !isStatement && where.country ? countryPlace(where.country) : undefined;
          const m: ActionMention = {
            ...base(), type: 'action', kind: c.kind, label: ev.trigger.toLowerCase(),
            place: place && place.name ? place : undefined,
            route: where.route?.map((r) => toPlace(r.entry)), participants: ev.counts.participants,
            embassyOf: where.embassyOf, countries: place?.country ? [place.country] : [], date,
            detail: detailOf(text, ev, c.kind),
            country: place?.country,
          } as ActionMention;
          m.fromPlural = places.length > 1;
          m.definite = ev.definite && ev.dateHow !== 'phrase';
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

function isStatementKind(c: Classified): boolean {
  return c.family === 'action' && (c.kind === 'statement' || c.kind === 'letter' || c.kind === 'petition');
}

