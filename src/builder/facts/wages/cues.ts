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
    String.raw`basic\s+needs`, String.raw`decent\s+living`, String.raw`(?:decent|dignified)\s+life`,
    // "what a family needs to live decently is X", "the amount required for one person to survive".
    String.raw`(?:needs?|needed|required|necessary)\s+(?:for\s+${words(4)})?to\s+`
      + String.raw`(?:live|survive|get\s+by|make\s+ends\s+meet)`)],
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
    String.raw`instead\s+of`, 'rather', String.raw`up\s+from`, String.raw`down\s+from`,
    String.raw`(?:far|a\s+long\s+way)\s+from`)],
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
/** The subject of a relative clause without "that": "the $160 unions demand", "the 23,000 taka they had sought". */
const BARE_SUBJECT = String.raw`(?:(?:the|its|their|many|most|some|local|garment)\s+)?(?:[\w'’-]+\s+)??`
  + alt('they', 'we', 'unions?', 'workers', 'employees', 'strikers', 'pickers', 'federations?', 'employers',
  'compan(?:y|ies)', 'owners', 'factories', 'manufacturers', 'government', 'ministry')
  + String.raw`\s+(?:(?:now|still|initially|originally|first|also|currently|had\s+initially)\s+)?`;
/**
 * Strong cues after the amount (and its conversions and period): "$160 that unions demand", "the $160
 * unions had demanded", "$120 they earn". Without "that" the clause may not follow a comma.
 */
