/**
 * The words around an amount that say what it is: who asks for it (a demand), who proposes it (an
 * offer), the minimum wage, a living-wage estimate, what workers are paid now, a rise, a bonus or a
 * cost. Lexicons only: the grammar that weighs them is in ../wages.ts.
 */
import type { WagePeriod, WageRole } from '../../../feed/types.js';

export type CueClass =
  | 'demand' // demanding, calling for, want, seek, campaign
  | 'offer' // offered, proposed, recommended
  | 'ceiling' // "could not increase it beyond"
  | 'minimum' // minimum wage, a minimum of
  | 'living' // living wage, cost of living, basic needs
  | 'set' // raised, increased, fixed, set, announced
  | 'payNoun' // wage, salary, pay
  | 'payVerb' // earn, paid, take home
  | 'other' // bonus, severance, investment, cost, poverty line …
  | 'compare'; // than, below, above, short of

export interface CueHit {
  cls: CueClass;
  start: number;
  end: number;
  text: string;
}

/** Alternatives as one group. */
const alt = (...parts: string[]): string => `(?:${parts.join('|')})`;
/** Up to `n` words. */
const words = (n: number): string => String.raw`(?:[\w'’-]+\s+){0,${n}}?`;
const NEGATION = alt(String.raw`\w+n['’]t`, 'not', 'never', String.raw`refus(?:e|es|ed|ing)\s+to`);

const SOURCES: [CueClass, string][] = [
  ['living', alt(String.raw`living\s+wages?`, String.raw`living\s+income`, String.raw`cost\s+of\s+living\b`,
    String.raw`basic\s+needs`, String.raw`decent\s+living`)],
  ['other', alt(
    String.raw`(?:severance|overtime|holiday|back|sick|bonus|incentive|retirement)\s+pay(?:ments?)?`,
    'bonus(?:es)?', 'incentives?', 'allowances?', 'severance', 'compensation', 'indemnit(?:y|ies)', 'arrears',
    'damages',
    'fines?', 'fined', 'penalt(?:y|ies)', 'invest(?:s|ed|ing|ments?|ors?)?', 'costs?', 'costing', 'worth', 'valued?',
    'turnover', 'revenues?', 'profits?', 'exports?', 'sales', 'funds?', 'funding', 'loans?', 'budgets?', 'prices?',
    'fees?', 'rent', 'tax(?:es)?', 'debts?', 'donat(?:e|ed|ions?)', 'grants?', 'subsid(?:y|ies)', 'pensions?',
    String.raw`poverty\s+(?:line|threshold)`, 'releas(?:e|ed|ing)', 'spen[dt]', 'spending', 'losses', 'lost',
  )],
  // "would not accept less than X": the least the workers will take.
  ['demand', NEGATION + String.raw`\s+` + words(2) + String.raw`(?:accept|settle\s+for|take)\s+` + words(2)
    + String.raw`(?:less\s+than|below|under)`],
  // "could not increase it beyond X": the most the employers will give.
  ['ceiling',
    NEGATION + String.raw`\s+` + words(2) + String.raw`(?:increase|raise|pay|offer|go|give|afford|lift|hike|move)\s+`
    + words(2) + String.raw`(?:beyond|above|more\s+than|over|past)`],
  ['minimum', alt(
    String.raw`minim(?:um|a)`
      + String.raw`(?:[\s-]+(?:monthly|daily|weekly|hourly|basic|legal|statutory|national|new|federal|city|sectoral))*`
      + String.raw`(?:[\s-]+(?:wages?|salar(?:y|ies)|pay|rates?|income|levels?))?`,
    String.raw`(?:wage|salary|pay)\s+floor`,
  )],
  ['demand', alt(
    'demand(?:s|ed|ing)?', String.raw`call(?:s|ed|ing)?\s+(?:for|on)`, 'campaign(?:s|ed|ing)?',
    String.raw`(?:push|press)(?:es|ed|ing)?\s+(?:for|home)`, String.raw`fight(?:s|ing)?\s+for`,
    String.raw`fought\s+for`,
    String.raw`struggl(?:e|es|ed|ing)\s+for`, String.raw`strik(?:e|es|ing)\s+for`,
    String.raw`march(?:es|ed|ing)?\s+for`,
    'ask(?:s|ed|ing)?', 'want(?:s|ed|ing)?', 'seek(?:s|ing)?', 'sought', 'urg(?:e|es|ed|ing)', 'insist(?:s|ed|ing)?',
    'lobb(?:y|ies|ied|ying)', 'request(?:s|ed|ing)?', String.raw`appeal(?:s|ed|ing)?\s+for`,
    String.raw`hold(?:s|ing)?\s+out\s+for`,
  )],
  ['offer', alt('(?:counter-?)?offer(?:s|ed|ing)?', 'propos(?:e|es|ed|ing|als?)', 'recommend(?:s|ed|ing|ations?)?',
    'suggest(?:s|ed|ing|ions?)?')],
  ['payVerb', alt('pays', String.raw`(?<!\bbe\s|\bbeen\s|\bto\s)paid`, 'earn(?:s|ed|ing)?', 'receiv(?:e|es|ed|ing)',
    'gets?',
    'got', 'getting', String.raw`(?:take|takes|took|taking)\s+home`)],
  ['set', alt(
    'set(?:s|ting)?', 'fix(?:es|ed|ing)?', 'rais(?:e|es|ed|ing)', 'increas(?:e|es|ed|ing)', 'hik(?:e|es|ed|ing)',
    'lift(?:s|ed|ing)?', 'doubl(?:e|es|ed|ing)', 'tripl(?:e|es|ed|ing)', 'r(?:ise|ises|ose|isen|ising)',
    String.raw`(?:go|goes|went|gone)\s+up`, 'boost(?:s|ed|ing)?', 'adjust(?:s|ed|ing|ments?)?',
    'revis(?:e|es|ed|ing|ions?)',
    'announc(?:e|es|ed|ing|ements?)', 'approv(?:e|es|ed|ing|al)', 'decree(?:s|d)?', 'agreed', 'implement(?:s|ed|ing)?',
    'introduc(?:e|es|ed|ing)', String.raw`(?:came|come|comes|coming)\s+into\s+(?:effect|force)`,
    String.raw`(?:takes?|took)\s+effect`,
  )],
  ['payNoun', alt('wages?', 'salar(?:y|ies)', 'pay', 'remuneration', 'income', 'earnings')],
  ['compare', alt('than', 'below', 'above', String.raw`short\s+of`, 'compared', 'versus', String.raw`vs\.?`,
    String.raw`instead\s+of`, 'rather', String.raw`up\s+from`, String.raw`down\s+from`)],
];
const CUE = new RegExp(String.raw`\b(?:${SOURCES.map(([, s], i) => `(?<c${i}>${s})`).join('|')})\b`, 'gi');

