/**
 * Row 1 — hostile text. Every payload (the project's XSS corpus and, when present, the Big List of
 * Naughty Strings) goes into every text and URL field the four elements render, and into the
 * attributes a CMS editor could set. Pass: nothing runs (sentinel, dialogs, navigation, requests to
 * other origins), no link other than http(s), no markup made from text, the text shown as written,
 * and no sideways scrolling of a 320 px page.
 *
 * Two pages: one with no CSP at all (many partner sites send none — there an injected handler would
 * really run, so the sentinel is meaningful), and the strict CSP with Trusted Types (there an attempt
 * shows up as a violation report).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeBrowser } from '../../e2e/harness.js';
import { blns, missing, sample, type Mode } from '../lib/corpora.js';
import { record, reset } from '../lib/figures.js';
import { ATTRIBUTE_FIELDS, FIELD_COUNT, expectedTitle, hostileFeed, hostileRss } from '../lib/hostile-feed.js';
import { assertCleanExplained, executions, openHostilePage, type HostilePage } from '../lib/page.js';
import { FAMILIES, xssPayloads } from '../lib/xss-payloads.js';
import { limitClusters } from '../../../src/feed/readers/clusters.js';

const ROW = 'row1-hostile-text';
const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'] as const;
const BATCH = 8;

interface Shown {
  group: string;
  index: number;
  tag: string;
  view: string;
  viewState: string;
  text: string;
  problems: string[];
  tags: string[];
}

/**
 * The elements one payload is shown in: every element with the hostile feed, and a second of each
 * with the payload in the page's attributes too. `literal`: the title must show there as written
 * (the others may legitimately show nothing, e.g. a `kinds` filter naming no real kind).
 */
function groupFor(id: string, p: string, feed: unknown) {
  // Attributes are the page's own text: a partner who writes 50 marks on one letter in a heading
  // stretches their own page, and no reader limits it. Feed text (from people we do not control) is
  // limited by the readers; the 320 px check holds it to that, so attributes get the same limit here.
  const a = limitClusters(p);
  const attrs = (tag: string) => Object.fromEntries(ATTRIBUTE_FIELDS[tag].map((name) => [name, a]));
  return {
    id,
    elements: [
      { tag: 'press-release-list', attrs: attrs('press-release-list'), feed, literal: true },
      { tag: 'wage-gap-gauge', attrs: {}, feed, literal: false },
      { tag: 'wage-gap-gauge', attrs: attrs('wage-gap-gauge'), feed, literal: false },
      { tag: 'incident-timeline', attrs: { highlight: a }, feed, literal: true },
      { tag: 'incident-timeline', attrs: attrs('incident-timeline'), feed, literal: false },
      { tag: 'action-map', attrs: { view: 'table' }, feed, literal: true },
      { tag: 'action-map', attrs: attrs('action-map'), feed, literal: false },
    ],
  };
}
const ELEMENTS_PER_PAYLOAD = groupFor('x', 'x', {}).elements.length;

/** Text the literal check can expect verbatim: what readers do to text (trim, collapse spaces) done here too. */
function literal(p: string): string | undefined {
  // Readers keep at most 8 combining marks on a letter (more would stretch the page): expect that.
  const t = limitClusters(expectedTitle(p)).replace(/\s+/g, ' ').trim();
  // Control characters, lone surrogates and invisible format characters are legitimately dropped or
  // shown differently; a payload made of them is checked for safety only.
  if (/[\u0000-\u001f\u007f\ud800-\udfff]/.test(t) || t.length === 0) return undefined;
  return t;
}

interface Tally {
  payloads: number;
  elementsRendered: number;
  unsafe: string[];
  notLiteral: string[];
  overflow: string[];
  literalChecked: number;
  notSettled: string[];
}