export const RIGHT_RELATIVE = new RegExp(String.raw`^\s*(?:,?\s*(?:that|which)\s+(${words(3)})|(${BARE_SUBJECT}))(`
  + alt(
  'demand(?:s|ed)?', 'want(?:s|ed)?', 'seeks?', 'sought', String.raw`call(?:s|ed)?\s+for`,
  String.raw`ask(?:s|ed)?\s+for`,
  String.raw`(?:${BE}|have\s+been|had\s+been)\s+(?:demanding|seeking|calling\s+for|asking\s+for)`,
  String.raw`ha(?:ve|s|d)\s+(?:demanded|sought|wanted|called\s+for|asked\s+for|offered|proposed)`, 'offer(?:s|ed)?',
  'propos(?:e|es|ed)',
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
/** Before an amount: what someone needs or what it takes ("a worker needs at least X", "it costs X"). */
export const NEED_BEFORE = new RegExp(String.raw`\b` + alt('needs?', 'needed', 'needing', 'requires?', 'required',
  'requiring', 'takes?', 'took', 'costs?') + String.raw`\s+(?:to\s+(?:earn|make|be\s+paid|receive|get|take\s+home)\s+)?`
  + String.raw`(?:(?:a|an)\s+(?:(?:monthly|daily|weekly|minimum|basic|decent|net)\s+)*`
  + String.raw`(?:wage|salary|income|pay)\s+of\s+)?`
  + String.raw`(?:at\s+least\s+|a\s+minimum\s+of\s+|no\s+less\s+than\s+|more\s+than\s+|over\s+|upwards\s+of\s+)?`
  + HEDGE + '$', 'i');
const DECENT = alt('decently', String.raw`with\s+dignity`, String.raw`in\s+dignity`, 'adequately', 'properly');
const NEEDS = alt(
  String.raw`(?:(?:their|his|her|the|a|one['’]s|family['’]s|basic|essential|everyday|daily|monthly|minimum|most)\s+)*`
    + String.raw`(?:needs|necessities|essentials)`,
  // Costs only of living, never "to cover its costs".
  String.raw`(?:(?:their|his|her|the|a)\s+)?(?:basic|essential|living|household|family|everyday)\s+(?:costs|expenses)`,
  String.raw`(?:the\s+)?costs?\s+of\s+living`,
);
/** Who needs it: a person or a household ("a worker in Dhaka needs", "a family of four would need"). */
export const PERSON_NEEDS = new RegExp(String.raw`\b` + alt('workers?', 'famil(?:y|ies)', 'households?', 'persons?',
  'people', 'individuals?', 'employees?', 'pickers?', String.raw`labou?rers?`, 'adults?', 'couples?', 'parents?',
  'mothers?', 'fathers?', 'one') + String.raw`\b[^,.;:()]{0,40}?\s(?:would\s+|will\s+)?` + alt('needs?', 'requires?')
  + String.raw`\b`, 'i');
/** Where the need ends its clause with nothing it is for: "… needs $400 a month.", "…, the study found". */
export const NEED_END = new RegExp(String.raw`^\s*(?:$|[.;]|,\s*` + alt('according',
  String.raw`the\s+(?:study|report|survey|union|researchers?|group)`, 'researchers', 'activists', 'unions',
  'campaigners', 'it', 'they', 'he', 'she') + String.raw`\b)`, 'i');
/**
 * After a need and its amount, the purpose that makes it a cost-of-living estimate: "to live decently",
 * "to cover basic needs", "for a family of four to get by", "for a decent life".
 */
export const LIVING_PURPOSE = new RegExp(String.raw`^\s*,?\s*(?:(?:in|for)\s+[^,.;:()]{1,40}?\s+)??`
  + String.raw`(?:just\s+|simply\s+)?` + alt(
    String.raw`(?:in\s+order\s+)?to\s+` + alt(
      String.raw`live(?:\s+on)?(?:\s+${DECENT})?`, 'survive', String.raw`get\s+by`, String.raw`make\s+ends\s+meet`,
      String.raw`(?:cover|meet|pay\s+for)\s+${NEEDS}`, String.raw`afford\s+${NEEDS}`,
      String.raw`(?:support|feed|keep)\s+(?:a|their|his|her|the)\s+famil(?:y|ies)`,
      String.raw`(?:lead|have|live)\s+a\s+(?:decent|dignified|normal)\s+life`,
    ),
    String.raw`for\s+(?:a\s+)?(?:decent|dignified)\s+(?:life|living|standard\s+of\s+living)`,
    String.raw`for\s+(?:basic\s+)?(?:needs|necessities|essentials)`,
  ) + String.raw`\b`, 'i');
/**
 * Before an amount that comes after another: its earlier level or a comparison ("12,500 taka for
 * garment workers, up from 8,000 taka", "down from the previous $95", "compared with $80 last year").
 */
const FORMER = String.raw`(?:(?:the|a|its|their)\s+)?(?:(?:previous|old|earlier|former|prior|current|existing|present|`
  + String.raw`last|initial|original)\s+)?(?:(?:level|rate|figure|amount)\s+of\s+)?`;
export const EARLIER_BEFORE = new RegExp(alt(
  String.raw`\b(?:up|down|higher|lower|rising|risen|rose|climbing|falling|fell|dropping|dropped|increased|raised|`
    + String.raw`cut|reduced|lowered)\s+from`,
  String.raw`\bcompared\s+(?:with|to)`, String.raw`\bas\s+against`,
) + String.raw`\s+${FORMER}${HEDGE}$`, 'i');
/**
 * A bare "from" before the amount: "the minimum wage was raised to $95 from $80", "from $80 previously";
 * never a distance ("far from the $160 unions want").
 */
export const FROM_BEFORE = new RegExp(String.raw`(?:^|[\s,(])(?<!\b(?:far|away|way|apart|distinct)\s)`
  + String.raw`from\s+(${FORMER})${HEDGE}$`, 'i');
/** After an amount: it was the level before ("from $80 previously", "from 8,000 taka a year ago"). */
export const BEFORE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?:a|per)\s+(?:month|day|week|year|hour)\s+)?` + alt(
  'previously', 'before', 'earlier', 'formerly', String.raw`(?:last|the\s+previous)\s+(?:year|month|time)`,
  String.raw`(?:a|one|two|three|\d+)\s+(?:years?|months?)\s+(?:ago|earlier|before)`, String.raw`in\s+(?:19|20)\d\d`,
) + String.raw`\b`, 'i');

/** After an amount: it is what workers are paid now ("up from the $120 they now earn", "from $120 at present"). */
export const NOW_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?:a|per)\s+(?:month|day|week|year|hour)\s+)?` + alt(
  'now', 'currently', 'today', String.raw`at\s+present`,
  String.raw`(?:that\s+|which\s+)?(?:they|workers|pickers|employees|most)\s+(?:now\s+|currently\s+)?`
    + String.raw`(?:earn|get|receive|make|take\s+home|are\s+paid)`,
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
  + String.raw`(month|day|workday|shift|hour|week|year|annum)|(monthly|daily|hourly|weekly|yearly|annually))\b`
  // "a year ago", "a month earlier" date the amount; they are no pay period.
  + String.raw`(?!\s+(?:ago|earlier|before|later|after)\b)`, 'i');
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
