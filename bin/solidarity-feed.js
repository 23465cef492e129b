#!/usr/bin/env node
// The `solidarity-feed` command. The CLI itself is built into dist/ by `npm run build`
// (run by `npm install` through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/builder/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('solidarity-feed: dist/builder/cli.js is missing. Run `npm run build` in the package folder first.');
  process.exit(2);
}
const { main } = await import(pathToFileURL(cli).href);
process.exitCode = await main(process.argv.slice(2));
