/**
 * The plugin zip the WordPress tests install: dist/ is built first when it is missing or older than
 * its sources (the same rule as scripts/test.mjs), then `build:wordpress` runs (well under a second).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePackages } from './env.js';
// @ts-expect-error plain ESM build script without types
import * as wpBuild from '../../scripts/build-wordpress.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;

export interface PluginBuild {
  zip: string;
  dir: string;
  files: string[];
  assetVersion: string;
  elements: Record<string, { module: string; in_manifest: boolean; attributes: Record<string, { type: string; enum?: string[] }> }>;
  notes: string[];
}

export const buildScript = wpBuild as {
  build(o?: { quiet?: boolean }): PluginBuild;
  elementsFromManifest(m: unknown): { elements: Record<string, { attributes: Record<string, { type: string; enum?: string[] }>; inManifest: boolean }>; notes: string[] };
  extractStrings(dir?: string): { id: string; ctx?: string; plural?: string; where: string }[];
  parsePo(text: string): { ctx?: string; id: string; plural?: string; str: string[] }[];
  TAGS: string[];
};

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

let built: PluginBuild | undefined;

export function ensurePluginZip(): PluginBuild {
  if (built) return built;
  const stamp = join(ROOT, 'dist/.stamp');
  const sources = Math.max(...['src', 'rollup.config.mjs', 'package.json', 'tsconfig.json'].map((p) => newest(join(ROOT, p))));
  const usable = existsSync(join(ROOT, 'dist/solidarity-widgets.iife.js')) && existsSync(join(ROOT, 'custom-elements.json'));
  if (!usable || (!process.env.SW_WP_NO_BUILD && (!existsSync(stamp) || statSync(stamp).mtimeMs < sources))) {
    console.log('dist/ is missing or stale: npm run build');
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) {
      if (!usable) throw new Error(`npm run build failed (${r.status}) and there is no dist/ to use`);
      console.log(`npm run build failed (${r.status}); using the dist/ that is there`);
    }
  }
  ensurePackages(['php-json-schema']); // bundled into the zip: it checks feed uploads
  built = buildScript.build({ quiet: true });
  return built;
}
