// `npm run build:wordpress`: the WordPress plugin, ready for Plugins → Add New → Upload.
// Reads wordpress/ (the plugin's source), custom-elements.json and dist/ (run `npm run build` first),
// and writes dist/wordpress/solidarity-widgets/ and dist/solidarity-widgets-wordpress.zip:
//   - blocks/<tag>/block.json with the element's attributes from the manifest (so controls never drift),
//   - includes/generated/elements.php with the same attributes for the renderer and the HTML filter,
//   - assets/: the IIFE, the per-element ES modules and their chunks, with a content-hash version,
//   - languages/*.mo and the editor's JSON translations, compiled from the .po files (pure Node),
//   - editor/fallback.js: src/feed/fallback-html.ts bundled for the block editor, which renders each
//     block's no-JS fallback with it (the server only sanitises what the editor saved),
//   - includes/generated/feed.schema.json (schema/feed.schema.json in the draft-04 dialect) and
//     vendor/JsonSchema/, Debian's php-json-schema (justinrainbow/json-schema), which checks uploads.
// Node (esbuild, fflate) and Debian's php-json-schema package: `apt-get install php-json-schema`.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { zipSync } from 'fflate';
import { draft04 } from './schema-draft04.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'wordpress');
const DIST = join(ROOT, 'dist');
const SLUG = 'solidarity-widgets';
const OUT = join(DIST, 'wordpress', SLUG);
const ZIP = join(DIST, `${SLUG}-wordpress.zip`);
export const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'];
/** Debian's php-json-schema: the library and its licence. */
export const JSON_SCHEMA_LIBRARY = '/usr/share/php/JsonSchema';
const JSON_SCHEMA_COPYRIGHT = '/usr/share/doc/php-json-schema/copyright';
/** Attributes the plugin handles itself (feed, language) or that are not element settings. */
const OWN = new Set(['src', 'lang', 'class', 'style', 'id', 'slot']);
/** Names that would clash with WordPress's own block attributes. */
const RESERVED = new Set(['feedId', 'fallback', 'className', 'align', 'lock', 'anchor', 'metadata']);

// ---------------------------------------------------------------- manifest → attributes

