// After rollup, tsc and cem: type entry points that match the package's `exports` map, then the
// stamp `npm test` uses to know dist/ is fresh.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';

const tags = existsSync('src/elements')
  ? readdirSync('src/elements', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/${d.name}.define.ts`))
      .map((d) => d.name)
  : [];
for (const tag of tags) {
  // `import 'solidarity-widgets/elements/<tag>.js'` → dist/elements/<tag>.js (defines the element).
  writeFileSync(`dist/types/elements/${tag}.d.ts`, `export * from './${tag}/${tag}.js';\nimport './${tag}/${tag}.define.js';\n`);
}
writeFileSync('dist/.stamp', `${new Date().toISOString()}\n`);
