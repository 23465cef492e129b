import { formatDate } from '../../runtime/format.js';
import type { Locale } from '../../runtime/i18n.js';
import { HARM_COUNTS, sumByField } from './counts.js';
import type { TimelineStrings } from './incident-timeline.strings.js';
import type { TimelineEvent } from './model.js';

/**
 * The summary line: "6 incidents, at least 4 killed, 23 arrested between Dec 2013 and Aug 2014".
 * Deaths, injuries and arrests are each summed honestly (see counts.ts); participants never are.
 * The span runs from the first event's start to the latest end, at month precision (or year, for a
 * year-only date), so it never claims a day nobody stated.
 */
export function summaryLine(
  shown: readonly TimelineEvent[],
  total: number,
  withActions: boolean,
  s: TimelineStrings,
  locale: Locale,
): string {
  const parts = [s.total(shown.length, total, withActions, locale)];
  const sums = sumByField(shown, HARM_COUNTS);
  for (const f of HARM_COUNTS) {
    const sum = sums[f];
    if (sum) parts.push(s.count(f, sum.qualifier, sum.value, locale));
  }
  let text = s.list(parts);
  if (shown.length) {
    // The list is sorted by start; the last to end may be an earlier, longer event.
    let last = shown[0];
    for (let i = 1; i < shown.length; i++) if (shown[i].endDay > last.endDay) last = shown[i];
    const month = (d: string) => (d.length >= 7 ? d.slice(0, 7) : d.slice(0, 4));
    const a = formatDate(month(shown[0].date), locale, { month: 'short' });
    const b = formatDate(month(last.end ?? last.date), locale, { month: 'short' });
    text += ` ${s.between(a, b)}`;
  }
  return text;
}
