/**
 * Incident triggers in one sentence: strikes, shootings and killings, arrests, dismissals, court
 * hearings, bans and migrations, each with the people counts that grammar ties to it ("killing at
 * least four people", "the arrest of 23 workers"). A count is only ever read from the phrase that
 * carries the trigger, so the 23 arrested can never become 23 dead.
 */
import type { IncidentKind } from '../../feed/types.js';
import { countStartingAt, npEndingAt, npStartingAt, type NpMatch } from '../language/counts.js';
import type { CountField, Hit } from './model.js';
import { isQuoted, type Sentence } from '../language/sentences.js';

/**
 * A rule is a small trigger regex; when it needs a count, the people phrase is looked for right
 * before the trigger (`np: 'before'`: "23 workers| were arrested") or right after it (`np: 'after'`:
 * "the arrest of| 23 workers"), optionally followed by `suffix` ("left| 3 people| dead").
 */
interface Rule {
  kind: IncidentKind;
  label: string;
  re: RegExp;
  field?: CountField;
  np?: 'before' | 'after' | 'number';
  /** Without the people phrase the trigger means nothing ("killing" alone). */
  npRequired?: boolean;
  suffix?: RegExp;
  needsOwnDate?: boolean;
}

const BE = '(?:(?:who\\s+)?(?:were|was|have\\s+been|had\\s+been|has\\s+been|are|is|being)\\s+)?(?:reportedly\\s+|allegedly\\s+)?';
type Extra = Partial<Pick<Rule, 'field' | 'np' | 'npRequired' | 'suffix' | 'needsOwnDate'>>;
const rule = (kind: IncidentKind, label: string, src: string, extra: Extra = {}): Rule =>
  ({ kind, label, re: new RegExp(src, 'gi'), ...extra });
const before = (field: CountField): Extra => ({ field, np: 'before', npRequired: true });
const after = (field: CountField, suffix?: RegExp): Extra => ({ field, np: 'after', npRequired: true, suffix });
const ASSEMBLY = '(?:all\\s+)?(?:public\\s+)?(?:assemblies|gatherings|protests|demonstrations|marches|rallies|strikes)';

const RULES: Rule[] = [
  // Killings.
  rule('killing', 'killed', `\\b${BE}(?:killed|shot\\s+dead|shot\\s+and\\s+killed|murdered|slain|died|dead)\\b`, before('deaths')),
  rule('killing', 'killed', '\\b(?:killing|killed)\\s', after('deaths')),
  rule('killing', 'killed', '\\b(?:leaving|left)\\s', after('deaths', /^\s+dead\b/i)),
  rule('killing', 'killed', '\\bdeaths?\\s+of\\s', after('deaths')),
  rule('killing', 'killed', '\\bshot\\s', after('deaths', /^\s+dead\b/i)),
  rule('killing', 'killed', '\\bdeath\\s+toll\\s+(?:rose\\s+to|of|reached|stands\\s+at|stood\\s+at|climbed\\s+to)\\s', { field: 'deaths', np: 'number', npRequired: true }),
  // Injuries join whatever violence the sentence reports.
  rule('violence', 'injured', `\\b${BE}(?:injured|wounded|hurt)\\b`, before('injured')),
  rule('violence', 'injured', '\\b(?:injuring|wounding)\\s', after('injured')),
  // Violence without a count.
  rule('violence', 'shooting', '\\b(?:fired|firing|fire)\\s+(?:live\\s+)?(?:ammunition|bullets|live\\s+rounds|shots|rounds)\\b|\\bopened\\s+fire\\b|\\b(?:fired|shot)\\s+(?:on|at|into)\\s+(?:the\\s+)?(?:workers|protesters|crowds?|demonstrators|strikers)\\b'),
  rule('violence', 'blocked-march', "\\bblocked\\s+(?:the\\s+(?:route|path|way)\\s+of\\s+)?(?:a|the|their)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:march|procession|convoy)\\b"),
  rule('violence', 'attack', '\\b(?:attacked|assaulted|beaten|beat\\s+up|clashed\\s+with)\\b'),
  rule('violence', 'dispersal', '\\b(?:violent(?:ly)?\\s+)?dispers(?:al|ed|ing)\\b(?:\\s+of\\s)?', { field: 'participants', np: 'after' }),
  rule('violence', 'crackdown', '\\bcrackdown\\b', { needsOwnDate: true }),
  // Arrests.
  rule('arrest', 'arrested', `\\b${BE}(?:arrested|detained|jailed|imprisoned|taken\\s+into\\s+custody)\\b`, before('arrested')),
  rule('arrest', 'arrested', '\\b(?:arrested|detained|jailed|arresting|detaining)\\s', after('arrested')),
  rule('arrest', 'arrested', '\\b(?:arrests?|detention|jailing)\\s+of\\s', after('arrested')),
  rule('arrest', 'arrested', '\\b(?:workers|activists|protesters|people|unionists|union\\s+leaders|leaders|monks|demonstrators|members|villagers)(?:\\s+and\\s+[a-z]+)?\\s+(?:who\\s+(?:were|had\\s+been)\\s+|(?:were|was|have\\s+been|had\\s+been)\\s+)?(?:arrested|detained)\\b'),
  // Strikes.
  rule('strike', 'strike', '\\b(?:went\\s+on\\s+strike|walked\\s+out|were\\s+on\\s+strike|struck)\\b', before('participants')),
  rule('strike', 'strike', '\\b(?:began|begun|started|launched|staged|went\\s+on|go\\s+on|going\\s+on|continued|resumed|joined)\\s+(?:a\\s+|an\\s+|the\\s+|their\\s+)?(?:(?!on\\b|against\\b|of\\b|for\\b)[\\w-]+\\s+){0,2}?(?:strike|striking|walkout|walk-out)\\b'),
  rule('strike', 'strike', '\\b(?:walked|walk|walking)\\s+out\\b|\\bstrike\\s+(?:began|started|erupted|broke\\s+out)\\b'),
  rule('strike', 'strike', '\\b(?:general|nationwide|national|mass)\\s+strike\\b', { needsOwnDate: true }),
  // Dismissals ("fired" only with people counted: armed forces also fire).
  rule('dismissal', 'dismissed', '\\b(?:dismissals?|sacking|firing|lay-?offs?)\\s+of\\s', after('participants')),
  rule('dismissal', 'dismissed', `\\b${BE}(?:dismissed|sacked|fired|laid\\s+off)\\b`, before('participants')),
  rule('dismissal', 'dismissed', '\\b(?:dismissed|sacked|laid\\s+off)\\s', after('participants')),
  // Migrations.
  rule('migration', 'exodus', '\\b(?:exodus|mass\\s+(?:return|migration|departure)|influx)\\s+of\\s', after('participants')),
  rule('migration', 'exodus', '\\b(?:fled|returned\\s+home|crossed\\s+the\\s+border|were\\s+deported|have\\s+fled)\\b', before('participants')),
  // Courts.
  rule('court', 'court', "\\b(?:court|judges?)\\s+(?:is\\s+|are\\s+|was\\s+|were\\s+|has\\s+|have\\s+)?(?:set\\s+to\\s+|due\\s+to\\s+|expected\\s+to\\s+|scheduled\\s+to\\s+|will\\s+)?(?:hear|heard|rule|ruled|sentence|sentenced|convict|convicted|acquit|acquitted|denied|granted|rejected|adjourned|handed)\\b"),
  rule('court', 'court', `\\b${BE}(?:sentenced|convicted|charged|acquitted|found\\s+guilty)\\b`, { np: 'before', npRequired: true }),
  rule('court', 'trial', '\\b(?:trial|verdict|bail\\s+hearing|court\\s+hearing)s?\\b', { needsOwnDate: true }),
  // Bans.
  rule('ban', 'ban', `\\b(?:banned|suspended|outlawed|prohibited)\\s+${ASSEMBLY}\\b|\\bban(?:s|ning)?\\s+on\\s+${ASSEMBLY}\\b`),
];

