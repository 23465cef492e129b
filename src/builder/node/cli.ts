/**
 * `solidarity-feed`: the thin Node layer around the builder core. Files, stdin/stdout and the exit
 * code live here and nowhere else (the core also runs in a browser Web Worker).
 */
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../read/decode.js';
import { buildDirectory } from './node-build.js';
import { runEval } from './eval.js';
import { renderReport } from '../write/report.js';
import { toAtom, toRss } from '../write/syndication.js';
import { validateFeed } from '../../feed/validate.js';
import type { CampaignFeed } from '../../feed/types.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Progress lines only on an interactive terminal. */
  isTTY: boolean;
}

/** File names and messages come from the folder: control characters must not reach the terminal. */
// eslint-disable-next-line no-control-regex
const printable = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const defaultIO = (): CliIO => ({
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  isTTY: !!process.stderr.isTTY,
});

export const HELP = `solidarity-feed — build a sourced, validated campaign feed from documents

Usage:
  solidarity-feed build <dir> [options]     read .txt, .md and .html files under <dir>, write a feed
  solidarity-feed validate <feed.json>      check a feed against the contract
  solidarity-feed rss <feed.json> [--out f] write the items as RSS 2.0 (stdout by default)
  solidarity-feed atom <feed.json> [--out f] write the items as Atom 1.0 (stdout by default)
  solidarity-feed eval <dir> --gold <gold.json> [--json]
                                            build <dir> and score it against gold: recall and
                                            precision per kind, misses and extras (exit 0 when it ran)

Build options:
  --out <file>            where to write the feed (default: feed.json; "-" for stdout)
  --corrections <file>    drop, fix or add facts (see README); applied on every build
  --report <file>         write a review report in Markdown
  --title <text>          feed title (default: "Campaign feed")
  --language <tag>        language of the documents (default: en)
  --country <ISO>         the campaign's country (default: the country the documents name most)
  --home-page-url <url>   the feed's home page
  --max-size <MB>         refuse files larger than this (default: 20)
  --quiet                 no progress, no summary; failures are still reported
  -h, --help              this help

Metadata comes, first found wins, from YAML front matter, then <dir>/sources.json
({ "<file>": { "published": "2014-01", "publisher": "…", "kind": "article|listing|letter" } }),
then the page's own <meta> tags.

Exit codes: 0 built; 1 built, but a document failed (see stderr and the report); 2 nothing written.
Set SOURCE_DATE_EPOCH (seconds) to pin the feed's "generated" time for reproducible builds.

Examples:
  solidarity-feed build examples/documents --out examples/feed.json
  solidarity-feed build reports/ --corrections corrections.json --report review.md
  solidarity-feed validate feed.json
  solidarity-feed rss feed.json --out feed.xml
  solidarity-feed eval ../shared/corpus/documents --gold ../shared/corpus/gold.json
`;

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}
const VALUED = new Set([
  'out', 'corrections', 'report', 'title', 'language', 'country', 'home-page-url', 'max-size', 'gold',
]);

function parseArgs(argv: string[]): Args | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') flags.set('help', true);
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (VALUED.has(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined) return `--${name} needs a value`;
        flags.set(name, v);
      } else if (['help', 'quiet', 'version', 'json'].includes(name)) flags.set(name, true);
      else return `unknown option --${name}`;
    } else positional.push(a);
  }
  return { positional, flags };
}