/** One manifest attribute as a block attribute spec, or null when it cannot be set from a control. */
export function specOf(attr) {
  const text = String(attr.type?.text ?? 'string')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'undefined' && s !== 'null');
  const spec = {};
  if (text.length && text.every((s) => /^(['"]).*\1$/.test(s))) {
    spec.type = 'string';
    spec.enum = text.map((s) => s.slice(1, -1));
  } else if (text.length === 1 && ['string', 'number', 'boolean'].includes(text[0])) {
    spec.type = text[0];
  } else if (text.length === 1 && /^[A-Z][\w.]*$/.test(text[0])) {
    spec.type = 'string'; // A named type (an alias of string literals, say): typed as text.
  } else {
    return null;
  }
  if (attr.default !== undefined) {
    const d = String(attr.default).trim();
    if (/^(['"`]).*\1$/.test(d)) spec.default = d.slice(1, -1);
    else if (spec.type === 'number' && /^-?\d+(\.\d+)?$/.test(d)) spec.default = Number(d);
    else if (spec.type === 'boolean' && (d === 'true' || d === 'false')) spec.default = d === 'true';
  }
  spec.description = String(attr.description ?? '').trim();
  // URL-valued attributes get the http(s) check of `src` (in the renderer and in the HTML filter).
  if (spec.type === 'string' && !spec.enum && (/-url$/.test(attr.name) || /^URL\b/.test(spec.description))) spec.url = true;
  return spec;
}

/**
 * Every element's attributes from custom-elements.json. An element the manifest does not know yet
 * gets the attributes of the shared base class (FeedElement), so the plugin still builds.
 */
export function elementsFromManifest(manifest) {
  const declarations = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []);
  const byTag = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
  const base = declarations.find((d) => d.name === 'FeedElement');
  const out = {};
  const notes = [];
  for (const tag of TAGS) {
    const decl = byTag.get(tag) ?? base;
    if (!byTag.has(tag)) notes.push(`${tag}: not in custom-elements.json yet; using the base element's attributes`);
    const attributes = {};
    for (const attr of decl?.attributes ?? []) {
      const name = attr.name;
      if (!name || OWN.has(name) || RESERVED.has(name) || !/^[a-z][a-z0-9-]*$/.test(name)) continue;
      const spec = specOf(attr);
      if (!spec) {
        notes.push(`${tag}: attribute ${name} (${attr.type?.text}) has no control type; skipped`);
        continue;
      }
      attributes[name] = spec;
    }
    if (!attributes.theme) {
      attributes.theme = { type: 'string', enum: ['auto', 'light', 'dark'], default: 'auto', description: 'Colour scheme.' };
    }
    out[tag] = { attributes, inManifest: byTag.has(tag) };
  }
  return { elements: out, notes };
}

// ---------------------------------------------------------------- PHP literal

export function phpValue(v, indent = '') {
  const next = indent + '\t';
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return v.length ? `array(\n${v.map((x) => `${next}${phpValue(x, next)},`).join('\n')}\n${indent})` : 'array()';
  const keys = Object.keys(v);
  if (!keys.length) return 'array()';
  return `array(\n${keys.map((k) => `${next}${phpValue(k)} => ${phpValue(v[k], next)},`).join('\n')}\n${indent})`;
}

// ---------------------------------------------------------------- gettext

/** A C-style string of a .po file, without its quotes. */
function unquotePo(s) {
  return s.replace(/\\(["\\ntr])/g, (_, c) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

/** A single-quoted PHP or JavaScript string literal, without its quotes. */
function unquoteSource(s, js) {
  if (!js) return s.replace(/\\(['\\])/g, '$1');
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c) =>
    c.length === 5 ? String.fromCharCode(parseInt(c.slice(1), 16)) : ({ n: '\n', t: '\t', r: '\r' })[c] ?? c,
  );
}

/** Parses a .po file: [{ ctx, id, plural, str: string[] }], the header first. */
export function parsePo(text) {
  const entries = [];
  let cur = null;
  let field = null;
  const start = () => {
    if (cur && cur.id !== undefined) entries.push(cur);
    cur = { ctx: undefined, id: undefined, plural: undefined, str: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      field = null;
      continue;
    }
    let m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$/.exec(line);
    if (m) {
      const [, k, index, value] = m;
      if (k === 'msgctxt' || (k === 'msgid' && (!cur || cur.id !== undefined))) start();
      if (!cur) start();
      field = k.startsWith('msgstr') ? ['str', Number(index ?? 0)] : [{ msgctxt: 'ctx', msgid: 'id', msgid_plural: 'plural' }[k]];
      const v = unquotePo(value);
      if (field[0] === 'str') cur.str[field[1]] = v;
      else cur[field[0]] = v;
    } else if ((m = /^"(.*)"$/.exec(line)) && cur && field) {
      const v = unquotePo(m[1]);
      if (field[0] === 'str') cur.str[field[1]] += v;
      else cur[field[0]] += v;
    }
  }
  if (cur && cur.id !== undefined) entries.push(cur);
  return entries;
}

const key = (e) => (e.ctx !== undefined ? `${e.ctx}\u0004${e.id}` : e.id);

/** A GNU .mo file (little-endian, no hash table) from parsed .po entries; untranslated ones are left out. */
export function writeMo(entries) {
  const list = entries
    .filter((e) => e.id === '' || e.str.some((s) => s))
    .map((e) => ({
      k: Buffer.from(e.plural !== undefined ? `${key(e)}\u0000${e.plural}` : key(e), 'utf8'),
      v: Buffer.from(e.str.join('\u0000'), 'utf8'),
      sort: key(e),
    }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.sort, 'utf8'), Buffer.from(b.sort, 'utf8')));
  const n = list.length;
  const headerSize = 28;
  const origTable = headerSize;
  const transTable = origTable + n * 8;
  let offset = transTable + n * 8;
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(origTable, 12);
  header.writeUInt32LE(transTable, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(offset, 24);
  const orig = Buffer.alloc(n * 8);
  const trans = Buffer.alloc(n * 8);
  const chunks = [];
  list.forEach((e, i) => {
    orig.writeUInt32LE(e.k.length, i * 8);
    orig.writeUInt32LE(offset, i * 8 + 4);
    chunks.push(e.k, Buffer.from([0]));
    offset += e.k.length + 1;
  });
  list.forEach((e, i) => {
    trans.writeUInt32LE(e.v.length, i * 8);
    trans.writeUInt32LE(offset, i * 8 + 4);
    chunks.push(e.v, Buffer.from([0]));
    offset += e.v.length + 1;
  });
  return Buffer.concat([header, orig, trans, ...chunks]);
}

/** The JSON translations WordPress's wp_set_script_translations() loads for a script (Jed 1.x). */
export function writeJed(entries, lang) {
  const header = entries.find((e) => e.id === '' && e.ctx === undefined);
  const pluralForms = /Plural-Forms:\s*([^\n]*)/.exec(header?.str[0] ?? '')?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang, 'plural-forms': pluralForms } };
  for (const e of entries) {
    if (e.id === '' || !e.str.some((s) => s)) continue;
    messages[key(e)] = e.str;
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/**
 * The plugin's translatable strings, found in its PHP, JS and block.json files:
 * [{ id, ctx?, plural?, where }].
 */
export function extractStrings(dir = SRC) {
  const found = new Map();
  const add = (id, ctx, plural, where) => {
    const k = ctx !== undefined ? `${ctx}\u0004${id}` : id;
    if (!found.has(k)) found.set(k, { id, ctx, plural, where });
  };
  const q = `'((?:[^'\\\\]|\\\\.)*)'`;
  const D = `\\s*,\\s*'solidarity-widgets'\\s*\\)`;
  const patterns = [
    [new RegExp(`\\b(?:__|esc_html__|esc_attr__|esc_html_e|esc_attr_e|_e)\\(\\s*${q}${D}`, 'g'), (m) => [m[1]]],
    [new RegExp(`\\b(?:_x|esc_html_x|esc_attr_x)\\(\\s*${q}\\s*,\\s*${q}${D}`, 'g'), (m) => [m[1], m[2]]],
    [new RegExp(`\\b_n\\(\\s*${q}\\s*,\\s*${q}\\s*,[^,]+${D}`, 'g'), (m) => [m[1], undefined, m[2]]],
  ];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'generated' && e.name !== 'assets' && e.name !== 'vendor') walk(p);
        continue;
      }
      const rel = relative(dir, p);
      if (/\.(php|js)$/.test(e.name)) {
        const text = readFileSync(p, 'utf8');
        for (const [re, pick] of patterns) {
          for (const m of text.matchAll(re)) {
            const [id, ctx, plural] = pick(m).map((s) => (s === undefined ? undefined : unquoteSource(s, e.name.endsWith('.js'))));
            add(id, ctx, plural, rel);
          }
        }
        if (e.name === 'solidarity-widgets.php') {
          for (const h of ['Plugin Name', 'Description']) {
            const hm = new RegExp(`^\\s*\\*\\s*${h}:\\s*(.+)$`, 'm').exec(text);
            if (hm) add(hm[1].trim(), undefined, undefined, `${rel} header`);
          }
        }
      } else if (e.name === 'block.json') {
        const b = JSON.parse(readFileSync(p, 'utf8'));
        add(b.title, 'block title', undefined, rel);
        add(b.description, 'block description', undefined, rel);
        for (const k of b.keywords ?? []) add(k, 'block keyword', undefined, rel);
      }
    }
  };
  walk(dir);
  return [...found.values()];
}

/** A .pot template for the strings found. */
export function writePot(strings, version) {
  const esc = (s) => JSON.stringify(s);
  const head = [
    '# Translation template of the Solidarity Widgets WordPress plugin.',
    '# Written by scripts/build-wordpress.mjs from the plugin\'s sources.',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: Solidarity Widgets ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: solidarity-widgets\\n"',
    '',
  ];
  const body = strings.map((s) =>
    [
      `#: ${s.where}`,
      ...(s.ctx !== undefined ? [`msgctxt ${esc(s.ctx)}`] : []),
      `msgid ${esc(s.id)}`,
      ...(s.plural !== undefined ? [`msgid_plural ${esc(s.plural)}`, 'msgstr[0] ""', 'msgstr[1] ""'] : ['msgstr ""']),
      '',
    ].join('\n'),
  );
  return `${head.join('\n')}\n${body.join('\n')}`;
}

// ---------------------------------------------------------------- build

function hashFiles(files) {
  const h = createHash('sha256');
  for (const f of files.sort()) {
    h.update(relative(DIST, f));
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 10);
}

/** The ES modules `entries` import, statically or dynamically, by relative specifier, with the entries. */
export function moduleClosure(entries) {
  const seen = new Set();
  const todo = [...entries];
  const re = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']|\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f)) continue;
    if (!existsSync(f)) throw new Error(`${relative(ROOT, f)} is imported but missing: rebuild dist/ with \`npm run build\`.`);
    seen.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(re)) todo.push(join(dirname(f), m[1] ?? m[2]));
  }
  return [...seen];
}

function listFiles(dir, filter = () => true) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, filter));
    else if (filter(p)) out.push(p);
  }
  return out;
}

