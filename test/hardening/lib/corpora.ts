/**
 * Third-party test input from `../shared/data` (never copied into the repository) and the helpers
 * that pick a deterministic sample of it. When `../shared` is absent the suites that need it skip with
 * a printed reason; the project's own corpora (the XSS payloads, generated feeds) always run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SHARED_DATA = join(ROOT, '../shared/data');

/** Why a shared corpus is missing, or undefined when it is there. */
export function missing(path: string): string | undefined {
  return existsSync(join(SHARED_DATA, path)) ? undefined : `../shared/data/${path} is not present on this machine`;
}

/** The Big List of Naughty Strings (515 strings), or [] when absent. */
export function blns(): string[] {
  const file = join(SHARED_DATA, 'naughty/blns.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).filter((s): s is string => typeof s === 'string');
}

/** nst/JSONTestSuite `test_parsing/` file names (y_, n_, i_), sorted; [] when absent. */
export function jsonTestSuite(): string[] {
  const dir = join(SHARED_DATA, 'json-test-suite/test_parsing');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
}

export function jsonTestSuiteFile(name: string): Buffer {
  return readFileSync(join(SHARED_DATA, 'json-test-suite/test_parsing', name));
}

/** A small seeded PRNG (mulberry32): the same sample on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` entries of `list` picked with `seed`, in their original order. */
export function sample<T>(list: readonly T[], n: number, seed: number): T[] {
  if (n >= list.length) return [...list];
  const rand = seeded(seed);
  const picked = new Set<number>();
  while (picked.size < n) picked.add(Math.floor(rand() * list.length));
  return [...picked].sort((a, b) => a - b).map((i) => list[i]);
}

/** `full` or `sample`: the whole matrix (`npm run test:hardening`) or its fast subset (`npm test`). */
export type Mode = 'full' | 'sample';
