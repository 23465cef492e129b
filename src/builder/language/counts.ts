/**
 * Counts of people as the text states them: "at least four" → 4 at-least, "Over 40" → 40 more-than,
 * "around a dozen" → 12 about, "a street vendor" → 1 exact. Vague words ("hundreds", "many") give no
 * number at all: the builder never turns "hundreds" into 100.
 */
import type { Count, Qualifier } from '../../feed/types.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const UNIT_RE = Object.keys(UNITS).join('|');
const TENS_RE = Object.keys(TENS).join('|');
const SMALL = `(?:(?:${TENS_RE})(?:[- ](?:${UNIT_RE}))?|${UNIT_RE})`;
/** A number in words ("twenty-three", "two hundred", "five thousand") or digits ("200,000", "1.5 million"). */
export const NUMBER_SRC =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:million|thousand))?` +
  `|(?:a\\s+)?dozen|(?:a|${SMALL})(?:\\s+(?:hundred|thousand|million)(?:\\s+(?:and\\s+)?${SMALL})?)+|${SMALL}`;

export const QUALIFIER_SRC =
  'at least|more than|over|upwards of|in excess of|nearly|almost|around|about|approximately|roughly|some|' +
  'an estimated|estimated|close to|up to|as many as|fewer than|less than|under|at most|a reported|reportedly';

/** Words for a quantity that has no number: kept as text, never converted. */
export const VAGUE_SRC =
  'dozens|hundreds|thousands|tens of thousands|hundreds of thousands|millions|scores|many|several|' +
  'a number of|numerous|a few|countless|a handful of|a group of';

export const PERSON_PLURAL =
  'people|persons|workers|protesters|protestors|demonstrators|strikers|villagers|activists|unionists|' +
  'union leaders|union members|members|organisers|organizers|leaders|civilians|students|monks|women|men|children|' +
  'bystanders|detainees|prisoners|migrants|employees|labourers|laborers|vendors|residents|farmers|families|' +
  'citizens|individuals|victims|others|supporters|campaigners|journalists|defenders|garment workers|' +
  'migrant workers|factory workers|human rights defenders|youths|drivers|teachers|nurses';
export const PERSON_SINGULAR =
  'person|worker|protester|protestor|demonstrator|striker|villager|activist|unionist|union leader|member|' +
  'organiser|organizer|leader|civilian|student|monk|woman|man|boy|girl|child|bystander|detainee|prisoner|' +
  'migrant|employee|labourer|laborer|vendor|street vendor|resident|farmer|citizen|individual|victim|supporter|' +
  'campaigner|journalist|driver|teenager|youth|mother|father';

const QUALIFIERS: Record<string, Qualifier | null> = {
  'at least': 'at-least',
  'more than': 'more-than', over: 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than',
  nearly: 'about', almost: 'about', around: 'about', about: 'about', approximately: 'about', roughly: 'about',
  some: 'about', 'an estimated': 'about', estimated: 'about', 'close to': 'about', 'up to': 'about',
  'as many as': 'about', 'a reported': 'exact', reportedly: 'exact',
  // Upper bounds say too little to publish as a count.
  'fewer than': null, 'less than': null, under: null, 'at most': null,
};

/** Parses a number written in digits or words; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let m = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (million|thousand))?$/.exec(t);
  if (m) {
    const base = Number(m[1].replace(/,/g, ''));
    const v = m[2] ? base * SCALES[m[2]] : base;
    return Number.isFinite(v) ? Math.round(v) : undefined;
  }
  if (/^(?:a )?dozen$/.test(t)) return 12;
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of t.replace(/-/g, ' ').split(' ')) {
    if (w === 'and') continue;
    if (w === 'a' && !any) {
      current = 1;
      any = true;
    } else if (w in UNITS) {
      current += UNITS[w];
      any = true;
    } else if (w in TENS) {
      current += TENS[w];
      any = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
    } else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * SCALES[w];
      current = 0;
    } else return undefined;
  }
  return any ? total + current : undefined;
}

export interface PeopleCount {
  count?: Count;
  /** The vague quantity word when there is no number ("hundreds"). */
  vague?: string;
  /** Why a stated number was not kept ("fewer than 10"). */
  dropped?: string;
  noun?: string;
}

/** Interprets the groups of a people-phrase match (people.ts). */
export function countFromGroups(g: Record<string, string | undefined>): PeopleCount {
  const noun = (g.noun ?? g.snoun ?? '').toLowerCase() || undefined;
  if (g.v) return { vague: g.v.toLowerCase(), noun };
  if (g.a) return { count: { value: 1, qualifier: 'exact' }, noun };
  const raw = g.n ?? g.n2;
  if (!raw) return { noun };
  const value = parseNumber(raw);
  if (value === undefined) return { noun };
  const qword = g.q?.toLowerCase().replace(/\s+/g, ' ');
  // "a dozen" is a rough size, never an exact twelve.
  const qualifier = qword === undefined ? (/dozen/i.test(raw) ? 'about' : 'exact') : QUALIFIERS[qword];
  if (qualifier === null) return { dropped: `${qword} ${raw}`, noun };
  return { count: { value, qualifier: qualifier ?? 'exact' }, noun };
}

/** "at least 4", "more than 200,000", "about 12", "23": how a count reads in a title. */
export function describeCount(c: Count): string {
  const n = c.value.toLocaleString('en-US');
  return c.qualifier === 'at-least' ? `at least ${n}` : c.qualifier === 'more-than' ? `more than ${n}` : c.qualifier === 'about' ? `about ${n}` : n;
}

const COUNT_AT = new RegExp(`^(?:(?<q>${QUALIFIER_SRC})\\s+)?(?<n>${NUMBER_SRC})`, 'i');

/** A bare number (with its qualifier) at `start`: "killed| at least 25". */
export function countStartingAt(text: string, start: number): (PeopleCount & { start: number; end: number }) | undefined {
  let s = start;
  while (s < text.length && /\s/.test(text[s])) s++;
  const m = COUNT_AT.exec(text.slice(s, s + 60));
  if (!m) return undefined;
  return { ...countFromGroups(m.groups ?? {}), start: s, end: s + m[0].length };
}
