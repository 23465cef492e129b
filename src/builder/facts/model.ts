/**
 * What extraction produces before merging: "mentions" of facts in one sentence of one item, each
 * with its date still as a range, so that merging can reason about what is compatible.
 */
import type { ActionKind, Count, FactSource, IncidentKind, Place, Wage } from '../../feed/types.js';
import type { DayRange } from '../language/calendar.js';
import type { PlaceMention } from '../language/places.js';
import type { ResolvedDate } from '../language/when.js';

export type CountField = 'deaths' | 'injured' | 'arrested' | 'participants';

export interface MentionBase {
  item: string;
  file: string;
  quote: string;
  /** Stable order of mentions inside a build: file, then position. */
  order: string;
  date?: ResolvedDate;
  notes: string[];
  /** Hedged in the text ("is understood to", "reportedly"). */
  hedged: boolean;
  /** Further sentences of the same item about the same fact ("the protest", "the letter"). */
  extraQuotes?: string[];
}

export interface IncidentMention extends MentionBase {
  type: 'incident';
  kind: IncidentKind;
  label: string;
  counts: Partial<Record<CountField, Count>>;
  vague: Partial<Record<CountField, string>>;
  nouns: Partial<Record<CountField, string>>;
  /** Countries named in the sentence (names and demonyms). */
  countries: string[];
  /** A city or province named in the sentence. */
  city?: PlaceMention;
  /** Where it happened, as far as the text says (extract.ts decides). */
  country?: string;
  detail?: string;
  actor?: string;
  sector?: string;
}

export interface ActionMention extends MentionBase {
  type: 'action';
  kind: ActionKind;
  label: string;
  place?: Place;
  route?: Place[];
  participants?: Count;
  embassyOf?: string;
  detail?: string;
  countries: string[];
  /** One of several places of a plural trigger ("embassies in Germany, Hong Kong …"). */
  fromPlural?: boolean;
  /** Told as "the protest", "the letter": only ever joins an action of the item. */
  definite?: boolean;
  /** Where it happened; none when the text names no place. */
  country?: string;
}

export interface WageMention extends MentionBase, Pick<Wage, 'amount' | 'currency' | 'period' | 'role' | 'country' | 'sector'> {
  type: 'wage';
  countries: string[];
}

export type Mention = IncidentMention | ActionMention | WageMention;

export interface MergedBase {
  sources: FactSource[];
  mentions: Mention[];
  range?: DayRange;
}
