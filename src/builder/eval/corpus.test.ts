// The eval on the real corpus (issue 19): recall and precision per kind may not fall below the
// floors in floors.ts. The corpus lives outside the repository (../shared/corpus): without it
// these tests are skipped with the reason printed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evalFolder, readGold } from '../node/eval.js';
import { EVAL_FLOORS, EVAL_TARGETS, OWN_EVAL_FLOORS } from './floors.js';
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

// Our own documents (test/fixtures/own-eval): in every clone, no ../shared needed.
const OWN = fileURLToPath(new URL('../../../test/fixtures/own-eval/', import.meta.url));
const ownGold = await readGold(`${OWN}gold.json`);
const own = ownGold.ok ? await evalFolder(`${OWN}documents`, ownGold.gold, ownGold.warnings) : undefined;

test('own documents: the gold file is valid', () => {
  assert.ok(ownGold.ok, !ownGold.ok ? ownGold.errors.join('\n') : '');
});

for (const kind of KINDS) {
  test(`own documents, ${kind}: recall and precision at or above the floors`, () => {
    const s = own!.scores[kind];
    const line = `${kind}: recall ${s.matched}/${s.gold}, precision ${s.matched}/${s.extracted}`;
    assert.ok((s.recall ?? 0) >= OWN_EVAL_FLOORS.recall[kind], `${line}; recall floor ${OWN_EVAL_FLOORS.recall[kind]}`);
    assert.ok((s.precision ?? 0) >= OWN_EVAL_FLOORS.precision[kind], `${line}; precision floor ${OWN_EVAL_FLOORS.precision[kind]}`);
  });
}

test('own documents: no not-wage read as a wage, no fact from a silent document, every quote verbatim', () => {
  assert.equal(own!.notWagesHit, 0);
  assert.equal(own!.silentFacts, 0);
  assert.equal(own!.nonVerbatimQuotes, 0);
});
