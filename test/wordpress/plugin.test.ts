/**
 * The built plugin, checked without a running WordPress: the zip's layout and header, `php -l` on
 * PHP 8.2, block.json files that follow custom-elements.json, Khmer strings for every translatable
 * string (and a .mo that WordPress's own reader loads), the readme in the plugin directory's format,
 * and no code that calls out.
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { ensurePhp, ensurePackages } from './env.js';
import { buildScript, ensurePluginZip, ROOT, type PluginBuild } from './build.js';
import { fallbackHtml, type FallbackTag } from '../../src/feed/fallback-html.js';
// @ts-expect-error plain ESM script without types
import { draft04 } from '../../scripts/schema-draft04.mjs';

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

describe('the built plugin (dist/solidarity-widgets-wordpress.zip)', () => {
  let b: PluginBuild;
  before(() => {
    ensurePhp();
    b = ensurePluginZip();
  });

  test('the zip holds one folder, solidarity-widgets/, with the plugin file, blocks, assets and languages', () => {
    const names = Object.keys(unzipSync(readFileSync(b.zip)));
    assert.ok(names.every((n) => n.startsWith('solidarity-widgets/')), 'one top-level folder');
    for (const must of [
      'solidarity-widgets/solidarity-widgets.php',
      'solidarity-widgets/readme.txt',
      'solidarity-widgets/includes/generated/elements.php',
      'solidarity-widgets/assets/solidarity-widgets.iife.js',
      'solidarity-widgets/editor/editor.js',
      'solidarity-widgets/editor/fallback.js',
      'solidarity-widgets/includes/generated/feed.schema.json',
      'solidarity-widgets/vendor/JsonSchema/Validator.php',
      'solidarity-widgets/languages/solidarity-widgets-km.mo',
      'solidarity-widgets/languages/solidarity-widgets-km-solidarity-widgets-editor.json',
      ...buildScript.TAGS.flatMap((t) => [`solidarity-widgets/blocks/${t}/block.json`, `solidarity-widgets/assets/elements/${t}.js`]),
    ]) {
      assert.ok(names.includes(must), `missing ${must}`);
    }
    assert.ok(!names.some((n) => n.endsWith('.map')), 'no source maps');
    const kib = statSync(b.zip).size / 1024;
    console.log(`zip: ${names.length} files, ${kib.toFixed(0)} KiB, assets version ${b.assetVersion}`);
  });

  test("the upload check reads the package's schema, and the editor renders fallbacks with the package's fallbackHtml", () => {
    const shipped = JSON.parse(readFileSync(join(b.dir, 'includes/generated/feed.schema.json'), 'utf8'));
    assert.deepEqual(shipped, draft04(JSON.parse(readFileSync(join(ROOT, 'schema/feed.schema.json'), 'utf8'))));
    const php = walk(join(ROOT, 'wordpress')).filter((f) => f.endsWith('.php')).map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.doesNotMatch(php, /'dismissal'|'more-than'|'living'/, 'no enumeration of the contract in the PHP');
    const context: { solidarityWidgetsFallback?: { fallbackHtml: (...a: unknown[]) => string } } = {};
    new Function('self', 'window', `${readFileSync(join(b.dir, 'editor/fallback.js'), 'utf8')}; window.solidarityWidgetsFallback = solidarityWidgetsFallback;`)(context, context);
    const feed = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/campaign.json'), 'utf8'));
    for (const tag of buildScript.TAGS) {
      for (const lang of ['en', 'km']) assert.equal(context.solidarityWidgetsFallback!.fallbackHtml(tag, feed, {}, lang), fallbackHtml(tag as FallbackTag, feed, {}, lang));
    }
  });

  test('the header says what WordPress and the issue require', () => {
    const php = readFileSync(join(b.dir, 'solidarity-widgets.php'), 'utf8');
    for (const [k, v] of [
      ['Plugin Name', 'Solidarity Widgets'],
      ['Requires at least', '6.1'],
      ['Requires PHP', '7.4'],
      ['License', 'GPL-2.0-or-later'],
      ['Text Domain', 'solidarity-widgets'],
      ['Domain Path', '/languages'],
      ['Update URI', 'false'],
    ]) {
      assert.match(php, new RegExp(`^ \\* ${k}:\\s+${v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm'), k);
    }
  });

  test('every PHP file passes php -l on PHP 8.2', () => {
    const version = execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
    const files = walk(b.dir).filter((f) => f.endsWith('.php'));
    assert.ok(files.length >= 10);
    for (const f of files) {
      const r = spawnSync('php', ['-l', f], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${relative(b.dir, f)}: ${r.stdout}${r.stderr}`);
    }
    console.log(`php -l: ${files.length} files clean on PHP ${version}`);
  });

  test('each block.json is apiVersion 2 and carries its element\'s attributes from custom-elements.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
    const { elements } = buildScript.elementsFromManifest(manifest);
    for (const tag of buildScript.TAGS) {
      const block = JSON.parse(readFileSync(join(b.dir, 'blocks', tag, 'block.json'), 'utf8'));
      assert.equal(block.apiVersion, 2);
      assert.equal(block.name, `solidarity-widgets/${tag}`);
      assert.equal(block.textdomain, 'solidarity-widgets');
      for (const own of ['feedId', 'src', 'lang', 'fallback']) assert.ok(block.attributes[own], `${tag}: ${own}`);
      assert.equal(block.attributes.fallback.source, 'html');
      const fromManifest = elements[tag].attributes;
      assert.ok(fromManifest.theme, `${tag}: theme`);
      for (const [name, spec] of Object.entries(fromManifest)) {
        assert.deepEqual(block.attributes[name], { type: spec.type, ...(spec.enum ? { enum: spec.enum } : {}) }, `${tag}: ${name}`);
      }
      const generated = b.elements[tag].attributes;
      assert.deepEqual(Object.keys(generated).sort(), Object.keys(fromManifest).sort(), `${tag}: generated PHP data`);
      console.log(`${tag}: ${Object.keys(fromManifest).length} attributes from the manifest${elements[tag].inManifest ? '' : ' (element not in the manifest yet: base attributes)'}: ${Object.keys(fromManifest).join(', ')}`);
    }
  });

  test('Khmer: every translatable string has a translation, and WordPress\'s MO reader loads the .mo', () => {
    const strings = buildScript.extractStrings(join(ROOT, 'wordpress'));
    const po = buildScript.parsePo(readFileSync(join(ROOT, 'wordpress/languages/solidarity-widgets-km.po'), 'utf8'));
    const key = (s: { ctx?: string; id: string }) => `${s.ctx ?? ''}\u0004${s.id}`;
    const translated = new Map(po.filter((e) => e.id !== '').map((e) => [key(e), e]));
    const missing = strings.filter((s) => !translated.get(key(s))?.str.some((x) => x));
    assert.deepEqual(missing.map((s) => `${s.where}: ${s.id}`), [], 'untranslated strings');
    const unused = [...translated.keys()].filter((k) => !strings.some((s) => key(s) === k));
    assert.deepEqual(unused, [], 'translations of strings no longer in the code');
    // Placeholders survive translation.
    for (const e of po) {
      if (!e.id) continue;
      const ph = (s: string) => (s.match(/%(\d+\$)?[sd%]/g) ?? []).sort().join(' ');
      assert.equal(ph(e.str[0]), ph(e.id), `placeholders of ${e.id}`);
    }
    ensurePackages(['wordpress']);
    const out = execFileSync(
      'php',
      [
        '-r',
        `require '/usr/share/wordpress/wp-includes/pomo/mo.php';
$mo = new MO();
if ( ! $mo->import_from_file( $argv[1] ) ) { exit( 1 ); }
echo json_encode( array( count( $mo->entries ), $mo->translate( 'Feed' ), $mo->translate( 'Incident timeline', 'block title' ), $mo->translate( 'Solidarity Widgets:' ), $mo->translate_plural( '(and %d more problem)', '(and %d more problems)', 3 ), $mo->get_header( 'Plural-Forms' ) ), JSON_UNESCAPED_UNICODE );`,
        join(b.dir, 'languages/solidarity-widgets-km.mo'),
      ],
      { encoding: 'utf8' },
    );
    const [count, feed, timeline, notice, plural, forms] = JSON.parse(out);
    assert.equal(count, strings.length);
    assert.equal(feed, 'ប្រភពទិន្នន័យ');
    assert.equal(timeline, 'កាលប្បវត្តិហេតុការណ៍');
    assert.equal(notice, 'Solidarity Widgets៖');
    assert.equal(plural, '(និងបញ្ហា %d ទៀត)');
    assert.equal(forms, 'nplurals=1; plural=0;');
    const jed = JSON.parse(readFileSync(join(b.dir, 'languages/solidarity-widgets-km-solidarity-widgets-editor.json'), 'utf8'));
    assert.deepEqual(jed.locale_data.messages['Feed from the media library'], ['ប្រភពទិន្នន័យពីបណ្ណាល័យមេឌៀ']);
    console.log(`Khmer: ${strings.length} strings, all translated; the .mo loads in WordPress's MO class`);
  });

  test('readme.txt follows the plugin directory format and matches the plugin version', () => {
    const readme = readFileSync(join(b.dir, 'readme.txt'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.match(readme, /^=== Solidarity Widgets ===\n/);
    for (const h of ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) {
      assert.match(readme, new RegExp(`^${h}: .+$`, 'm'), h);
    }
    assert.match(readme, new RegExp(`^Stable tag: ${pkg.version.replace(/\./g, '\\.')}$`, 'm'));
    const short = readme.split('\n\n')[1];
    assert.ok(short.length <= 150 && !short.startsWith('=='), `short description (${short.length} chars)`);
    for (const s of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) assert.match(readme, new RegExp(`^== ${s} ==$`, 'm'));
    const php = readFileSync(join(b.dir, 'solidarity-widgets.php'), 'utf8');
    assert.match(php, new RegExp(`^ \\* Version:\\s+${pkg.version.replace(/\./g, '\\.')}$`, 'm'), 'plugin Version = package version');
  });

  test('the plugin has no code that calls another server', () => {
    const code = walk(b.dir)
      .filter((f) => /\.(php|js)$/.test(f) && !f.includes('/assets/'))
      .map((f) => [relative(b.dir, f), readFileSync(f, 'utf8')] as const);
    const forbidden = /\b(wp_remote_\w+|wp_safe_remote_\w+|download_url|curl_init|fsockopen|stream_socket_client|WP_Http)\b|file_get_contents\(\s*['"]https?:|fetch\(\s*['"]https?:/;
    for (const [file, text] of code) assert.doesNotMatch(text, forbidden, file);
    // Scripts and styles come from the plugin's folder only.
    const assets = readFileSync(join(b.dir, 'includes/class-assets.php'), 'utf8');
    for (const m of assets.matchAll(/wp_register_(?:script|style)\(\s*[^,]+,\s*([^,]+),/g)) assert.match(m[1], /self::url\(/);
  });
});
