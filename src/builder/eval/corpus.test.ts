// The eval on the real corpus (issue 19): recall and precision per kind may not fall below the
// floors in floors.ts. The corpus lives outside the repository (../shared/corpus): without it
// these tests are skipped with the reason printed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evalFolder, readGold } from '../node/eval.js';
import { EVAL_FLOORS, EVAL_TARGETS } from './floors.js';
import { KINDS } from './score.js';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const skip = existsSync(`${CORPUS}gold.json`) ? false : `the corpus is not at ${CORPUS}`;
if (skip) console.log(`# skipping corpus eval tests: ${skip}`);

const gold = skip ? undefined : await readGold(`${CORPUS}gold.json`);
const report = gold?.ok ? await evalFolder(`${CORPUS}documents`, gold.gold, gold.warnings) : undefined;

test('the corpus gold file is valid', { skip }, () => {
  assert.ok(gold?.ok, gold && !gold.ok ? gold.errors.join('\n') : '');
});

for (const kind of KINDS) {
  test(`${kind}: recall and precision at or above the floors`, { skip }, () => {
    const s = report!.scores[kind];
    const line = `${kind}: recall ${s.matched}/${s.gold}, precision ${s.matched}/${s.extracted}`;
    const floor = {
      recall: Math.max(EVAL_FLOORS.recall[kind], EVAL_TARGETS.recall[kind]),
      precision: Math.max(EVAL_FLOORS.precision[kind], EVAL_TARGETS.precision[kind]),
    };
    assert.ok((s.recall ?? 0) >= floor.recall, `${line}; recall floor ${floor.recall}`);
    assert.ok((s.precision ?? 0) >= floor.precision, `${line}; precision floor ${floor.precision}`);
  });
}

test('no more not-wages read as wages, facts from silent documents or non-verbatim quotes', { skip }, () => {
  const r = report!;
  const list = (rows: { doc: string; quotes?: string[]; quote?: string }[]): string =>
    rows.map((x) => `${x.doc}: ${x.quote ?? x.quotes?.[0] ?? ''}`).join('\n');
  assert.ok(r.notWagesHit <= EVAL_FLOORS.most.notWagesHit, list(r.details.notWages));
  assert.ok(r.silentFacts <= EVAL_FLOORS.most.silentFacts, list(r.details.silent));
  assert.ok(r.nonVerbatimQuotes <= EVAL_FLOORS.most.nonVerbatimQuotes, list(r.details.nonVerbatim));
});
