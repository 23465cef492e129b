/**
 * Driving WordPress 6.1 as a person would, with playwright-core and Debian's Chromium: log in per
 * role, the block editor (welcome guide dismissed, inserter, block sidebar, publish), and a visitor's
 * view of a public page that records console errors, dialogs and every request off 127.0.0.1 (each
 * answered here, so nothing leaves the machine).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error plain ESM helper without types
import { requireChromium, chromiumArgs } from '../../scripts/chromium.mjs';
import type { Role, WordPress } from './wordpress.js';

export const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'] as const;
export type Tag = (typeof TAGS)[number];
export const BLOCK_TITLES: Record<Tag, string> = {
  'press-release-list': 'Press release list',
  'wage-gap-gauge': 'Wage gap gauge',
  'incident-timeline': 'Incident timeline',
  'action-map': 'Action map',
};

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
}

export interface Recorder {
  consoleErrors: string[];
  offBox: string[];
  requests: string[];
  dialogs: string[];
}

/** Records console errors, dialogs and requests; answers any request off 127.0.0.1 with 204 here. */
export async function record(ctx: BrowserContext, page: Page): Promise<Recorder> {
  const r: Recorder = { consoleErrors: [], offBox: [], requests: [], dialogs: [] };
  await ctx.route(
    (url) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1',
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  page.on('request', (req) => {
    const url = new URL(req.url());
    r.requests.push(req.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') r.offBox.push(req.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') r.consoleErrors.push(`${m.text()} ${m.location().url ?? ''}`.trim());
  });
  page.on('pageerror', (e) => r.consoleErrors.push(`Uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    r.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  return r;
}

export interface Session {
  ctx: BrowserContext;
  page: Page;
  rec: Recorder;
  close(): Promise<void>;
}

/** A browser context logged in as one role. */
export async function loginAs(browser: Browser, wp: WordPress, role: Role): Promise<Session> {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20_000);
  const rec = await record(ctx, page);
  const u = wp.users[role];
  // Logged in once the redirect reaches wp-admin; the dashboard's own load (widgets, feeds) is not
  // what this waits for, and under load it can take longer than the whole login. The test server
  // answers one request at a time, so a login stuck behind another session's request is tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(`${wp.origin}/wp-login.php`);
      await page.fill('#user_login', u.login);
      await page.fill('#user_pass', u.password);
      await page.click('#wp-submit');
      await page.waitForURL(/\/wp-admin\//, { waitUntil: 'commit', timeout: 45_000 });
      break;
    } catch (err) {
      if (attempt >= 2) throw err;
    }
  }
  return { ctx, page, rec, close: () => ctx.close() };
}

/** A visitor: no cookies, JavaScript on or off. */
export async function visitor(browser: Browser, javaScriptEnabled: boolean): Promise<Session> {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 }, javaScriptEnabled });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20_000);
  const rec = await record(ctx, page);
  return { ctx, page, rec, close: () => ctx.close() };
}

// ------------------------------------------------------------------------------------ block editor

/** Closes the block editor's welcome guide when it shows (once per user; it may open late). */
export async function dismissWelcomeGuide(page: Page, wait = 5000): Promise<boolean> {
  const guide = page.locator('.edit-post-welcome-guide');
  if (wait <= 0) {
    if (!(await guide.isVisible())) return false;
  } else {
    try {
      await guide.waitFor({ state: 'visible', timeout: wait });
    } catch {
      return false;
    }
  }
  await guide.getByRole('button', { name: 'Close dialog' }).click();
  await guide.waitFor({ state: 'hidden' });
  return true;
}

async function editorReady(page: Page): Promise<void> {
  await page.waitForSelector('.edit-post-layout', { timeout: 30_000 });
  await page.waitForFunction(() => {
    const wp = (window as unknown as { wp?: { data?: { select(s: string): { getCurrentPostId(): number } } } }).wp;
    return !!wp?.data?.select('core/editor').getCurrentPostId();
  });
}

export async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await editorReady(page);
  // Someone else's post still open elsewhere (the contributor's, say): take it over, as an editor would.
  const locked = page.locator('.editor-post-locked-modal');
  const existing = url.includes('post.php?post=');
  if (existing && (await locked.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false))) {
    await Promise.all([page.waitForNavigation(), locked.locator('a, button', { hasText: 'Take over' }).first().click()]);
    await editorReady(page);
  }
  await dismissWelcomeGuide(page);
}

export async function newPost(page: Page, origin: string, title: string): Promise<void> {
  await openEditor(page, `${origin}/wp-admin/post-new.php`);
  await page.locator('h1[aria-label="Add title"], .editor-post-title__input').first().fill(title);
}

async function setPressed(page: Page, name: string, pressed: boolean, exact = true): Promise<void> {
  const button = page.getByRole('button', { name, exact }).first();
  if (((await button.getAttribute('aria-pressed')) === 'true') !== pressed) await button.click();
}

/** Inserts a block through the inserter, by its search name and title. */
export async function insertBlock(page: Page, title: string): Promise<void> {
  await dismissWelcomeGuide(page, 0);
  const toggle = page.locator('button.edit-post-header-toolbar__inserter-toggle');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const search = page.locator('.block-editor-inserter__search input');
  await search.fill(title);
  await page.locator('.block-editor-block-types-list__item', { hasText: new RegExp(`^\\s*${title}\\s*$`) }).first().click();
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
}

/** The block sidebar (Settings → Block) of the selected block. */
export async function blockInspector(page: Page) {
  await setPressed(page, 'Settings', true);
  const blockTab = page.locator('.edit-post-sidebar__panel-tab', { hasText: 'Block' });
  if (await blockTab.count()) {
    if (!(await blockTab.getAttribute('class'))?.includes('is-active')) await blockTab.click();
  }
  const insp = page.locator('.block-editor-block-inspector');
  await insp.waitFor();
  return insp;
}

export interface WidgetSettings {
  feedTitle: string;
  lang: '' | 'en' | 'km';
  theme: '' | 'auto' | 'light' | 'dark';
  /** Choose the feed in WordPress's media library modal rather than in the sidebar's list. */
  viaMediaModal?: boolean;
  /** Controls of the Display panel (generated from the manifest), by label: a select's value or a text. */
  display?: Record<string, string>;
}

/** Sets the selected widget block's feed, language, theme and display attributes in its sidebar. */
export async function configureWidget(page: Page, s: WidgetSettings): Promise<void> {
  const insp = await blockInspector(page);
  if (s.viaMediaModal) {
    // WordPress's own media library modal, as people who can upload files use it.
    await insp.locator('.sw-feed-media').click();
    const modal = page.locator('.media-modal:visible');
    await modal.getByRole('tab', { name: 'Media Library' }).click();
    await modal.locator(`li.attachment[aria-label="${s.feedTitle}"]`).click();
    await modal.locator('.media-button-select').click();
    await modal.waitFor({ state: 'hidden' });
    await page.waitForFunction(
      (title) => {
        const sel = document.querySelector('.block-editor-block-inspector .sw-feed-select select') as HTMLSelectElement | null;
        return sel?.selectedOptions[0]?.textContent === title;
      },
      s.feedTitle,
    );
  } else {
    await insp.locator('.sw-feed-select select').selectOption({ label: s.feedTitle });
  }
  await insp.locator('.sw-lang select').selectOption(s.lang);
  await insp.getByLabel('Theme', { exact: true }).selectOption(s.theme);
  if (s.display) {
    const panel = insp.locator('.sw-panel-display');
    const toggle = panel.locator('.components-panel__body-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    for (const [label, value] of Object.entries(s.display)) {
      const control = panel.getByLabel(label, { exact: true });
      if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value);
      else await control.fill(value);
    }
  }
}

/** Waits until every widget block has its server-rendered fallback (asked from the REST route). */
export async function waitForFallbacks(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const wp = (window as unknown as { wp: { data: { select(s: string): { getBlocks(): { name: string; attributes: { fallback?: string; feedId?: number; src?: string } }[] } } } }).wp;
    const blocks = wp.data.select('core/block-editor').getBlocks().filter((b) => b.name.startsWith('solidarity-widgets/'));
    const busy = document.querySelector('.sw-editor[data-sw-fallback="loading"]');
    return !busy && blocks.every((b) => !(b.attributes.feedId || b.attributes.src) || (b.attributes.fallback ?? '').length > 0);
  }, undefined, { timeout: 20_000 });
}

interface EditorState {
  id: number;
  status: string;
  link: string;
  saving: boolean;
  dirty: boolean;
}

export async function editorState(page: Page): Promise<EditorState> {
  return page.evaluate(() => {
    const s = (window as unknown as { wp: { data: { select(s: string): Record<string, (...a: unknown[]) => unknown> } } }).wp.data.select('core/editor');
    return {
      id: s.getCurrentPostId() as number,
      status: s.getEditedPostAttribute('status') as string,
      link: s.getPermalink() as string,
      saving: s.isSavingPost() as boolean,
      dirty: s.isEditedPostDirty() as boolean,
    };
  });
}

/** Publish (or, for a contributor, Submit for Review) through the header button and the panel. */
export async function publish(page: Page, expected: 'publish' | 'pending'): Promise<EditorState> {
  await dismissWelcomeGuide(page, 0);
  await page.locator('.editor-post-publish-panel__toggle, .editor-post-publish-button__button').first().click();
  const confirm = page.locator('.editor-post-publish-panel .editor-post-publish-button');
  if (await confirm.count()) await confirm.click();
  await page.waitForFunction(
    (want) => {
      const s = (window as unknown as { wp: { data: { select(s: string): Record<string, (...a: unknown[]) => unknown> } } }).wp.data.select('core/editor');
      return !s.isSavingPost() && s.getCurrentPostAttribute('status') === want && !s.isEditedPostDirty();
    },
    expected,
    { timeout: 30_000 },
  );
  return editorState(page);
}

/** Block validation messages ("This block contains unexpected or invalid content"). */
export async function invalidBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wp = (window as unknown as { wp: { data: { select(s: string): { getBlocks(): { name: string; isValid: boolean }[] } } } }).wp;
    return wp.data.select('core/block-editor').getBlocks().filter((b) => !b.isValid).map((b) => b.name);
  });
}

// ------------------------------------------------------------------------------------ public pages

export interface ElementReport {
  tag: string;
  state: string | null;
  shadowText: string;
  lightText: string;
  lightHtml: string;
  attrs: Record<string, string>;
}

// Browser-side code is written as strings: tsx compiles named functions with a helper (__name) that
// does not exist in the page.
const TEXT_OF_JS = `(root) => {
  if (!root) return '';
  const out = [];
  const walk = (n) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent || '');
    if (n instanceof Element && ['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT'].includes(n.tagName)) return;
    // What a screen reader reads of a drawing: its labels.
    if (n instanceof Element && n.getAttribute('aria-label')) out.push(n.getAttribute('aria-label'));
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out.join(' ').replace(/\\s+/g, ' ').trim();
}`;

/** Every widget element on the page: its state, the text of its shadow root and of its light DOM. */
export async function elements(page: Page, scope = 'body'): Promise<ElementReport[]> {
  return page.evaluate(`(() => {
    const text = ${TEXT_OF_JS};
    const root = document.querySelector(${JSON.stringify(scope)}) || document.body;
    return [...root.querySelectorAll(${JSON.stringify(TAGS.join(','))})].map((el) => ({
      tag: el.localName,
      state: el.state === undefined ? null : el.state,
      shadowText: text(el.shadowRoot),
      lightText: (el.textContent || '').replace(/\\s+/g, ' ').trim(),
      lightHtml: el.innerHTML,
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    }));
  })()`) as Promise<ElementReport[]>;
}

/** Waits until every widget element on the page has left its loading state. */
export async function waitForElements(page: Page, scope = 'body', timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ({ tags, scope }) => {
      const els = [...(document.querySelector(scope) ?? document.body).querySelectorAll(tags.join(','))];
      return els.length > 0 && els.every((el) => {
        const state = (el as Element & { state?: string }).state;
        return !!el.shadowRoot && state !== undefined && state !== 'loading';
      });
    },
    { tags: [...TAGS], scope },
    { timeout },
  );
}

/** All text a reader sees, shadow roots included (no style or script text). */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(`(${TEXT_OF_JS})(document.body)`) as Promise<string>;
}

/** A feed shown as raw JSON in page text: its keys (straight or curly quotes) or its version URL. */
export const RAW_JSON =
  /["“”](version|items|_campaign|home_page_url|date_published|content_text|summary|incidents|actions|wages|sources|quote)["“”]\s*:|jsonfeed\.org\/version/;
