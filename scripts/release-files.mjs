// Which files of dist/ a site needs for the `<script>` builds, shared by `npm run release` and
// `npm run build-site`: the all-in-one IIFE, every file under dist/iife/ (the per-element scripts and
// whatever they load beside themselves), and each other folder of dist/ that the all-in-one script
// names in its code (today geo/; a folder of lazy files tomorrow). ES-module folders that the
// script never names (elements/, chunks/) are left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const IIFE = 'solidarity-widgets.iife.js';

function walk(dir, base) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [relative(base, p).split(sep).join('/')];
  });
}

/** Paths relative to `dist`, sorted; throws when the script build is missing. */
export function scriptFiles(dist) {
  const main = join(dist, IIFE);
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  const code = readFileSync(main, 'utf8');
  const folders = readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'iife' && new RegExp(`["'\`](?:\\./)?${e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`).test(code))
    .map((e) => e.name);
  const files = [IIFE, ...(existsSync(`${main}.map`) ? [`${IIFE}.map`] : []), ...walk(join(dist, 'iife'), dist), ...folders.flatMap((f) => walk(join(dist, f), dist))];
  return [...new Set(files)].sort();
}
