// `npm run bench:builder`: generates 10,000 documents of about 2 KB in a temporary folder, builds
// them with the real CLI code path (dist/builder), and prints documents per second and peak memory.
// Usage: node bench/builder.mjs [count=10000]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const COUNT = Number(process.argv[2] ?? 10_000);
const cli = fileURLToPath(new URL('../dist/builder/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('bench:builder: dist/builder/cli.js is missing; run `npm run build` first.');
  process.exit(1);
}
const { buildDirectory } = await import(pathToFileURL(cli).href);

// A small deterministic generator (mulberry32) so every run builds the same corpus.
let seed = 20140103;
const rand = () => {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rand() * a.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CITIES = ['Phnom Penh', 'Kampong Speu', 'Kandal', 'Takeo', 'Kampong Cham', 'Svay Rieng', 'Battambang'];
const ABROAD = ['Germany', 'France', 'Japan', 'Australia', 'Sweden', 'Thailand', 'South Korea', 'the United States', 'Indonesia', 'Malaysia', 'Turkey', 'Canada'];
const WORDS = ['garment', 'textile', 'footwear'];

function sentences(y, m, d) {
  const day = `${MONTHS[m - 1]} ${d}`;
  const out = [
    `Workers at ${int(2, 40)} factories in ${pick(CITIES)}, Cambodia, went on strike on ${day}, demanding a minimum wage of $${int(120, 180)} a month.`,
    `The Labour Ministry proposed to raise the ${pick(WORDS)} minimum wage from $${int(60, 90)} to $${int(95, 110)} a month, an offer the unions rejected.`,
    `Police arrested ${int(2, 30)} workers outside a factory in ${pick(CITIES)} the following day, according to union lawyers.`,
    `At least ${int(1, 6)} people were injured when security forces used batons and tear gas to break up the protest.`,
    `Supporters held a rally outside the Cambodian embassy in ${pick(ABROAD)} on ${MONTHS[m % 12]} ${int(1, 28)}, calling for the release of the detained workers.`,
    `Around ${int(20, 300)} villagers began a march from ${pick(CITIES)} province to Phnom Penh on ${d} ${MONTHS[m - 1]} ${y} to demand a fair settlement.`,
    `In an open letter to the Prime Minister, ${int(10, 60)} unions and rights groups asked for all charges to be dropped.`,
    `The brands sourcing from the factories said they were monitoring the situation closely and would talk to their suppliers.`,
    `Union leaders said the current wage does not cover rent, food and the cost of sending money home to families in the provinces.`,
    `Many of the workers are young women who moved to the capital from rural provinces in search of work.`,
    `The employers' association warned that higher wages could push buyers to other countries in the region.`,
    `Observers from several human rights organisations were present and documented the events in detail.`,
    `A spokesperson for the government said: "The situation is under control and the law will be applied."`,
    `The union has called for an independent investigation and for compensation for the families affected.`,
    `Local residents described long queues outside the factory gates in the early morning, and buses bringing workers from nearby villages.`,
    `A labour rights researcher noted that the dispute follows several years of rising living costs in the capital and in the industrial zones.`,
    `Talks between the unions, the employers and the ministry are expected to continue in the coming weeks, although no date has been set.`,
  ];
  return out.sort(() => rand() - 0.5);
}

function documentText(i) {
  const y = pick([2012, 2013, 2014, 2015]);
  const m = int(1, 12);
  const d = int(1, 28);
  const pubDay = Math.min(28, d + int(1, 5));
  const body = sentences(y, m, d).join(rand() < 0.5 ? ' ' : '\n\n');
  const published = `${y}-${String(m).padStart(2, '0')}-${String(pubDay).padStart(2, '0')}`;
  if (i % 10 === 9) {
    return ['html', `<!doctype html><html lang="en"><head><title>Report ${i}</title><meta name="date" content="${published}"><meta property="og:site_name" content="Bench News"></head><body><nav><a href="/">Home</a></nav><article><h1>Report ${i}</h1>${body.split(/\n\n|(?<=\.) /).map((p) => `<p>${p}</p>`).join('')}</article><footer>© Bench</footer></body></html>`];
  }
  return [i % 2 ? 'md' : 'txt', `---\ntitle: Report ${i}\npublished: ${published}\npublisher: Bench News\nkind: article\n---\n${body}\n`];
}

const dir = mkdtempSync(join(tmpdir(), 'sw-bench-builder-'));
try {
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const sub = join(dir, `batch-${String(Math.floor(i / 500)).padStart(2, '0')}`);
    if (i % 500 === 0) mkdirSync(sub);
    const [ext, text] = documentText(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(sub, `doc-${String(i).padStart(5, '0')}.${ext}`), text);
  }
  let peakHeap = 0;
  const sampler = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); }, 50);
  const cpu0 = process.cpuUsage();
  const load = (await import('node:os')).loadavg()[0];
  const started = performance.now();
  const result = await buildDirectory(dir, { now: new Date('2024-01-01T00:00:00Z') });
  const json = JSON.stringify(result.feed);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const c = result.feed._campaign;
  const failed = c.documents.filter((d) => d.status === 'error').length;
  const rate = COUNT / seconds;
  console.log(`solidarity-feed build: ${COUNT.toLocaleString('en-US')} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB (avg ${Math.round(bytes / COUNT)} B), ${cpus().length} CPUs, Node ${process.version}`);
  console.log(`  time        ${seconds.toFixed(2)} s  →  ${rate.toFixed(0)} docs/s (goal ≥ 150); CPU ${cpuSeconds.toFixed(2)} s → ${(COUNT / cpuSeconds).toFixed(0)} docs per CPU-second`);
  console.log(`  machine     load average ${load.toFixed(1)} at start (other work on the machine slows the wall-clock figure)`);
  console.log(`  peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB resident, ${(peakHeap / 1024 / 1024).toFixed(0)} MB JS heap`);
  console.log(`  output      ${result.feed.items.length} items, ${c.wages.length} wages, ${c.incidents.length} incidents, ${c.actions.length} actions, ${failed} failed documents, feed ${(json.length / 1024 / 1024).toFixed(1)} MB, valid: ${result.problems.length === 0}`);
  process.exitCode = rate >= 150 && result.problems.length === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
