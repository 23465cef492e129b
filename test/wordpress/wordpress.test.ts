/**
 * The WordPress plugin in a real WordPress 6.1 (Debian's packages), started by this test on
 * 127.0.0.1 and stopped at the end, driven through the real block editor with playwright-core and
 * Debian's Chromium, as each role (issue 13):
 *   0. the administrator installs the built zip through Plugins → Add New → Upload; feed uploads;
 *   1. each role inserts the four blocks, picks the feed from the media library, sets lang and theme,
 *      saves (the contributor's post is published by the editor); the public post renders the
 *      elements from the feed, shows the server-rendered fallback without JavaScript, shows no raw
 *      JSON, logs no console error and makes zero requests off 127.0.0.1;
 *   2. an author's Custom HTML block keeps <incident-timeline src> and it renders;
 *   3. the shortcode renders the same as the block;
 *   4. hostile feeds execute nothing in the editor preview or on the public page, and the fallback
 *      shows their text literally;
 *   5. deactivating the plugin leaves the posts readable.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensurePluginZip, type PluginBuild } from './build.js';
import { startWordPress, ROLES, type Role, type WordPress } from './wordpress.js';
import { ensurePackages } from './env.js';
import { fixtureText, hostileFeed, HOSTILE_MARK } from './feeds.js';
import {
  BLOCK_TITLES, RAW_JSON, TAGS, blockInspector, configureWidget, elements, insertBlock, invalidBlocks, launch, loginAs, newPost, openEditor,
  pageText, publish, visitor, waitForElements, waitForFallbacks, type ElementReport, type Session, type Tag, type WidgetSettings,
} from './browser.js';

const started = Date.now();
/** SW_WP_SCREENSHOTS=1 saves the readme's screenshots to wordpress/assets/ (small PNGs). */
const shot = (n: number) =>
  process.env.SW_WP_SCREENSHOTS ? new URL(`../../wordpress/assets/screenshot-${n}.png`, import.meta.url).pathname : undefined;
/** Browser-side: live markup from a feed anywhere in the page, shadow roots included. (A string: tsx's helpers do not exist in the page.) */
const DANGEROUS_JS = `(() => {
  const found = [];
  const walk = (root) => {
    root.querySelectorAll('a[href^="javascript:" i], img[src="x"], [onerror], [onmouseover]').forEach((el) => found.push(el.outerHTML.slice(0, 80)));
    root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
  };
  walk(document);
  return found;
})()`;
const SETTINGS: Record<Role, Omit<WidgetSettings, 'feedTitle'>> = {
  administrator: { lang: 'km', theme: 'dark' },
  editor: { lang: 'en', theme: 'light' },
  author: { lang: 'km', theme: 'auto' },
  contributor: { lang: 'en', theme: 'dark' },
};
/** Attributes set through the Display panel, whose controls come from custom-elements.json. */
const DISPLAY: Partial<Record<Role, Partial<Record<Tag, Record<string, string>>>>> = {
  editor: { 'action-map': { View: 'table' }, 'press-release-list': { 'Page size': '3' } },
};
/** Text each element's server-rendered fallback must hold, by language (from test/fixtures/campaign.json). */
const FALLBACK_TEXT: Record<Tag, (lang: string) => string[]> = {
  'press-release-list': () => ['Migrant workers return from Thailand', 'Rally in Phnom Penh and an open letter for the 23'],
  'wage-gap-gauge': (lang) => (lang === 'km' ? ['ប្រាក់ឈ្នួលអប្បបរមាស្របច្បាប់', '១៦០ USD'] : ['Legal minimum wage', '160 USD']),
  'incident-timeline': (lang) => ['Security forces open fire on striking workers', lang === 'km' ? '៣ មករា ២០១៤' : '3 January 2014'],
  'action-map': () => ['Protest outside the Cambodian embassy', 'London'],
};
/** Text that shows the element itself rendered the feed (any one of them). */
const RENDERED_TEXT: Record<Tag, string[]> = {
  'press-release-list': ['Migrant workers return from Thailand', 'Lor Peang villagers'],
  'wage-gap-gauge': ['160', '១៦០'],
  'incident-timeline': ['Security forces open fire on striking workers'],
  'action-map': ['Protest outside the Cambodian embassy', 'London'],
};

