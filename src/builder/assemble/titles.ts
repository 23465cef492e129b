/**
 * Short, plain titles for facts, built only from what was extracted (counts as stated, vague words
 * as written): a title must never say more than its quotes.
 */
import type { Count, Place } from '../../feed/types.js';
import { describeCount } from '../language/counts.js';
import type { ActionMention, CountField, IncidentMention } from '../facts/model.js';
import { demonymOf } from '../language/places.js';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function people(count: Count | undefined, vague: string | undefined, noun: string | undefined, fallback = 'people'): string | undefined {
  const n = noun && !/^(?:others|more)$/.test(noun) ? noun : undefined;
  if (count) {
    const unit = n ?? fallback;
    return `${describeCount(count)} ${count.value === 1 ? singular(unit) : unit}`;
  }
  if (vague) return n ? `${vague} of ${n}` : vague;
  return undefined;
}

function singular(noun: string): string {
  if (noun === 'people') return 'person';
  if (noun === 'women') return 'woman';
  if (noun === 'men') return 'man';
  if (noun === 'children') return 'child';
  return noun.replace(/s$/, '');
}

export interface IncidentFacts {
  kind: IncidentMention['kind'];
  label: string;
  counts: Partial<Record<CountField, Count>>;
  vague: Partial<Record<CountField, string>>;
  nouns: Partial<Record<CountField, string>>;
  actor?: string;
  detail?: string;
  sector?: string;
  future: boolean;
  quote: string;
}

export function incidentTitle(f: IncidentFacts): string {
  const by = f.actor ? ` by ${f.actor.replace(/^the\s+/i, '')}` : '';
  switch (f.kind) {
    case 'killing': {
      const who = people(f.counts.deaths, f.vague.deaths, f.nouns.deaths);
      return who ? cap(`${who} killed${by}`) : cap(`killings${by}`);
    }
    case 'violence': {
      if (f.label === 'blocked-march') return cap(`march blocked${by}`);
      if (f.label === 'shooting') return f.actor ? cap(`${f.actor} open fire`) : 'Shooting';
      if (f.label === 'dispersal') {
        const who = people(f.counts.participants, f.vague.participants, f.nouns.participants);
        return who ? `Violent dispersal of ${who}` : 'Violent dispersal';
      }
      if (f.label === 'crackdown') return cap(`crackdown${by}`);
      const hurt = people(f.counts.injured, f.vague.injured, f.nouns.injured);
      return hurt ? cap(`${hurt} injured${by}`) : cap(`attack${by}`);
    }
    case 'arrest': {
      const who = people(f.counts.arrested, f.vague.arrested, f.nouns.arrested);
      return who ? cap(`${who} arrested`) : 'Arrests';
    }
    case 'strike':
      return f.sector ? `${cap(f.sector)} workers' strike` : 'Strike';
    case 'dismissal': {
      const who = people(f.counts.participants, f.vague.participants, f.nouns.participants);
      return who ? cap(`${who} dismissed`) : 'Dismissals';
    }
    case 'migration': {
      const who = people(f.counts.participants, f.vague.participants, f.nouns.participants);
      return who ? `Exodus of ${who}` : 'Mass migration';
    }
    case 'court': {
      const court = f.detail ?? 'Court';
      const what = /\b(?:sentenc|convict|acquit|guilty|verdict)/i.test(f.quote) ? 'verdict' : 'hearing';
      return `${cap(court)} ${what}${f.future ? ' (scheduled)' : ''}`;
    }
    case 'ban':
      return f.detail ? `Ban on ${f.detail}` : 'Ban';
    case 'protest': {
      const who = people(f.counts.participants, f.vague.participants, f.nouns.participants);
      return who ? `Protest by ${who}` : 'Protest';
    }
    default:
      return cap(f.kind);
  }
}

/** "the United States", "the Philippines", but "Germany". */
export function placeName(p: Place): string {
  return /^(?:United\b|Netherlands$|Philippines$|Czech Republic$|Dominican Republic$|Democratic Republic\b|Republic of\b|Maldives$|Gambia$|Bahamas$)/.test(p.name) ? `the ${p.name}` : p.name;
}

export function actionTitle(a: Pick<ActionMention, 'kind' | 'place' | 'route' | 'embassyOf' | 'detail' | 'quote'>): string {
  const where = (p: Place | undefined): string => (p ? ` in ${placeName(p)}` : '');
  switch (a.kind) {
    case 'letter': {
      const open = /\bopen\s+letter/i.test(a.quote) ? 'Open letter' : /\bjoint\s+letter/i.test(a.quote) ? 'Joint letter' : 'Letter';
      return a.detail ? `${open} to ${a.detail}` : open;
    }
    case 'petition':
      return a.detail ? `Petition to ${a.detail}` : 'Petition';
    case 'statement':
      return a.detail ? `${cap(a.detail)} statement` : 'Statement';
    case 'march': {
      const who = a.detail ? `${a.detail} march` : 'March';
      const route = a.route && a.route.length >= 2 ? ` from ${a.route[0].name} to ${a.route[a.route.length - 1].name}` : where(a.place);
      return cap(`${who}${route}`);
    }
    default: {
      const what = cap(a.kind);
      if (a.embassyOf !== undefined) {
        const of = demonymOf(a.embassyOf);
        const mission = /\bhigh\s+commission/i.test(a.quote) ? 'high commission' : /\bconsulate/i.test(a.quote) ? 'consulate' : 'embassy';
        return `${what} outside the ${of ? `${of} ` : ''}${mission}${where(a.place)}`;
      }
      if (a.detail) return `${what} outside ${a.detail}${a.place && a.detail.includes(a.place.name) ? '' : where(a.place)}`;
      return `${what}${where(a.place)}`;
    }
  }
}