/** Writes next to the target and renames, so a reader never sees half a feed. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

async function readFeed(path: string, io: CliIO): Promise<CampaignFeed | undefined> {
  try {
    if ((await stat(path)).size > 200 * 1024 * 1024) throw new Error('file is over 200 MB');
    return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as CampaignFeed;
  } catch (e) {
    io.stderr(`solidarity-feed: cannot read ${path}: ${(e as Error).message}\n`);
    return undefined;
  }
}

async function build(args: Args, io: CliIO): Promise<number> {
  const dir = args.positional[1];
  if (!dir) {
    io.stderr('solidarity-feed build: which folder? (solidarity-feed build <dir>)\n');
    return 2;
  }
  const quiet = args.flags.has('quiet');
  const flag = (k: string): string | undefined => (typeof args.flags.get(k) === 'string' ? (args.flags.get(k) as string) : undefined);
  const maxMb = flag('max-size') !== undefined ? Number(flag('max-size')) : undefined;
  if (maxMb !== undefined && !(maxMb > 0)) {
    io.stderr('solidarity-feed: --max-size must be a number of megabytes\n');
    return 2;
  }
  const maxBytes = maxMb !== undefined ? Math.floor(maxMb * 1024 * 1024) : MAX_DOCUMENT_BYTES;
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    io.stderr(`solidarity-feed: cannot read the folder ${dir}: ${(e as Error).message}\n`);
    return 2;
  }
  let corrections: unknown;
  const correctionsPath = flag('corrections');
  if (correctionsPath) {
    try {
      corrections = JSON.parse(await readFile(correctionsPath, 'utf8'));
    } catch (e) {
      io.stderr(`solidarity-feed: cannot use the corrections file ${correctionsPath}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const started = Date.now();
  const progress = io.isTTY && !quiet;
  let lastDraw = 0;
  let drawn = false;
  // SOURCE_DATE_EPOCH (reproducible-builds.org) pins `_campaign.generated`, so a rebuild of the same
  // documents gives a byte-identical feed.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  const result = await buildDirectory(dir, {
    now,
    title: flag('title'), language: flag('language'), country: flag('country')?.toUpperCase(), homePageUrl: flag('home-page-url'),
    corrections, correctionsFile: correctionsPath ? basename(correctionsPath) : undefined, maxBytes,
  }, (done, total, file) => {
    if (!progress || (Date.now() - lastDraw < 100 && done < total)) return;
    lastDraw = Date.now();
    drawn = true;
    io.stderr(`\r\x1b[K  ${done}/${total} ${printable(file.slice(-60))}`);
  });
  if (drawn) io.stderr('\r\x1b[K');
  for (const d of result.feed._campaign?.documents ?? []) {
    if (d.status === 'error') io.stderr(`error: ${printable(d.file)}: ${printable(d.messages.join('; '))}\n`);
    else if (d.status === 'warning' && !quiet) io.stderr(`warning: ${printable(d.file)}: ${printable(d.messages.join('; '))}\n`);
  }
  const reportPath = flag('report');
  if (reportPath) await writeAtomic(reportPath, renderReport(result, { title: flag('title') ? `${flag('title')}: build report` : undefined }));
  if (result.problems.length) {
    io.stderr('solidarity-feed: the built feed is not valid, so it was not written:\n');
    for (const p of result.problems.slice(0, 20)) io.stderr(`  ${p.path} ${p.message}\n`);
    return 2;
  }
  const out = flag('out') ?? 'feed.json';
  const json = `${JSON.stringify(result.feed, null, 2)}\n`;
  if (out === '-') io.stdout(json);
  else await writeAtomic(out, json);
  const failed = result.feed._campaign?.documents?.filter((d) => d.status === 'error').length ?? 0;
  if (!quiet) {
    const c = result.feed._campaign!;
    const secs = (Date.now() - started) / 1000;
    io.stderr(`${out === '-' ? 'Feed written to stdout' : `Wrote ${out}`}: ${result.feed.items.length} items, ${c.wages?.length ?? 0} wages, ` +
      `${c.incidents?.length ?? 0} incidents, ${c.actions?.length ?? 0} actions from ${result.documents.length} documents` +
      `${failed ? ` (${failed} failed)` : ''}${result.ignored ? `, ${result.ignored} other files ignored` : ''} in ${secs.toFixed(1)} s` +
      `${reportPath ? `; report in ${reportPath}` : ''}\n`);
  }
  return failed > 0 || result.failed ? 1 : 0;
}

async function validate(args: Args, io: CliIO): Promise<number> {
  const path = args.positional[1];
  if (!path) {
    io.stderr('solidarity-feed validate: which feed? (solidarity-feed validate <feed.json>)\n');
    return 2;
  }
  const feed = await readFeed(path, io);
  if (feed === undefined) return 2;
  const problems = validateFeed(feed);
  if (problems.length === 0) {
    if (!args.flags.has('quiet')) io.stdout(`${path}: valid (${feed.items?.length ?? 0} items)\n`);
    return 0;
  }
  io.stdout(`${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  for (const p of problems) io.stdout(`  ${p.path} ${p.message}\n`);
  return 1;
}

async function syndicate(args: Args, io: CliIO, kind: 'rss' | 'atom'): Promise<number> {
  const path = args.positional[1];
  if (!path) {
    io.stderr(`solidarity-feed ${kind}: which feed? (solidarity-feed ${kind} <feed.json>)\n`);
    return 2;
  }
  const feed = await readFeed(path, io);
  if (feed === undefined) return 2;
  const problems = validateFeed(feed);
  if (problems.length) {
    io.stderr(`solidarity-feed: ${path} is not a valid feed (${problems[0].path} ${problems[0].message}); run validate for all problems\n`);
    return 1;
  }
  const xml = kind === 'rss' ? toRss(feed) : toAtom(feed);
  const out = typeof args.flags.get('out') === 'string' ? (args.flags.get('out') as string) : '-';
  if (out === '-') io.stdout(xml);
  else await writeAtomic(out, xml);
  return 0;
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`solidarity-feed: ${args}\n\n${HELP}`);
    return 2;
  }
  const command = args.positional[0];
  if (args.flags.has('help') || command === 'help' || command === undefined) {
    (command === undefined && !args.flags.has('help') ? io.stderr : io.stdout)(HELP);
    return command === undefined && !args.flags.has('help') ? 2 : 0;
  }
  try {
    switch (command) {
      case 'build': return await build(args, io);
      case 'validate': return await validate(args, io);
      case 'rss': return await syndicate(args, io, 'rss');
      case 'atom': return await syndicate(args, io, 'atom');
      case 'eval': {
        const gold = args.flags.get('gold');
        const goldPath = typeof gold === 'string' ? gold : undefined;
        return await runEval(args.positional[1], goldPath, args.flags.has('json'), io);
      }
      default:
        io.stderr(`solidarity-feed: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (e) {
    io.stderr(`solidarity-feed: ${(e as Error).message}\n`);
    return 2;
  }
}

export { buildDirectory } from './node-build.js';
export { buildFeed, FeedBuilder } from '../build.js';