const NEGATION = /\b(?:no|not|never|none|nobody|neither|nor|without|denied\s+that|n't)\b[^,.;]{0,25}$/i;
const REACTION =
  /\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies)|protest(?:ed|ing)?\s+against|mourn\w*|remember\w*|commemorat\w*|honou?r(?:ing|ed)?|in\s+memory\s+of|an\s+end\s+to|justice\s+for|investigation\s+into)\b((?:\s+[\w'’-]+){0,6}?)\s*$/i;
const ACTORS = /\b(military police|armed forces|security forces|riot police|soldiers|police|troops|the army|guards|thugs|authorities)\b/i;

/** Is the trigger at `start` the object of a reaction verb ("condemn the violent dispersal")? */
export function isReactionObject(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = REACTION.exec(before);
  return !!m && !/[,;:]/.test(m[1] ?? '');
}

export function findIncidentHits(s: Sentence): Hit[] {
  const text = s.text;
  const hits: Hit[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      let start = m.index;
      let end = start + m[0].length;
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      let np: NpMatch | undefined;
      if (r.np === 'before') np = npEndingAt(text, start);
      else if (r.np === 'after') np = npStartingAt(text, end);
      else if (r.np === 'number') np = countStartingAt(text, end);
      if (np && r.suffix && !r.suffix.test(text.slice(np.end))) np = undefined;
      if (r.npRequired && !np) continue;
      if (np) {
        start = Math.min(start, np.start);
        end = Math.max(end, np.end);
      }
      if (isQuoted(s, start, end)) continue;
      if (NEGATION.test(text.slice(Math.max(0, start - 40), start))) continue;
      const hit: Hit = {
        family: 'incident', kind: r.kind, label: r.label, start, end, counts: {}, vague: {}, nouns: {}, places: [],
        needsOwnDate: r.needsOwnDate, reaction: isReactionObject(text, start),
      };
      if (r.field && np) {
        if (np.count) hit.counts[r.field] = np.count;
        if (np.vague) hit.vague[r.field] = np.vague;
        if (np.noun) hit.nouns[r.field] = np.noun;
      }
      if (r.kind === 'court') {
        const court = /\b((?:[A-Z][\w'’-]*\s+){0,4}Court)\b/.exec(text);
        if (court) hit.detail = court[1];
      }
      if (r.kind === 'ban') hit.detail = m[0].replace(/^(?:banned|suspended|outlawed|prohibited)\s+|^bans?\s+on\s+|^banning\s+on\s+/i, '');
      hits.push(hit);
    }
  }
  const actor = ACTORS.exec(text);
  // One phrase can satisfy two rules ("23 workers arrested" and "workers arrested"): keep the
  // hit that carries the most, drop hits inside it.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    const dup = kept.find((k) => k.kind === h.kind && h.start < k.end && k.start < h.end);
    if (!dup) {
      kept.push(h);
      continue;
    }
    const weight = (x: Hit): number => Object.keys(x.counts).length * 2 + Object.keys(x.vague).length;
    if (weight(h) > weight(dup)) kept.splice(kept.indexOf(dup), 1, h);
  }
  if (actor) for (const h of kept) if (h.kind === 'violence' || h.kind === 'killing' || h.kind === 'arrest') h.actor = actor[1].toLowerCase();
  return kept.sort((a, b) => a.start - b.start);
}
