// `npm run eval`: scores a build of ../shared/corpus/documents against ../shared/corpus/gold.json,
// from the TypeScript sources (run with `node --import tsx`, so no stale dist/).
// `npm run eval -- --own` scores test/fixtures/own-eval instead (our own documents, in every clone).
// Other arguments go to the command, e.g. `npm run eval -- --json`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const own = args.includes('--own');
const dir = fileURLToPath(new URL(own ? '../test/fixtures/own-eval/' : '../../shared/corpus/', import.meta.url));
if (!existsSync(`${dir}documents`) || !existsSync(`${dir}gold.json`)) {
  console.log(`eval: skipped, the corpus is not at ${dir} (documents/ and gold.json)`);
  process.exit(0);
}
const { main } = await import('../src/builder/node/cli.ts');
process.exitCode = await main(['eval', `${dir}documents`, '--gold', `${dir}gold.json`, ...args.filter((a) => a !== '--own')]);
