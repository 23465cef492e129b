/**
 * Which facts the review asks a person to check, and why, from the builder's notes on each fact.
 * Only doubts the text itself leaves open count: it reports without confirming, it is someone's
 * quoted words, it may be a plan, it gives no day, it gives no pay period, its numbers come from a
 * sentence with no date. How a date or a place was read (from a phrase, an earlier sentence, the
 * capital for a country) is shown as a note, not flagged: flagging nearly every fact would make the
 * flag mean nothing.
 */
export const CHECK_REASONS = ['hedged', 'quoted', 'planned', 'noDay', 'period', 'borrowedCounts'] as const;
export type CheckReason = (typeof CHECK_REASONS)[number];

const RULES: [CheckReason, RegExp][] = [
  ['hedged', /\bhedged\b/i],
  ['quoted', /quoted speech/i],
  ['planned', /^planned\b/i],
  ['noDay', /the text gives no day|day is not stated/i],
  ['period', /no period stated/i],
  ['borrowedCounts', /^counts of .* joined to/i],
];

/** The reasons to check a fact, in a fixed order, each once; empty when nothing is in doubt. */
export function checkReasons(notes: readonly string[]): CheckReason[] {
  return RULES.filter(([, re]) => notes.some((n) => re.test(n))).map(([reason]) => reason);
}