async function showPayloads(
  p: HostilePage,
  payloads: string[],
  allowed: Record<string, string[]> | undefined,
  tally: Tally,
  label: string,
): Promise<void> {
  for (let i = 0; i < payloads.length; i += BATCH) {
    const batch = payloads.slice(i, i + BATCH);
    const groups = batch.map((text, j) => groupFor(`g${i + j}`, text, hostileFeed(text)));
    const shown = (await p.page.evaluate(
      ([g, a]) => (window as unknown as { __hp: { mountGroups(id: string, g: unknown, a: unknown): Promise<unknown> } }).__hp.mountGroups('stage', g, a),
      [groups, allowed] as const,
    )) as Shown[];
    tally.payloads += batch.length;
    tally.elementsRendered += shown.length;
    for (const s of shown) {
      const idx = Number(s.group.slice(1));
      const payload = payloads[idx];
      const where = `${label} #${idx} ${JSON.stringify(payload.slice(0, 80))} in <${s.tag}${s.view ? ` view=${s.view}` : ''}>`;
      if (s.viewState === 'loading') tally.notSettled.push(where);
      for (const problem of s.problems) tally.unsafe.push(`${where}: ${problem}`);
    }
    // Literal text: the title as written, in the list, the timeline and the map's table.
    for (const [j, text] of batch.entries()) {
      const want = literal(text);
      if (!want) continue;
      tally.literalChecked++;
      const specs = groups[j].elements;
      for (const s of shown.filter((x) => x.group === `g${i + j}`)) {
        if (specs[s.index].literal && !s.text.includes(want)) {
          tally.notLiteral.push(`${label} #${i + j} ${JSON.stringify(text.slice(0, 60))} in <${s.tag}>: shows ${JSON.stringify(s.text.slice(0, 200))}`);
        }
      }
    }
    const overflow = await p.page.evaluate(() => (window as unknown as { __hp: { overflowX(): number } }).__hp.overflowX());
    if (overflow > 0) {
      const culprit = await p.page.evaluate(() => {
        const hp = (window as unknown as { __hp: { widest(els: Element[]): unknown } }).__hp;
        return hp.widest([...document.querySelectorAll('#stage section > *')]);
      });
      tally.overflow.push(`${label} payloads ${i}–${i + batch.length - 1}: the page scrolls ${overflow}px sideways (widest: ${JSON.stringify(culprit)}, ${JSON.stringify(batch.map((b) => b.slice(0, 30)))})`);
    }
  }
}

/**
 * The tags a harmless feed of the same shape renders, per element: anything else is markup made from
 * text. Harmless feeds with and without a valid link, and an empty one (the empty state), so every
 * legitimate state is in the list.
 */
async function baselineTags(p: HostilePage): Promise<Record<string, string[]>> {
  const empty = { version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] };
  const groups = [
    ...['Harmless text', 'https://example.org/a-harmless-link'].map((t, i) => groupFor(`b${i}`, t, hostileFeed(t))),
    groupFor('b2', 'Empty', empty),
  ];
  const shown = (await p.page.evaluate(
    (g) => (window as unknown as { __hp: { mountGroups(id: string, g: unknown): Promise<unknown> } }).__hp.mountGroups('stage', g),
    groups,
  )) as Shown[];
  const out: Record<string, Set<string>> = {};
  for (const s of shown) {
    assert.deepEqual(s.problems, [], `the harmless feed is clean in <${s.tag}>`);
    for (const t of s.tags) (out[s.tag] ??= new Set()).add(t);
  }
  for (const tag of TAGS) assert.ok(shown.some((s) => s.tag === tag && s.viewState === 'ready'), `the harmless feed renders in <${tag}>`);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}

const emptyTally = (): Tally => ({ payloads: 0, elementsRendered: 0, unsafe: [], notLiteral: [], overflow: [], literalChecked: 0, notSettled: [] });

function assertTally(t: Tally, what: string): void {
  const head = (l: string[]) => `${l.length}: ${l.slice(0, 8).join('\n  ')}`;
  assert.deepEqual(t.notSettled, [], `${what}: elements that never settled ${head(t.notSettled)}`);
  assert.equal(t.unsafe.length, 0, `${what}: unsafe output ${head(t.unsafe)}`);
  assert.equal(t.notLiteral.length, 0, `${what}: text not shown as written ${head(t.notLiteral)}`);
  assert.equal(t.overflow.length, 0, `${what}: layout broke at 320 px ${head(t.overflow)}`);
}

