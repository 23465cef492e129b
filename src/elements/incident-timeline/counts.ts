import type { Count, Qualifier } from '../../feed/types.js';

/**
 * Honest sums of counts ("at least 4 killed" + "23 killed" = "at least 27 killed").
 *
 * A count in the feed is a number with a qualifier that says how much the source claims:
 * `exact` (23 arrested), `at-least` (at least 4 killed: a lower bound, the true value may be higher),
 * `more-than` (more than 200,000: a strict lower bound) and `about` (about 50: an estimate, the true
 * value may be higher or lower). A total must never claim more certainty than its parts, so:
 *
 * 1. Only counts of the same kind are added: deaths with deaths, arrests with arrests. The caller
 *    passes one kind at a time; nothing here knows how to mix them, and the summary line never adds
 *    `participants` at all (strikers, marchers and returning migrants are different people).
 * 2. exact + exact = exact.
 * 3. Lower bounds stay lower bounds: any `at-least` part (and no `about`) makes the total `at-least`;
 *    any `more-than` part (and no `about`) makes it `more-than`, because x > a and y ≥ b give x + y > a + b.
 * 4. Estimates stay estimates: any `about` part with only exact or `about` parts makes the total `about`.
 * 5. An estimate plus a lower bound is neither: "about 50" may be 45, so "at least 54" would be false,
 *    and "about 54" hides that the other part has no upper limit. The total is `about-or-more`
 *    ("about 54 or more").
 * 6. Values that are not whole numbers ≥ 0 (a hand-edited feed) are left out rather than guessed, and
 *    the result says how many parts it used. No parts → no total (`undefined`), never "0".
 */
export type SumQualifier = Qualifier | 'about-or-more';

export interface CountSum {
  value: number;
  qualifier: SumQualifier;
  /** How many counts went into the total. */
  parts: number;
}

function usable(c: Count | undefined): c is Count {
  return !!c && typeof c.value === 'number' && Number.isFinite(c.value) && c.value >= 0;
}

/** Adds counts of ONE kind following the rules above. */
export function sumCounts(counts: Iterable<Count | undefined>): CountSum | undefined {
  let value = 0;
  let parts = 0;
  let about = false;
  let atLeast = false;
  let moreThan = false;
  for (const c of counts) {
    if (!usable(c)) continue;
    value += c.value;
    parts++;
    if (c.qualifier === 'about') about = true;
    else if (c.qualifier === 'at-least') atLeast = true;
    else if (c.qualifier === 'more-than') moreThan = true;
  }
  if (parts === 0) return undefined;
  const lowerBound = atLeast || moreThan;
  const qualifier: SumQualifier = about
    ? lowerBound
      ? 'about-or-more'
      : 'about'
    : moreThan
      ? 'more-than'
      : atLeast
        ? 'at-least'
        : 'exact';
  return { value, qualifier, parts };
}

/** The kinds of count an event can carry, in the order the summary line names them. */
export const HARM_COUNTS = ['deaths', 'injured', 'arrested'] as const;
export const COUNT_FIELDS = ['deaths', 'injured', 'arrested', 'participants'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Totals per kind of count over a list of events; kinds nobody reported are absent. */
export function sumByField(
  events: Iterable<{ counts: Partial<Record<CountField, Count>> }>,
  fields: readonly CountField[] = HARM_COUNTS,
): Partial<Record<CountField, CountSum>> {
  // Indexed loops: this runs over every event as the timeline first renders, in code the engine
  // has not optimised yet, where iterators cost several times more.
  const lists: Count[][] = fields.map(() => []);
  const list = Array.isArray(events) ? (events as readonly { counts: Partial<Record<CountField, Count>> }[]) : [...events];
  for (let i = 0; i < list.length; i++) {
    const counts = list[i].counts;
    for (let j = 0; j < fields.length; j++) {
      const c = counts[fields[j]];
      if (c) lists[j].push(c);
    }
  }
  const out: Partial<Record<CountField, CountSum>> = {};
  for (let j = 0; j < fields.length; j++) {
    const s = sumCounts(lists[j]);
    if (s) out[fields[j]] = s;
  }
  return out;
}