/** Every cue in `text`, in order; `offset` is added to the positions. */
export function cuesIn(text: string, offset = 0): CueHit[] {
  const out: CueHit[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const g = m.groups!;
    const i = SOURCES.findIndex((_, k) => g[`c${k}`] !== undefined);
    out.push({ cls: SOURCES[i][0], start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const STATE = ['government', 'govt', 'ministry', 'ministers?', 'administration', 'authorities', 'state', 'officials?',
  'president', 'cabinet', 'parliament', 'junta', 'committee', 'council', 'board', 'commission', 'tribunal',
  'department',
  'governor', 'mayor'];
/** Who speaks: workers and their unions ask, employers and the state offer. */
const WORKER = new RegExp(String.raw`\b` + alt('workers?', "workers['’]", 'unions?', "unions?['’]s?", 'unionists',
  'strikers',
  'protesters', 'protestors', 'demonstrators', 'employees', 'labou?rers', 'staff', 'activists', 'campaigners',
  'movement',
  'coalition', 'confederation') + String.raw`\b`, 'gi');
const EMPLOYER = new RegExp(String.raw`\b` + alt('employers?', "employers['’]", "employer['’]s", 'compan(?:y|ies)',
  "company['’]s", 'firms?', 'management', 'managers', 'owners', 'manufacturers', 'factor(?:y|ies)', 'brands?',
  'business(?:es)?', 'investors', ...STATE) + String.raw`\b`, 'gi');
const GOVERNMENT = new RegExp(String.raw`\b` + alt(...STATE, 'law', 'decree') + String.raw`\b`, 'i');

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

/** The role a speaker's words give an amount, from the last speaker named before them. */
export function actorRole(before: string): WageRole | undefined {
  if (!before) return undefined;
  const w = lastIndex(WORKER, before);
  const e = lastIndex(EMPLOYER, before);
  if (w < 0 && e < 0) return undefined;
  return w > e ? 'demand' : 'offer';
}

export function namesGovernment(text: string): boolean {
  return GOVERNMENT.test(text);
}

const HEDGE = String.raw`(?:only\s+|just\s+|merely\s+|a\s+mere\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?`;
const CHANGE_VERB = alt('ris(?:e|es|en|ing)', 'rose', 'rais(?:e|es|ed|ing)', 'increas(?:e|es|ed|ing)',
  'hik(?:e|es|ed|ing)',
  'boost(?:s|ed|ing)?', 'lift(?:s|ed|ing)?', String.raw`(?:go|goes|went|gone)\s+up`, 'jump(?:s|ed)?', 'climb(?:s|ed)?',
  'gr(?:ow|ows|ew|own)', 'up', 'cuts?', 'reduc(?:e|es|ed|ing)', 'lower(?:s|ed)?', 'decreas(?:e|es|ed|ing)',
  'f(?:all|alls|ell|allen)', 'drop(?:s|ped)?');
/** A rise, a cut or a difference written before the amount: "rise by", "an increase of", "extra". */
export const RISE_BEFORE = new RegExp(alt(
  String.raw`\b${CHANGE_VERB}\s+${HEDGE}by`,
  String.raw`\b(?:rise|raise|increase|increment|hike|boost|top-up|supplement|cut|reduction)\s+of`,
  String.raw`\b(?:extra|additional|further|another|up)`,
) + String.raw`\s*${HEDGE}$`, 'i');
export const BY_BEFORE = new RegExp(String.raw`\bby\s+${HEDGE}$`, 'i');
export const RISE_WORD =
  /\b(?:ris(?:e|es|en|ing)|rose|rais\w*|increas\w*|hik\w*|boost\w*|lift\w*|cut\w*|reduc\w*|lower\w*|decreas\w*)\b/i;
/** What comes right after the amount, past a closing bracket and a period. */
const AFTER = String.raw`^\s*\)?\s*`;
/** After the amount: "a 185 gourdes increase", "300,000 dong higher than", "$5 more". */
export const RISE_AFTER = new RegExp(AFTER + String.raw`(?:(?:a|per)\s+(?:month|day|week|year|hour)\s+)?` + alt(
  'more', 'extra', 'increases?', 'increments?', 'rises?', 'raises?', 'hikes?', 'top-ups?', 'higher', 'lower', 'less',
  'above', 'below', 'cuts?', 'reductions?', String.raw`(?:pay|wage|salary)\s+(?:rises?|increases?|hikes?)`,
  String.raw`on\s+top`,
) + String.raw`\b`, 'i');
/** A piece rate: "Rs.40 per kg". */
export const PIECE_RATE = new RegExp(AFTER + String.raw`(?:per|a|an|each|for\s+(?:a|each|every))\s+` + alt('kgs?',
  'kilo(?:gram)?s?', 'pounds?', 'lbs?', 'pieces?', 'garments?', 'units?', 'items?', 'dozen', 'buckets?', 'baskets?',
  'box(?:es)?', 'tonnes?', 'tons?', 'bags?', 'bunch(?:es)?', 'shirts?', 'pairs?') + String.raw`\b`, 'i');
/** After the amount: what it is spent on or made of. */
export const OTHER_AFTER = new RegExp(AFTER + String.raw`(?:in\s+)?` + alt('bonus(?:es)?', 'incentives?', 'allowances?',
  'severance', 'compensation', 'damages', 'investments?', 'fines?', 'losses', 'turnover', 'revenues?', 'profits?',
  'exports?', 'sales', 'loans?', 'funding', 'aid', 'subsid(?:y|ies)') + String.raw`\b`, 'i');

const BE = String.raw`(?:are|were|is|was)`;
/** Strong cues after the amount (and its conversions and period): "$160 that unions demand". */
export const RIGHT_RELATIVE = new RegExp(String.raw`^\s*,?\s*(?:that|which)\s+(${words(3)})` + '(' + alt(
  'demand(?:s|ed)?', 'want(?:s|ed)?', 'seeks?', 'sought', String.raw`call(?:s|ed)?\s+for`,
  String.raw`ask(?:s|ed)?\s+for`,
  String.raw`(?:${BE}|have\s+been|had\s+been)\s+(?:demanding|seeking|calling\s+for|asking\s+for)`,
  String.raw`ha(?:ve|s|d)\s+demanded`, 'offer(?:s|ed)?', 'propos(?:e|es|ed)',
  String.raw`${BE}\s+(?:offering|proposing)`,
  'earn(?:s|ed)?', 'gets?', 'got', 'receive[sd]?', String.raw`${BE}\s+paid`, String.raw`take\s+home`, 'make',
) + String.raw`)\b`, 'i');
/** "$95 offered by the ministry". */
export const RIGHT_BY = new RegExp(String.raw`^\s*,?\s*(` + alt('demanded', 'sought', String.raw`called\s+for`,
  'requested',
  'proposed', 'offered', 'recommended', 'suggested', 'set', 'fixed', 'announced', 'decreed')
  + String.raw`)\s+by\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})`, 'i');
/** "X is needed per month to meet basic needs". */
export const RIGHT_LIVING = new RegExp(String.raw`^\s*,?\s*` + alt(
  String.raw`(?:${BE}|would\s+be|will\s+be)\s+(?:\w+\s+)?(?:needed|required|necessary)`,
  String.raw`(?:needed|required)\s+to\s+(?:live|survive|meet|cover|support)`,
) + String.raw`\b`, 'i');
/** "500 gourdes, Haiti's minimum wage". */
export const RIGHT_APPOSITION = new RegExp(String.raw`^\s*,\s*(?:(?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+)?`
  + String.raw`(?:(?:new|current|legal|national|statutory|official|monthly|daily|federal|sectoral|industry)\s+)*`
  + String.raw`(minimum\s+wage|living\s+wage)\b`, 'iu');
/** "Rs. 700 as the basic wage", "X as the new minimum". */
export const RIGHT_AS = new RegExp(String.raw`^\s*,?\s*as\s+(?:the|a|an|their|its)\s+(?:new\s+)?(`
  + String.raw`(?:(?:monthly|daily|national|statutory|legal)\s+)?minimum(?:\s+wage)?|living\s+wage`
  + String.raw`|(?:(?:basic|monthly|daily)\s+)?(?:wage|salary|pay))\b`, 'i');
/** "a $160 minimum wage", "the $95 offer": the noun after the amount. */
export const RIGHT_NOUN =
  /^\s*(?:(?:monthly|daily|weekly|hourly)\s+)?(?:(minimum\s+wage|minimum|living\s+wage)|(offer|proposal|demand))\b/i;
/** "the offer", "workers' demands", "a series of demands": the speaker's word used as a noun. */
export const NOUN_BEFORE = new RegExp(String.raw`(?:\b` + alt('the', 'a', 'an', 'their', 'its', 'his', 'her', 'our',
  'this',
  'that', 'these', 'those', 'of', 'new', 'latest', 'revised', 'final', 'initial',
  'original') + String.raw`|['’]s?)\s+$`, 'i');
export const POSSESSOR = /([\p{L}-]+)['’]s?\s+$/u;

export const PERIOD_WORDS: Record<string, WagePeriod> = {
  month: 'month', monthly: 'month', day: 'day', daily: 'day', workday: 'day', shift: 'day', hour: 'hour',
    hourly: 'hour',
  week: 'week', weekly: 'week', year: 'year', yearly: 'year', annually: 'year', annum: 'year', annual: 'year',
};
/** "a month", "per day", "/hour", "monthly", "for a machine operator per month". */
export const PERIOD_AFTER = new RegExp(String.raw`^(?:\s*for\s+(?:an?|the|each|every|all)\s+[^,.;:()]{1,40}?)?`
  + String.raw`\s*,?\s*(?:gross\s+|net\s+)?(?:(?:a|an|per|each|every|\/)\s*(?:(?:working|work|calendar)\s*)?`
  + String.raw`(month|day|workday|shift|hour|week|year|annum)|(monthly|daily|hourly|weekly|yearly|annually))\b`, 'i');
/** "for a nine hours' workday", "for an eight-hour shift". */
export const PERIOD_FOR =
  /^\s*,?\s*for\s+(?:an?|each|every|one)\s+(?:[\w'’-]+\s+){0,2}?(work\s*-?day|working\s+day|day|shift)\b/i;
const PAY_NOUN = String.raw`(?:salar(?:y|ies)|pay|income|earnings|wages?)`;
/** "daily minimum wage", "monthly basic salary", "minimum monthly pay", "annual salary". */
export const PERIOD_ADJECTIVE = new RegExp(alt(
  String.raw`\b(monthly|daily|weekly|hourly)\s+${words(3)}(?:minim(?:um|a)|${PAY_NOUN}|rates?)\b`,
  String.raw`\b(annual|yearly)\s+${PAY_NOUN}\b`,
  String.raw`\bminimum\s+(monthly|daily|weekly|hourly)\b`,
), 'gi');

/** Where a clause ends for the words of an amount: semicolons, colons, dashes, "…, but", "…, who". */
export const BOUNDARY = /[;:](?!\d)|\s[—–-]\s|—|,\s*(?:who|whose|while|whereas|but|although|though|yet)\b/g;