interface Figures {
  rolesTried: number;
  blocksTried: number;
  previewsRendered: number;
  blocksSaved: number;
  rendered: number;
  fallbacksShown: number;
  publicPagesOpened: number;
  offBoxRequests: number;
  publicConsoleErrors: number;
  rawJsonPages: number;
  hostileExecutions: number;
  readableAfterDeactivation: number;
  pickedInMediaModal: number;
  seconds: Record<string, number>;
}
const figures: Figures = {
  rolesTried: 0, blocksTried: 0, previewsRendered: 0, blocksSaved: 0, rendered: 0, fallbacksShown: 0, publicPagesOpened: 0,
  offBoxRequests: 0, publicConsoleErrors: 0, rawJsonPages: 0, hostileExecutions: 0, readableAfterDeactivation: 0, pickedInMediaModal: 0, seconds: {},
};

describe('Solidarity Widgets in a real WordPress 6.1, through the block editor, for every role', () => {
  let wp: WordPress;
  let browser: Browser;
  let plugin: PluginBuild;
  let work: string;
  const feedIds: Record<string, number> = {};
  const posts = {} as Record<Role, number>;
  let customHtmlPost = 0;
  let shortcodePost = 0;
  let hostilePost = 0;
  const lap = (name: string, t0: number) => (figures.seconds[name] = Math.round((Date.now() - t0) / 100) / 10);

  before(async () => {
    const t0 = Date.now();
    ensurePackages(['chromium', 'fonts-noto-core', 'fonts-khmeros']);
    plugin = ensurePluginZip();
    work = mkdtempSync(join(tmpdir(), 'sw-wp-feeds-'));
    writeFileSync(join(work, 'campaign.json'), fixtureText());
    writeFileSync(join(work, 'hostile-valid.json'), JSON.stringify(hostileFeed(false)));
    writeFileSync(join(work, 'hostile-invalid.json'), JSON.stringify(hostileFeed(true)));
    wp = await startWordPress();
    browser = await launch();
    lap('setup (packages, zip, MariaDB, WordPress, users)', t0);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await wp?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
    figures.seconds.total = Math.round((Date.now() - started) / 100) / 10;
    const f = figures;
    console.log(
      `WordPress figures: roles ${f.rolesTried} × blocks ${TAGS.length} = ${f.blocksTried} tried, ${f.previewsRendered} editor previews rendered, ` +
        `${f.blocksSaved} saved (${f.pickedInMediaModal} feed picked in the media library modal), ${f.rendered} rendered on the public page, ${f.fallbacksShown} fallbacks shown without JavaScript, ` +
        `${f.publicPagesOpened} public page views, requests off 127.0.0.1: ${f.offBoxRequests}, console errors: ${f.publicConsoleErrors}, ` +
        `pages with raw JSON: ${f.rawJsonPages}, hostile executions: ${f.hostileExecutions}, blocks readable after deactivation: ${f.readableAfterDeactivation}`,
    );
    console.log(`WordPress timings (s): ${JSON.stringify(f.seconds)}`);
  });

  /** Opens a public post as a visitor and applies the checks every public page must pass. */
  async function viewPublic(id: number, js: boolean, upgrade = js): Promise<{ s: Session; els: ElementReport[]; text: string }> {
    const s = await visitor(browser, js);
    await s.page.goto(`${wp.origin}/?p=${id}`);
    if (upgrade && (await s.page.locator(TAGS.join(',')).count())) await waitForElements(s.page, 'body', 25_000);
    const els = await elements(s.page);
    const text = await pageText(s.page);
    figures.publicPagesOpened++;
    figures.offBoxRequests += s.rec.offBox.length;
    figures.publicConsoleErrors += s.rec.consoleErrors.length;
    if (RAW_JSON.test(text)) figures.rawJsonPages++;
    return { s, els, text };
  }

  function assertCleanPublic(v: { s: Session; text: string }, what: string) {
    assert.deepEqual(v.s.rec.offBox, [], `${what}: requests off 127.0.0.1`);
    assert.deepEqual(v.s.rec.consoleErrors, [], `${what}: console errors`);
    assert.deepEqual(v.s.rec.dialogs, [], `${what}: dialogs`);
    const m = RAW_JSON.exec(v.text);
    assert.equal(m, null, `${what}: raw JSON in the page text: …${m ? v.text.slice(Math.max(0, m.index - 60), m.index + 60) : ''}…`);
  }

  test('0. the administrator installs the built zip through Plugins → Add New → Upload and activates it', async () => {
    const t0 = Date.now();
    const admin = await loginAs(browser, wp, 'administrator');
    try {
      const { page } = admin;
      await page.goto(`${wp.origin}/wp-admin/plugin-install.php?tab=upload`);
      await page.setInputFiles('#pluginzip', plugin.zip);
      await page.click('#install-plugin-submit');
      await page.getByText('Plugin installed successfully.').waitFor();
      await page.locator('a', { hasText: 'Activate Plugin' }).click();
      await page.getByText('Plugin activated.').waitFor();
      assert.ok(await page.locator('tr[data-slug="solidarity-widgets"].active').count(), 'active on the Plugins screen');
    } finally {
      await admin.close();
    }
    const active = JSON.parse(wp.php(`echo wp_json_encode( get_option( 'active_plugins' ) );`));
    assert.ok(active.includes('solidarity-widgets/solidarity-widgets.php'), JSON.stringify(active));
    lap('0 install', t0);
  });

  test('0. feed uploads: the media library takes a valid feed, refuses a hostile one with a clear notice, and only users who can upload get .json', async () => {
    const t0 = Date.now();
    const admin = await loginAs(browser, wp, 'administrator');
    try {
      const { page } = admin;
      await page.goto(`${wp.origin}/wp-admin/media-new.php`);
      await page.setInputFiles('input[type=file]', [join(work, 'campaign.json'), join(work, 'hostile-valid.json')]);
      await page.locator('.media-item .filename', { hasText: 'hostile-valid.json' }).waitFor();
      await page.locator('.media-item .filename', { hasText: 'campaign.json' }).waitFor();
      await page.setInputFiles('input[type=file]', join(work, 'hostile-invalid.json'));
      const error = page.locator('.media-item .error-div');
      await error.waitFor();
      const message = await error.innerText();
      assert.match(message, /“hostile-invalid\.json” was not uploaded: it is not a valid campaign feed\./);
      assert.match(message, /\$\.home_page_url expected an absolute http: or https: URL/);
      // The next screen carries the same message as an admin notice.
      await page.goto(`${wp.origin}/wp-admin/upload.php?mode=list`);
      const notice = page.locator('.notice-error.solidarity-widgets-notice');
      await notice.waitFor();
      assert.match(await notice.innerText(), /hostile-invalid\.json.*not a valid campaign feed/s);
      // The notice's markup is escaped: the feed's values appear as text.
      assert.equal(await notice.locator('img, a, script').count(), 0);
    } finally {
      await admin.close();
    }
    const found = JSON.parse(
      wp.php(`$out = array();
foreach ( get_posts( array( 'post_type' => 'attachment', 'post_status' => 'inherit', 'posts_per_page' => -1 ) ) as $p ) {
	$out[ $p->post_title ] = array( $p->ID, $p->post_mime_type, get_post_meta( $p->ID, '_solidarity_widgets_feed', true ) );
}
echo wp_json_encode( $out );`),
    );
    assert.deepEqual(Object.keys(found).sort(), ['campaign', 'hostile-valid'], 'the refused feed is not in the library');
    for (const [title, [id, mime, meta]] of Object.entries(found) as [string, [number, string, { valid: boolean; counts: Record<string, number> }]][]) {
      assert.equal(mime, 'application/json');
      assert.equal(meta.valid, true, `${title} recorded as valid`);
      feedIds[title] = id;
    }
    assert.deepEqual(found.campaign[2].counts, { items: 9, wages: 5, incidents: 6, actions: 12 });
    // A feed with javascript: URLs that reached the library another way (an older upload, a
    // migration): the plugin must render it harmlessly all the same.
    const raw = JSON.stringify(hostileFeed(true)).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    feedIds['hostile-raw'] = Number(
      wp.php(`$up = wp_upload_bits( 'hostile-raw.json', null, '${raw}' );
$id = wp_insert_attachment( array( 'post_mime_type' => 'application/json', 'post_title' => 'hostile-raw', 'post_status' => 'inherit' ), $up['file'] );
echo $id;`),
    );
    assert.ok(feedIds['hostile-raw'] > 0);
    // Who may upload .json: the roles that can upload files.
    const mimes = JSON.parse(
      wp.php(`$o = array(); foreach ( array( ${ROLES.map((r) => `'${r}' => ${wp.users[r].id}`).join(', ')} ) as $r => $id ) { $o[ $r ] = isset( get_allowed_mime_types( $id )['json'] ); } echo wp_json_encode( $o );`),
    );
    assert.deepEqual(mimes, { administrator: true, editor: true, author: true, contributor: false });
    lap('0 uploads', t0);
  });

  test('1. every role inserts the four blocks in the block editor, picks the feed from the media library, sets lang and theme, and saves', async () => {
    const t0 = Date.now();
    for (const role of ROLES) {
      const s = await loginAs(browser, wp, role);
      try {
        const { page } = s;
        figures.rolesTried++;
        await newPost(page, wp.origin, `Campaign widgets by the ${role}`);
        for (const tag of TAGS) {
          figures.blocksTried++;
          await insertBlock(page, BLOCK_TITLES[tag]);
          // The author picks the first feed in WordPress's media library modal, the others in the block's list.
          const viaMediaModal = role === 'author' && tag === TAGS[0];
          await configureWidget(page, { feedTitle: 'campaign', ...SETTINGS[role], display: DISPLAY[role]?.[tag], viaMediaModal });
          if (viaMediaModal) figures.pickedInMediaModal++;
        }
        // Contributors cannot open the media library: the upload button is not offered, the list is.
        const uploadButtons = await page.locator('.block-editor-block-inspector .sw-feed-media').count();
        assert.equal(uploadButtons, role === 'contributor' ? 0 : 1, `${role}: media library button`);
        await waitForFallbacks(page);
        await waitForElements(page, '.editor-styles-wrapper', 25_000);
        const previews = await elements(page, '.editor-styles-wrapper');
        assert.equal(previews.length, TAGS.length, `${role}: four live previews`);
        if (role === 'administrator' && shot(1)) {
          await page.locator('.editor-styles-wrapper incident-timeline').click({ position: { x: 5, y: 5 } });
          await blockInspector(page);
          await page.setViewportSize({ width: 1100, height: 700 });
          await page.locator('.editor-styles-wrapper incident-timeline').scrollIntoViewIfNeeded();
          await page.screenshot({ path: shot(1) });
          await page.setViewportSize({ width: 1400, height: 1000 });
        }
        for (const p of previews) {
          assert.equal(p.state, 'ready', `${role}: preview of ${p.tag}`);
          assert.equal(p.attrs.lang, SETTINGS[role].lang);
          assert.equal(p.attrs.theme, SETTINGS[role].theme);
          figures.previewsRendered++;
        }
        const saved = await publish(page, role === 'contributor' ? 'pending' : 'publish');
        posts[role] = saved.id;
        assert.deepEqual(s.rec.dialogs, [], `${role}: dialogs in the editor`);
      } finally {
        await s.close();
      }
    }
    // The editor publishes the contributor's post from the block editor.
    const editor = await loginAs(browser, wp, 'editor');
    try {
      await openEditor(editor.page, `${wp.origin}/wp-admin/post.php?post=${posts.contributor}&action=edit`);
      assert.deepEqual(await invalidBlocks(editor.page), [], 'the contributor\'s blocks are valid when the editor opens them');
      await publish(editor.page, 'publish');
    } finally {
      await editor.close();
    }
    // What was saved: the element with its fallback inside, the feed by id, never inline JSON.
    for (const role of ROLES) {
      const content = wp.php(`$p = get_post( ${posts[role]} ); echo $p->post_status, "\\n", $p->post_content;`);
      assert.match(content, /^publish\n/, `${role}: published`);
      for (const tag of TAGS) {
        assert.match(content, new RegExp(`<!-- wp:solidarity-widgets/${tag} \\{"feedId":${feedIds.campaign},`), `${role}: ${tag} block`);
        assert.match(content, new RegExp(`<${tag} [^>]*lang="${SETTINGS[role].lang}"[^>]*>\\s*<(ul|table|p)`), `${role}: ${tag} saved with its fallback`);
        figures.blocksSaved++;
      }
      assert.doesNotMatch(content, /<script|"_campaign"|jsonfeed\.org/, `${role}: no script, no inline feed`);
    }
    // Blocks saved by an author (whose HTML is filtered) open again without validation errors.
    const author = await loginAs(browser, wp, 'author');
    try {
      await openEditor(author.page, `${wp.origin}/wp-admin/post.php?post=${posts.author}&action=edit`);
      assert.deepEqual(await invalidBlocks(author.page), [], 'the author\'s blocks are valid when reopened');
    } finally {
      await author.close();
    }
    lap('1 editor, 4 roles', t0);
  });

  test('1. the public posts: the elements render from the feed, the fallback shows without JavaScript, no raw JSON, no console error, zero requests off 127.0.0.1', async () => {
    const t0 = Date.now();
    for (const role of ROLES) {
      const lang = SETTINGS[role].lang;
      const on = await viewPublic(posts[role], true);
      try {
        if (role === 'administrator' && shot(2)) await on.s.page.screenshot({ path: shot(2) });
        assertCleanPublic(on, `${role}'s post with JavaScript`);
        assert.deepEqual(on.els.map((e) => e.tag), [...TAGS], `${role}: the four elements`);
        for (const e of on.els) {
          for (const [label, value] of Object.entries(DISPLAY[role]?.[e.tag as Tag] ?? {})) {
            assert.equal(e.attrs[label.toLowerCase().replace(/ /g, '-')], value, `${role}: ${e.tag} ${label} set in the Display panel`);
          }
          assert.equal(e.state, 'ready', `${role}: ${e.tag} state`);
          assert.equal(e.attrs.lang, lang);
          assert.equal(e.attrs.theme, SETTINGS[role].theme);
          assert.match(e.attrs.src, new RegExp(`^${wp.origin}/wp-content/uploads/.+/campaign\\.json$`), `${role}: ${e.tag} src`);
          assert.ok(RENDERED_TEXT[e.tag as Tag].some((t) => e.shadowText.includes(t)), `${role}: ${e.tag} rendered the feed: ${e.shadowText.slice(0, 200)}`);
          figures.rendered++;
        }
        // Scripts from the plugin's folder, one module per element used, with the build's version.
        const scripts = on.s.rec.requests.filter((u) => u.includes('/wp-content/plugins/solidarity-widgets/assets/elements/'));
        assert.equal(scripts.length, TAGS.length, `${role}: one module per element`);
        for (const u of scripts) assert.ok(u.endsWith(`?ver=${plugin.assetVersion}`), u);
      } finally {
        await on.s.close();
      }
      const off = await viewPublic(posts[role], false);
      try {
        if (role === 'administrator' && shot(3)) await off.s.page.screenshot({ path: shot(3) });
        assertCleanPublic(off, `${role}'s post without JavaScript`);
        for (const e of off.els) {
          for (const t of FALLBACK_TEXT[e.tag as Tag](lang)) assert.ok(e.lightText.includes(t), `${role}: ${e.tag} fallback has "${t}": ${e.lightText.slice(0, 300)}`);
          assert.ok(await off.s.page.locator(`${e.tag} > :is(ul, table, p)`).first().isVisible(), `${role}: ${e.tag} fallback visible`);
          figures.fallbacksShown++;
        }
        assert.equal(off.els.length, TAGS.length);
      } finally {
        await off.s.close();
      }
    }
    // A post without any widget loads nothing of the plugin. (Not WordPress's Hello world post: its
    // sample comment shows an avatar from another server, which is WordPress's doing, not ours.)
    const plainId = Number(wp.php(`echo wp_insert_post( array( 'post_title' => 'No widgets here', 'post_content' => '<!-- wp:paragraph --><p>Just text.</p><!-- /wp:paragraph -->', 'post_status' => 'publish' ) );`));
    const plain = await viewPublic(plainId, true);
    try {
      assertCleanPublic(plain, 'a post without widgets');
      assert.deepEqual(plain.s.rec.requests.filter((u) => u.includes('solidarity-widgets')), [], 'no plugin script on a page without widgets');
    } finally {
      await plain.s.close();
    }
    lap('1 public pages', t0);
  });

  test('2. an author\'s Custom HTML block keeps <incident-timeline src> (scripts are still removed) and it renders', async () => {
    const t0 = Date.now();
    const feedUrl = wp.php(`echo wp_get_attachment_url( ${feedIds.campaign} );`);
    const s = await loginAs(browser, wp, 'author');
    try {
      const { page } = s;
      await newPost(page, wp.origin, 'Written by hand in a Custom HTML block');
      await insertBlock(page, 'Custom HTML');
      await page.locator('textarea.block-editor-plain-text').fill(
        `<p>Our timeline:</p>\n<incident-timeline src="${feedUrl}" lang="en" theme="light"></incident-timeline>\n<script>window.__swPwned = 'custom-html';</script>`,
      );
      customHtmlPost = (await publish(page, 'publish')).id;
    } finally {
      await s.close();
    }
    const content = wp.php(`echo get_post( ${customHtmlPost} )->post_content;`);
    assert.match(content, new RegExp(`<incident-timeline src="${feedUrl.replace(/[.?]/g, '\\$&')}" lang="en" theme="light"></incident-timeline>`));
    assert.doesNotMatch(content, /<script/, 'the script was removed (the author has no unfiltered_html)');
    const on = await viewPublic(customHtmlPost, true);
    try {
      assertCleanPublic(on, 'the Custom HTML post');
      assert.equal(on.els.length, 1);
      assert.equal(on.els[0].state, 'ready');
      assert.ok(on.els[0].shadowText.includes('Security forces open fire on striking workers'));
      assert.equal(await on.s.page.evaluate(() => (window as unknown as { __swPwned?: unknown }).__swPwned), undefined);
      assert.ok(on.s.rec.requests.some((u) => u.includes('/solidarity-widgets/assets/elements/incident-timeline.js?ver=')), 'the plugin loaded the element');
    } finally {
      await on.s.close();
    }
    lap('2 custom HTML', t0);
  });

  test('3. the [solidarity-widget] shortcode renders the same as the block', async () => {
    const t0 = Date.now();
    const s = await loginAs(browser, wp, 'author');
    try {
      const { page } = s;
      await newPost(page, wp.origin, 'The shortcode');
      await insertBlock(page, 'Shortcode');
      await page.locator('textarea.blocks-shortcode__textarea').fill(`[solidarity-widget type="incident-timeline" feed="${feedIds.campaign}" lang="km" theme="dark"]`);
      shortcodePost = (await publish(page, 'publish')).id;
    } finally {
      await s.close();
    }
    for (const js of [true, false]) {
      const block = await viewPublic(posts.administrator, js);
      const short = await viewPublic(shortcodePost, js);
      try {
        assertCleanPublic(short, `the shortcode post (JavaScript ${js ? 'on' : 'off'})`);
        const b = block.els.find((e) => e.tag === 'incident-timeline')!;
        assert.equal(short.els.length, 1);
        const sc = short.els[0];
        assert.deepEqual(sc.attrs, b.attrs, 'same element attributes');
        assert.equal(sc.lightHtml, b.lightHtml, 'same server-rendered fallback');
        if (js) assert.equal(sc.shadowText, b.shadowText, 'same rendering');
        else assert.ok(sc.lightText.includes('Security forces open fire on striking workers'));
      } finally {
        await block.s.close();
        await short.s.close();
      }
    }
    lap('3 shortcode', t0);
  });

  test('the editor\'s REST routes refuse visitors; the shortcode and the block give the same markup; the IIFE mode loads one classic script', async () => {
    for (const [method, route] of [['GET', 'feeds'], ['POST', 'fallback']]) {
      const r = await fetch(`${wp.origin}/?rest_route=/solidarity-widgets/v1/${route}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ block: 'incident-timeline', attributes: { feedId: feedIds.campaign } }) : undefined,
      });
      assert.equal(r.status, 401, `${method} ${route} without a login`);
    }
    const out = JSON.parse(
      wp.php(`$block = do_blocks( '<!-- wp:solidarity-widgets/incident-timeline {"feedId":${feedIds.campaign},"lang":"km","theme":"dark"} /-->' );
$short = do_shortcode( '[solidarity-widget type="incident-timeline" feed="${feedIds.campaign}" lang="km" theme="dark"]' );
$modules = wp_script_is( 'solidarity-widgets-incident-timeline', 'enqueued' );
wp_dequeue_script( 'solidarity-widgets-incident-timeline' );
add_filter( 'solidarity_widgets_script_mode', function () { return 'iife'; } );
do_shortcode( '[solidarity-widget type="action-map" feed="${feedIds.campaign}"]' );
echo wp_json_encode( array( 'same' => $block === $short, 'block' => $block, 'module' => $modules, 'iife' => wp_script_is( 'solidarity-widgets', 'enqueued' ), 'map_module' => wp_script_is( 'solidarity-widgets-action-map', 'enqueued' ), 'unknown' => do_shortcode( '[solidarity-widget type="nope"]' ) ) );`),
    );
    assert.ok(out.same, `block and shortcode markup differ:\n${out.block}`);
    assert.equal(out.module, true);
    assert.equal(out.iife, true);
    assert.equal(out.map_module, false);
    assert.match(out.unknown, /unknown type &quot;nope&quot;/, 'an editor sees why a shortcode shows nothing');
  });

  test('a Khmer-speaking contributor gets the blocks and their sidebar in Khmer (the shipped .mo and the editor\'s JSON)', async () => {
    const t0 = Date.now();
    wp.php(`update_user_meta( ${wp.users.contributor.id}, 'locale', 'km' );`);
    const s = await loginAs(browser, wp, 'contributor');
    try {
      const { page } = s;
      await newPost(page, wp.origin, 'ខ្មែរ');
      await insertBlock(page, 'កាលប្បវត្តិហេតុការណ៍');
      const insp = await blockInspector(page).catch(async () => {
        // The header buttons are WordPress's own and stay English without a Khmer language pack.
        return page.locator('.block-editor-block-inspector');
      });
      await insp.getByText('ប្រភពទិន្នន័យពីបណ្ណាល័យមេឌៀ', { exact: true }).first().waitFor();
      await insp.getByText('ភាសា និងរចនាប័ទ្ម', { exact: true }).first().waitFor();
      assert.ok(await page.locator('.block-editor-block-card__title', { hasText: 'កាលប្បវត្តិហេតុការណ៍' }).count(), 'the block title in Khmer');
    } finally {
      await s.close();
      wp.php(`delete_user_meta( ${wp.users.contributor.id}, 'locale' );`);
    }
    lap('Khmer editor', t0);
  });

  test('4. hostile feeds execute nothing in the editor preview or on the public page, and the fallback shows their text literally', async () => {
    const t0 = Date.now();
    const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __swPwned?: unknown }).__swPwned);
    const dangerous = (page: Page) => page.evaluate(DANGEROUS_JS) as Promise<string[]>;
    const s = await loginAs(browser, wp, 'author');
    try {
      const { page } = s;
      await newPost(page, wp.origin, 'Hostile feeds');
      for (const tag of TAGS) {
        await insertBlock(page, BLOCK_TITLES[tag]);
        await configureWidget(page, { feedTitle: 'hostile-valid', lang: 'en', theme: 'light' });
      }
      await insertBlock(page, BLOCK_TITLES['incident-timeline']);
      await configureWidget(page, { feedTitle: 'hostile-raw (not a valid feed)', lang: 'en', theme: 'dark' });
      await waitForFallbacks(page);
      await waitForElements(page, '.editor-styles-wrapper', 25_000);
      await page.waitForTimeout(500);
      const previews = await elements(page, '.editor-styles-wrapper');
      assert.equal(previews.length, TAGS.length + 1);
      assert.ok(previews.some((p) => p.shadowText.includes(HOSTILE_MARK)), 'the previews show the hostile text');
      assert.equal(await pwned(page), undefined, 'nothing ran in the editor');
      assert.deepEqual(await dangerous(page), [], 'no live markup from the feed in the editor');
      assert.deepEqual(s.rec.dialogs, []);
      hostilePost = (await publish(page, 'publish')).id;
    } finally {
      await s.close();
    }
    const saved = wp.php(`echo get_post( ${hostilePost} )->post_content;`);
    assert.doesNotMatch(saved, /<img|<script|<a\s[^>]*href=["']?\s*javascript:|<[a-z][^>]*\son\w+=/i, 'the saved fallback holds the markup as text only');
    assert.match(saved, /&lt;img src=x onerror=/, 'the markup is there, escaped');
    for (const js of [true, false]) {
      const v = await viewPublic(hostilePost, js);
      try {
        assertCleanPublic(v, `the hostile post (JavaScript ${js ? 'on' : 'off'})`);
        assert.equal(v.els.length, TAGS.length + 1);
        if (js) {
          await v.s.page.waitForTimeout(500);
          assert.equal(await pwned(v.s.page), undefined, 'nothing ran on the public page');
        }
        const bad = await dangerous(v.s.page);
        figures.hostileExecutions += bad.length;
        assert.deepEqual(bad, [], 'no live markup or javascript: link from the feed');
        assert.ok(!v.s.rec.requests.some((u) => /\/x(\?|$)/.test(u)), 'no request for the feed\'s <img src=x>');
        if (!js) {
          for (const e of v.els) {
            if (e.tag === 'wage-gap-gauge') continue; // Its fallback holds figures; the hostile text is in sectors.
            assert.ok(e.lightText.includes('<img src=x onerror='), `${e.tag}: the fallback shows the markup literally`);
            assert.ok(e.lightText.includes(HOSTILE_MARK), `${e.tag}: fallback text`);
            assert.doesNotMatch(e.lightHtml, /<(img|script|a)\b/i, `${e.tag}: no markup from the feed in the fallback`);
          }
          const wage = v.els.find((e) => e.tag === 'wage-gap-gauge')!;
          assert.ok(wage.lightText.includes('<img src=x onerror='), 'wage sectors shown literally');
        }
      } finally {
        await v.s.close();
      }
    }
    lap('4 hostile', t0);
  });

  test('5. deactivating the plugin leaves the posts readable: the saved fallback content remains', async () => {
    const t0 = Date.now();
    const admin = await loginAs(browser, wp, 'administrator');
    try {
      const { page } = admin;
      await page.goto(`${wp.origin}/wp-admin/plugins.php`);
      await page.locator('tr[data-slug="solidarity-widgets"] .deactivate a').click();
      await page.getByText('Plugin deactivated.').waitFor();
    } finally {
      await admin.close();
    }
    for (const role of ROLES) {
      for (const js of [false, true]) {
        const v = await viewPublic(posts[role], js, false);
        try {
          assertCleanPublic(v, `${role}'s post after deactivation (JavaScript ${js ? 'on' : 'off'})`);
          assert.deepEqual(v.s.rec.requests.filter((u) => u.includes('/plugins/solidarity-widgets/')), [], 'nothing of the plugin is loaded');
          assert.equal(v.els.length, TAGS.length);
          for (const e of v.els) {
            for (const t of FALLBACK_TEXT[e.tag as Tag](SETTINGS[role].lang)) assert.ok(e.lightText.includes(t), `${role}: ${e.tag} still shows "${t}"`);
            if (!js) figures.readableAfterDeactivation++;
          }
        } finally {
          await v.s.close();
        }
      }
    }
    lap('5 deactivated', t0);
  });

  test('WordPress logged no PHP notice, warning or error from the plugin', () => {
    const log = wp.debugLog();
    const ours = log.split('\n').filter((l) => l.includes('plugins/solidarity-widgets'));
    assert.deepEqual(ours, []);
  });

  test('figures', (t) => {
    t.diagnostic(`roles × blocks tried: ${figures.rolesTried} × ${TAGS.length} = ${figures.blocksTried}`);
    t.diagnostic(`editor previews rendered: ${figures.previewsRendered}; rendered on the public page: ${figures.rendered}; fallbacks shown: ${figures.fallbacksShown}`);
    t.diagnostic(`requests off 127.0.0.1: ${figures.offBoxRequests}; console errors: ${figures.publicConsoleErrors}; raw JSON pages: ${figures.rawJsonPages}`);
    assert.equal(figures.blocksTried, 16);
    assert.equal(figures.rendered, 16);
    assert.equal(figures.fallbacksShown, 16);
    assert.equal(figures.offBoxRequests, 0);
  });
});
