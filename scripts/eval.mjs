// `npm run eval`: scores a build of ../shared/corpus/documents against ../shared/corpus/gold.json
// (issue 19), from the TypeScript sources (run with `node --import tsx`, so no stale dist/).
// Extra arguments go to the command, e.g. `npm run eval -- --json`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
if (!existsSync(`${corpus}documents`) || !existsSync(`${corpus}gold.json`)) {
  console.log(`eval: skipped, the corpus is not at ${corpus} (documents/ and gold.json)`);
  process.exit(0);
}
const { main } = await import('../src/builder/node/cli.ts');
process.exitCode = await main(['eval', `${corpus}documents`, '--gold', `${corpus}gold.json`, ...process.argv.slice(2)]);
