import { JSON_FEED_VERSION, type CampaignFeed } from './types.js';
import { validateFeed, type FeedProblem } from './validate.js';

export interface NormalizedFeed {
  feed: CampaignFeed;
  /** Records dropped because they broke the contract, each with its JSON path. */
  problems: FeedProblem[];
  format: string;
}

export const EMPTY_FEED: CampaignFeed = Object.freeze({
  version: JSON_FEED_VERSION,
  title: '',
  items: [],
}) as CampaignFeed;

/** `$.items[3].url` → ['items', 3] ; `$._campaign.wages[0].sources[1].item` → ['_campaign','wages',0]. */
type RecordList = 'items' | 'wages' | 'incidents' | 'actions' | 'rates' | 'documents';
function recordOf(path: string): { list: RecordList; index: number } | null {
  let m = /^\$\.items\[(\d+)\]/.exec(path);
  if (m) return { list: 'items', index: Number(m[1]) };
  m = /^\$\._campaign\.(wages|incidents|actions|rates|documents)\[(\d+)\]/.exec(path);
  if (m) return { list: m[1] as RecordList, index: Number(m[2]) };
  return null;
}

/**
 * Keeps every good record of a project feed (or JSON Feed) and drops the bad ones, so one broken
 * record never hides the rest. Throws only when the document as a whole cannot be used.
 */
export function partitionFeed(json: unknown, format = 'campaign'): NormalizedFeed {
  const problems = validateFeed(json);
  if (problems.length === 0) return { feed: json as CampaignFeed, problems, format };
  const bad = { items: new Set<number>(), wages: new Set<number>(), incidents: new Set<number>(), actions: new Set<number>(), rates: new Set<number>(), documents: new Set<number>() };
  const fatal: FeedProblem[] = [];
  for (const p of problems) {
    const r = recordOf(p.path);
    if (!r) fatal.push(p);
    else bad[r.list].add(r.index);
  }
  const src = json as Record<string, unknown>;
  if (typeof src !== 'object' || src === null || Array.isArray(src) || !Array.isArray(src.items)) {
    throw new Error(fatal.map((p) => `${p.path} ${p.message}`).join('; ') || 'not a feed');
  }
  // Problems at the top level that a reader can live with (a missing title, an odd version string).
  const feed: CampaignFeed = {
    ...(src as unknown as CampaignFeed),
    version: typeof src.version === 'string' ? src.version : JSON_FEED_VERSION,
    title: typeof src.title === 'string' ? src.title : '',
    items: (src.items as unknown[]).filter((_, i) => !bad.items.has(i)) as CampaignFeed['items'],
  };
  for (const k of ['home_page_url', 'feed_url', 'description', 'language'] as const) {
    if (fatal.some((p) => p.path === `$.${k}`)) delete feed[k];
  }
  const camp = src._campaign as Record<string, unknown> | undefined;
  if (camp && typeof camp === 'object' && !Array.isArray(camp)) {
    const c: Record<string, unknown> = { ...camp };
    for (const k of ['wages', 'incidents', 'actions', 'rates', 'documents'] as const) {
      const list = camp[k];
      c[k] = Array.isArray(list) ? list.filter((_, i) => !bad[k].has(i)) : [];
    }
    feed._campaign = c as unknown as CampaignFeed['_campaign'];
  } else {
    delete feed._campaign;
  }
  // Dropping an item can orphan a source quote: check again, and drop what now points nowhere.
  const again = validateFeed(feed).filter((p) => recordOf(p.path) !== null);
  if (again.length > 0) {
    const next = partitionFeed(feed, format);
    return { ...next, problems: [...problems, ...next.problems.filter((p) => recordOf(p.path) !== null)] };
  }
  return { feed, problems, format };
}
