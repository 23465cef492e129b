/**
 * Feeds used by the WordPress tests: the project's valid test feed (test/fixtures/campaign.json, own
 * words) and hostile variants of it, with markup in every text field and `javascript:` URLs in every
 * URL field.
 */
import { readFileSync } from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFeed = any;

export const fixturePath = new URL('../fixtures/campaign.json', import.meta.url).pathname;
export const fixtureText = (): string => readFileSync(fixturePath, 'utf8');
export const fixture = (): AnyFeed => JSON.parse(fixtureText());

/** A marker that shows up in page text when markup is shown literally, and runs when it is not. */
export const HOSTILE_MARK = 'SW-HOSTILE';

/** Markup that would run script or load something if it were ever parsed as HTML. */
export function hostileText(where: string): string {
  return (
    `<img src=x onerror="window.__swPwned=(window.__swPwned||[]).concat('${where}')">` +
    `<script>window.__swPwned=(window.__swPwned||[]).concat('${where}-script')</script>` +
    `<a href="javascript:window.__swPwned=1">${HOSTILE_MARK} ${where}</a>" onmouseover="x` +
    ` ]]> --> <!-- {"x":1} &amp; &lt;b&gt;`
  );
}

const JS_URL = 'javascript:window.__swPwned=(window.__swPwned||[]).concat("url")';

/**
 * The fixture with markup in every free-text field. When `jsUrls` is set, every URL field is a
 * `javascript:` URL too (that makes the feed invalid: uploads refuse it).
 */
export function hostileFeed(jsUrls: boolean): AnyFeed {
  const f = fixture();
  f.title = hostileText('feed-title');
  f.description = hostileText('feed-description');
  if (jsUrls) {
    f.home_page_url = JS_URL;
    f.feed_url = JS_URL;
  }
  f.items.forEach((it: AnyFeed, i: number) => {
    it.title = hostileText(`item${i}-title`);
    it.summary = hostileText(`item${i}-summary`);
    it.content_text = hostileText(`item${i}-content`);
    if (jsUrls) it.url = JS_URL;
    else delete it.url;
    it.authors = [{ name: hostileText(`item${i}-author`), ...(jsUrls ? { url: JS_URL } : {}) }];
    if (it._source) it._source.publisher = hostileText(`item${i}-publisher`);
    it.tags = [...(it.tags ?? []), hostileText(`item${i}-tag`)];
  });
  const c = f._campaign;
  for (const w of c.wages) {
    w.sector = hostileText(`wage-${w.id}-sector`);
    for (const s of w.sources) s.quote = hostileText(`wage-${w.id}-quote`);
  }
  for (const e of c.incidents) {
    e.title = hostileText(`incident-${e.id}-title`);
    e.description = hostileText(`incident-${e.id}-description`);
    if (e.place) e.place.name = hostileText(`incident-${e.id}-place`);
    for (const s of e.sources) s.quote = hostileText(`incident-${e.id}-quote`);
  }
  for (const a of c.actions) {
    a.title = hostileText(`action-${a.id}-title`);
    a.description = hostileText(`action-${a.id}-description`);
    if (a.place) a.place.name = hostileText(`action-${a.id}-place`);
    if (a.organisers) a.organisers = a.organisers.map((_: string, i: number) => hostileText(`action-${a.id}-org${i}`));
    for (const s of a.sources) s.quote = hostileText(`action-${a.id}-quote`);
  }
  for (const d of c.documents ?? []) d.messages = [hostileText(`doc-${d.file}`)];
  return f;
}
