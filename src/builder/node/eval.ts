/**
 * `solidarity-feed eval <folder> --gold gold.json` (issue 19): builds the folder and scores the
 * build against a gold file. The Node side of eval/score.ts: reading gold and document bodies.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatEval, parseGold, scoreBuild, type EvalReport, type Gold } from '../eval/score.js';
import { decodeDocument } from '../read/decode.js';
import { splitFrontMatter } from '../read/frontmatter.js';
import type { CliIO } from './cli.js';
import { buildDirectory } from './node-build.js';

export type GoldFile = { ok: true; gold: Gold; warnings: string[] } | { ok: false; errors: string[] };

/** Reads and checks a gold file; every error names the file (and the entry and field). */
export async function readGold(path: string): Promise<GoldFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`cannot read the gold file ${path}: ${(e as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`${path} is not valid JSON: ${(e as Error).message}`] };
  }
  return parseGold(json, path);
}

/**
 * Builds `dir` (with a fixed `now`, so nothing depends on the clock) and scores it. Plain-text
 * bodies are read from the files for the verbatim check; other types use the items' text.
 */
export async function evalFolder(dir: string, gold: Gold, goldWarnings: string[] = []): Promise<EvalReport> {
  const result = await buildDirectory(dir, { now: new Date(0) });
  const bodies: Record<string, string> = {};
  for (const d of result.documents) {
    if (d.status === 'error' || !/\.txt$/i.test(d.file)) continue;
    const decoded = decodeDocument(new Uint8Array(await readFile(join(dir, d.file))));
    if (!decoded.ok) continue;
    const fm = splitFrontMatter(decoded.text);
    if (fm.ok) bodies[d.file] = fm.body;
  }
  const report = scoreBuild({ feed: result.feed, documents: result.documents, bodies }, gold);
  const failed = result.documents.filter((d) => d.status === 'error')
    .map((d) => `build: ${d.file} failed: ${d.messages.join('; ')}`);
  // The builder keeps incidents in one campaign country: say how many it left out.
  const country = result.feed._campaign?.country ?? '?';
  const outside = result.dropped.filter((d) => /outside the campaign's country/.test(d.reason)).length;
  const dropped = outside ? [`build: ${outside} mention(s) dropped as outside the campaign's country, ${country}`] : [];
  report.warnings.unshift(...goldWarnings, ...failed, ...dropped);
  return report;
}

/** The subcommand: 0 when it ran (whatever the scores), 2 on bad input. */
export async function runEval(
  dir: string | undefined, goldPath: string | undefined, json: boolean, io: CliIO,
): Promise<number> {
  if (!dir || !goldPath) {
    io.stderr('solidarity-feed eval: which folder and gold file? (solidarity-feed eval <folder> --gold <gold.json>)\n');
    return 2;
  }
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    io.stderr(`solidarity-feed eval: cannot read the folder ${dir}: ${(e as Error).message}\n`);
    return 2;
  }
  const g = await readGold(goldPath);
  if (!g.ok) {
    const n = g.errors.length;
    io.stderr(`solidarity-feed eval: the gold file is not usable (${n} problem${n === 1 ? '' : 's'}):\n`);
    for (const e of g.errors) io.stderr(`  ${e}\n`);
    return 2;
  }
  const report = await evalFolder(dir, g.gold, g.warnings);
  io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatEval(report));
  return 0;
}