export function build({ quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const iife = join(DIST, 'solidarity-widgets.iife.js');
  const manifestPath = join(ROOT, 'custom-elements.json');
  if (!existsSync(iife) || !existsSync(manifestPath)) {
    throw new Error('dist/solidarity-widgets.iife.js or custom-elements.json is missing: run `npm run build` first.');
  }
  const { elements, notes } = elementsFromManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
  notes.forEach((n) => log(`  note: ${n}`));

  rmSync(join(DIST, 'wordpress'), { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync(SRC, OUT, { recursive: true, filter: (p) => !/(^|\/)(assets\/screenshot-[^/]*|\.DS_Store)$/.test(p) });

  // Library files: the IIFE, each element's module and every file it imports (chunks, feed.js).
  // The IIFE fetches the map geometry from geo/ beside itself (the modules import it as a chunk).
  const assetFiles = [
    iife,
    ...moduleClosure(listFiles(join(DIST, 'elements'), (p) => p.endsWith('.js'))),
    ...listFiles(join(DIST, 'geo'), (p) => !p.endsWith('.map')),
  ];
  for (const f of assetFiles) {
    const to = join(OUT, 'assets', relative(DIST, f));
    mkdirSync(dirname(to), { recursive: true });
    if (f.endsWith('.js')) {
      // Source maps are not shipped: drop the comment that would make devtools ask for them.
      writeFileSync(to, readFileSync(f, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    } else {
      cpSync(f, to);
    }
  }
  const assetVersion = `${pkg.version}-${hashFiles(assetFiles)}`;

  // Block metadata and the generated PHP data, both from the manifest.
  const data = { version: pkg.version, asset_version: assetVersion, iife: 'solidarity-widgets.iife.js', elements: {} };
  for (const tag of TAGS) {
    const module = existsSync(join(DIST, 'elements', `${tag}.js`)) ? `elements/${tag}.js` : '';
    data.elements[tag] = { module, in_manifest: elements[tag].inManifest, attributes: elements[tag].attributes };
    const blockPath = join(OUT, 'blocks', tag, 'block.json');
    const block = JSON.parse(readFileSync(blockPath, 'utf8'));
    block.version = pkg.version;
    for (const [name, spec] of Object.entries(elements[tag].attributes)) {
      block.attributes[name] = { type: spec.type, ...(spec.enum ? { enum: spec.enum } : {}) };
    }
    writeFileSync(blockPath, `${JSON.stringify(block, null, '\t')}\n`);
  }
  mkdirSync(join(OUT, 'includes', 'generated'), { recursive: true });
  writeFileSync(
    join(OUT, 'includes', 'generated', 'elements.php'),
    `<?php\n// Generated by scripts/build-wordpress.mjs from custom-elements.json. Do not edit.\nif ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\nreturn ${phpValue(data)};\n`,
  );

  // The no-JS fallback renderer for the editor, from the one TypeScript source.
  buildSync({
    entryPoints: [join(ROOT, 'src/feed/fallback-html.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'solidarityWidgetsFallback',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    outfile: join(OUT, 'editor', 'fallback.js'),
    logLevel: 'silent',
  });

  // Upload checks: the published schema and a maintained library to read it.
  const schema = draft04(JSON.parse(readFileSync(join(ROOT, 'schema', 'feed.schema.json'), 'utf8')));
  writeFileSync(join(OUT, 'includes', 'generated', 'feed.schema.json'), `${JSON.stringify(schema)}\n`);
  if (!existsSync(JSON_SCHEMA_LIBRARY)) {
    throw new Error(`${JSON_SCHEMA_LIBRARY} is missing: install Debian's php-json-schema (apt-get install php-json-schema).`);
  }
  // Without the cURL retriever: the schema has no remote references, and the plugin calls no server.
  cpSync(JSON_SCHEMA_LIBRARY, join(OUT, 'vendor', 'JsonSchema'), { recursive: true, filter: (p) => !p.endsWith('/Retrievers/Curl.php') });
  if (existsSync(JSON_SCHEMA_COPYRIGHT)) cpSync(JSON_SCHEMA_COPYRIGHT, join(OUT, 'vendor', 'JsonSchema', 'COPYRIGHT'));

  // Translations: the template, then each .po compiled to .mo and to the editor script's JSON.
  const strings = extractStrings(SRC);
  writeFileSync(join(OUT, 'languages', `${SLUG}.pot`), writePot(strings, pkg.version));
  for (const f of readdirSync(join(SRC, 'languages')).filter((n) => n.endsWith('.po'))) {
    const entries = parsePo(readFileSync(join(SRC, 'languages', f), 'utf8'));
    const base = f.slice(0, -3);
    const lang = base.slice(SLUG.length + 1);
    writeFileSync(join(OUT, 'languages', `${base}.mo`), writeMo(entries));
    writeFileSync(join(OUT, 'languages', `${base}-solidarity-widgets-editor.json`), writeJed(entries, lang));
  }

  // The zip: one top-level folder, fixed dates, so the same input gives the same bytes.
  const files = {};
  const mtime = new Date('2014-01-03T00:00:00Z');
  for (const f of listFiles(OUT).sort()) {
    files[`${SLUG}/${relative(OUT, f)}`] = [readFileSync(f), { mtime, level: /\.(png|jpg|mo|zip)$/.test(f) ? 0 : 9 }];
  }
  writeFileSync(ZIP, zipSync(files));
  const size = statSync(ZIP).size;
  log(`wrote ${relative(ROOT, ZIP)}: ${Object.keys(files).length} files, ${(size / 1024).toFixed(1)} KiB, assets ${assetVersion}`);
  return { zip: ZIP, dir: OUT, files: Object.keys(files), assetVersion, elements: data.elements, notes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    build();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
