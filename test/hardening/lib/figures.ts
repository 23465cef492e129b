/**
 * The figures the hardening matrix reports (issue 10): each suite records what it tried and measured
 * in `.tmp/hardening/<mode>/<row>.json`; `scripts/test-hardening.mjs` prints them as one table.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type Mode } from './corpora.js';

export type Figure = string | number;

export function figuresDir(mode: Mode): string {
  return join(ROOT, '.tmp/hardening', mode);
}

/** Adds (or replaces) figures of one row; safe to call from several tests of one file. */
export function record(mode: Mode, row: string, figures: Record<string, Figure>): void {
  const dir = figuresDir(mode);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${row}.json`);
  const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Figure>) : {};
  writeFileSync(file, JSON.stringify({ ...old, ...figures }, null, 2));
}

/** Clears a row's figures at the start of its suite, so a table never mixes two runs. */
export function reset(mode: Mode, row: string): void {
  mkdirSync(figuresDir(mode), { recursive: true });
  writeFileSync(join(figuresDir(mode), `${row}.json`), '{}');
}
