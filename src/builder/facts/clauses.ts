/**
 * Clauses: the stretch of a sentence a trigger's arguments come from. A count, a date or a place is
 * tied to a trigger only inside its clause, so "Police fired tear gas at workers on Tuesday; on
 * Wednesday one worker died" gives each event its own day.
 *
 * Boundaries are punctuation that closes a clause (; : — and brackets) and the conjunctions that open
 * a new one (while, but, after, before, when, although, whereas, ", which", ", who").
 */

// "since Jan. 12", "after 10 May": a date after the conjunction is an adverb of time, not a clause.
const NOT_A_DATE = '(?!(?:the\\s+)?(?:\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b|(?:last|this|early|late)\\b))';
const BOUNDARY = new RegExp(
  ';|:(?!\\d)|\\s[—–]\\s|[()]|,?\\s+(?:while|whilst|but|although|though|whereas|despite|when)\\s+' +
    `|,?\\s+(?:after|before|until|since)\\s+${NOT_A_DATE}|,\\s+(?:which|who|where|and\\s+then)\\s+`,
  'gi',
);

export interface Clause {
  start: number;
  end: number;
  /** The conjunction that opens it ("since", "after", "who"), lower case; none for the main clause. */
  opener?: string;
}

/** The clauses of a sentence, in order, covering it whole. */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let opener: string | undefined;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index, opener });
    start = m.index + m[0].length;
    opener = /[a-z]+(?:\s+then)?/i.exec(m[0])?.[0].toLowerCase();
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  out.push({ start, end: text.length, opener });
  return out;
}

export function clauseAt(clauses: Clause[], pos: number): Clause {
  for (const c of clauses) if (pos >= c.start && pos < c.end) return c;
  return clauses[clauses.length - 1];
}
