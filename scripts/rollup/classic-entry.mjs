// A classic <script> that still loads its rarer parts on demand.
// Rollup's IIFE format cannot split code, so a per-element script used to carry every feed reader,
// the validator's detail and both languages' tables. This plugin turns rollup's ES module output of
// one entry into a classic script plus lazy ES module chunks:
// - the entry chunk (everything the first render needs) is wrapped in a function, so it runs as a
//   classic script with `defer` and leaks no global; what the lazy chunks import from it is published
//   on one `Symbol.for(key)` slot of `globalThis`, the key naming this build (a content hash), so two
//   different builds on one page never read each other's modules;
// - `import('./lazy/…')` in the entry resolves against the script's own URL (`document.currentScript`),
//   so the lazy files load from beside the script, from the page's own host, wherever it is copied;
// - in each lazy chunk, the static import of the entry becomes a read of that slot; imports between
//   lazy chunks stay ES module imports; `document.currentScript` there is the classic script (so a
//   lazy module finds files beside the script, as the map's geometry does).
// Lazy chunks are fetched with `import()`, which a strict CSP allows from 'self' and Trusted Types
// does not guard.
import { createHash } from 'node:crypto';
import MagicString from 'magic-string';
import { init, parse } from 'es-module-lexer';

const EXPORTS = /export\s*\{([^}]*)\}\s*;?/g;
const IMPORT_BINDINGS = /^import\s*\{([^}]*)\}\s*from\s*["'][^"']+["']\s*;?$/;

const pairs = (list, sep) =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [a, b = a] = s.split(/\s+as\s+/);
      return [a.trim(), b.trim()];
    })
    .map(([a, b]) => (sep === ':' ? (a === b ? a : `${a}:${b}`) : [a, b]));

/**
 * @param {{ guard?: string }} [opts] guard: a statement run first in the wrapper; it may `return` to
 *   make a second copy of the script do nothing.
 */
export function classicEntry({ guard = '' } = {}) {
  let slot = '';
  return {
    name: 'classic-entry',
    async renderStart() {
      await init;
      // This build's name: a hash of every module's id and code, known before any chunk is rendered.
      const hash = createHash('sha256');
      for (const id of [...this.getModuleIds()].sort()) hash.update(`${id}\0${this.getModuleInfo(id)?.code ?? ''}\0`);
      slot = `globalThis[Symbol.for(${JSON.stringify(`solidarity-widgets.modules.${hash.digest('hex').slice(0, 12)}`)})]`;
    },
    renderChunk(code, chunk, options) {
      if (options.format !== 'es') this.error('classic-entry: the build must be format "es"');
      const s = new MagicString(code);
      const [imports] = parse(code);
      if (chunk.isEntry) {
        // No static import may remain; dynamic imports resolve against the script's URL.
        for (const im of imports) {
          if (im.d === -1) this.error(`classic-entry: the entry imports ${im.n} statically; it must hold everything the first render needs`);
          if (im.d === -2) s.overwrite(im.s, im.e, '({url:__swBase})');
          else if (im.d > -1 && im.n !== undefined) s.overwrite(im.s, im.e, `new URL(${JSON.stringify(im.n)},__swBase).href`);
        }
        // Rollup writes one `export{…}` statement, last in the chunk; the lexer's export positions
        // must all fall inside it (a match inside a string would not hold them).
        const [, exported] = parse(code);
        const found = [...code.matchAll(EXPORTS)].filter((m) => exported.every((e) => e.s >= m.index && e.e <= m.index + m[0].length));
        if (exported.length && found.length !== 1) this.error('classic-entry: cannot find the export statement of the entry');
        let publish = '';
        if (exported.length) {
          const m = found[0];
          const names = pairs(m[1], ':').map((p) => (p.includes(':') ? p.split(':').reverse().join(':') : p));
          publish = names.join(',');
          s.remove(m.index, m.index + m[0].length);
        }
        s.prepend(`(function(){${guard}var __swScript=document.currentScript,__swBase=(__swScript&&__swScript.src)||document.baseURI;\n`);
        s.append(`\n${slot}={${publish}${publish ? ',' : ''}$currentScript:__swScript};})();`);
      } else {
        // A lazy chunk: the entry's bindings come from the slot.
        for (const im of imports) {
          if (im.d !== -1 || !im.n) continue;
          const target = new URL(im.n, `file:///${chunk.fileName}`).pathname.slice(1);
          // The entry is named `[name].js`; lazy chunks live in `lazy/`.
          if (!chunk.imports.includes(target) || target.startsWith('lazy/')) continue;
          const stmt = code.slice(im.ss, im.se).trim();
          // A bare `import"../entry.js"` (rollup writes one for ordering): the entry has already run.
          if (/^import\s*["']/.test(stmt)) {
            s.overwrite(im.ss, im.se, ';');
            continue;
          }
          const m = IMPORT_BINDINGS.exec(stmt.endsWith(';') ? stmt : `${stmt};`);
          if (!m) this.error(`classic-entry: cannot read the import of the entry in ${chunk.fileName}: ${stmt}`);
          s.overwrite(im.ss, im.se, `const{${pairs(m[1], ':').join(',')}}=${slot};`);
        }
        // Inside a lazy chunk, "the current script" is the classic script that loaded it.
        for (const m of code.matchAll(/\bdocument\.currentScript\b/g)) s.overwrite(m.index, m.index + m[0].length, `${slot}.$currentScript`);
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