export function hostileTextSuite(mode: Mode): void {
  const xss = xssPayloads().map((x) => x.text);
  const naughty = blns();
  // The sample: a fixed-seed pick, larger on the page where injected script would run.
  const pick = (csp: 'none' | 'strict') => ({
    xss: mode === 'full' ? xss : sample(xss, csp === 'none' ? 32 : 16, csp === 'none' ? 10 : 12),
    blns: mode === 'full' ? naughty : sample(naughty, csp === 'none' ? 8 : 4, csp === 'none' ? 11 : 13),
  });
  const totals = { tried: 0, executions: 0, elements: 0, literal: 0, xss: 0, blns: 0 };

  before(() => reset(mode, ROW));
  after(async () => {
    record(mode, ROW, {
      'XSS corpus (ours)': `${xss.length} payloads in ${Object.keys(FAMILIES).length} families; ${totals.xss} shown (${mode === 'full' ? 'each on both pages' : 'a fixed-seed sample'})`,
      'BLNS (../shared)': naughty.length ? `${naughty.length} strings; ${totals.blns} shown` : `skipped: ${missing('naughty/blns.json')}`,
      'fields per payload': FIELD_COUNT,
      'payloads × fields (both pages)': `${totals.tried} × ${FIELD_COUNT} = ${totals.tried * FIELD_COUNT}`,
      'elements rendered': totals.elements,
      'literal-text checks': totals.literal,
      executions: totals.executions,
    });
    await closeBrowser();
  });

  for (const csp of ['none', 'strict'] as const) {
    const { xss: xssSet, blns: blnsSet } = pick(csp);
    describe(`row 1 — hostile text, page with ${csp === 'none' ? 'no CSP (injected script would run)' : 'the strict CSP and Trusted Types'} (${mode})`, () => {
      let p: HostilePage;
      let allowed: Record<string, string[]>;
      before(async () => {
        p = await openHostilePage({
          ...(csp === 'none' ? { csp: null } : {}),
          viewport: { width: 320, height: 640 },
          body: '<h1>Partner page</h1><main id="stage"></main><p>After the elements</p>',
        });
        await p.page.waitForFunction(
          (tags) => tags.every((t) => customElements.get(t) !== undefined),
          [...TAGS],
          { timeout: 10_000 },
        );
        allowed = await baselineTags(p);
      });
      after(() => p?.close());

      /** Shows a corpus in every field of every element, then checks nothing ran and nothing broke. */
      async function showCorpus(set: typeof xssSet, corpus: 'xss' | 'blns', label: string): Promise<void> {
        const t = emptyTally();
        await showPayloads(p, set, allowed, t, corpus);
        totals[corpus] += t.payloads;
        const e = await executions(p);
        totals.tried += t.payloads;
        totals.elements += t.elementsRendered;
        totals.literal += t.literalChecked;
        totals.executions += e.count;
        assert.deepEqual(e.details, [], 'executions');
        assertTally(t, label);
        if (csp === 'strict') await assertCleanExplained(p);
      }

      test(`the XSS corpus (${xssSet.length} payloads × ${FIELD_COUNT} fields, ${ELEMENTS_PER_PAYLOAD} elements each) runs nothing, links nothing unsafe, shows text as written, holds 320 px`, () =>
        showCorpus(xssSet, 'xss', 'XSS corpus'));

      test(`the Big List of Naughty Strings (${blnsSet.length} strings) in the same fields`, { skip: missing('naughty/blns.json') }, () =>
        showCorpus(blnsSet, 'blns', 'BLNS'));

      test('the same payloads inside an RSS feed (escaped titles, HTML descriptions read through DOMParser) stay text', async () => {
        const rss = mode === 'full' ? xss : xssSet.slice(0, 10);
        const results = (await p.page.evaluate(async (docs) => {
          const hp = (window as unknown as { __hp: { settled(el: Element): Promise<boolean>; scan(el: Element): { problems: string[] }; text(el: Element): string } }).__hp;
          const stage = document.getElementById('stage')!;
          stage.replaceChildren();
          const out: { state: string; problems: string[] }[] = [];
          for (const doc of docs) {
            const el = document.createElement('press-release-list') as HTMLElement & { feed: unknown; viewState: string };
            el.feed = doc;
            stage.append(el);
            await hp.settled(el);
            for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) b.click();
            await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            out.push({ state: el.viewState, problems: hp.scan(el).problems });
            el.remove();
          }
          return out;
        }, rss.map(hostileRss))) as { state: string; problems: string[] }[];
        const bad = results.flatMap((r, i) => r.problems.map((x) => `#${i} ${JSON.stringify(rss[i].slice(0, 60))}: ${x}`));
        assert.deepEqual(bad, []);
        assert.ok(results.filter((r) => r.state === 'ready').length >= rss.length * 0.9, `most RSS feeds render: ${results.map((r) => r.state).join(',')}`);
        const e = await executions(p);
        totals.executions += e.count;
        assert.deepEqual(e.details, []);
        if (csp === 'strict') await assertCleanExplained(p);
      });
    });
  }
}
