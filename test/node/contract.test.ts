/**
 * The feed contract is written once, in src/feed/contract.ts: the validator, the types, the JSON
 * Schema (and the WordPress plugin's copy of it) and every label table follow from it. A change of
 * one kind in a temporary copy of the sources shows each derived artefact following after the
 * generator runs, or failing loudly when it is not rerun.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as contract from '../../src/feed/contract.js';

const ROOT = new URL('../../', import.meta.url).pathname;

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'node_modules' || e.name === 'generated' ? [] : walk(join(d, e.name))) : [join(d, e.name)],
  );

describe('the feed contract, written once', () => {
  test('each enumeration is written out in src/feed/contract.ts and nowhere else', () => {
    const files = ['src', 'scripts', 'wordpress', 'bench', 'stories']
      .flatMap((d) => walk(join(ROOT, d)))
      .filter((f) => /\.(ts|mjs|js|php|json)$/.test(f) && !f.endsWith('.test.ts'));
    const lists = {
      INCIDENT_KINDS: contract.INCIDENT_KINDS,
      ACTION_KINDS: contract.ACTION_KINDS,
      WAGE_ROLES: contract.WAGE_ROLES,
      WAGE_PERIODS: contract.WAGE_PERIODS,
      QUALIFIERS: contract.QUALIFIERS,
    };
    for (const [name, values] of Object.entries(lists)) {
      // The values as a list literal, in any language: quoted, in order, separated by commas.
      const re = new RegExp(values.map((v) => `['"]${v}['"]`).join('\\s*,\\s*'));
      const found = files.filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length));
      assert.deepEqual(found, ['src/feed/contract.ts'], `${name} is written out in`);
    }
  });

  describe('one kind changed in a temporary copy of the sources', () => {
    let dir: string;
    const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });

    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'sw-contract-'));
      for (const p of ['src', 'scripts/gen-schema.mjs', 'scripts/schema-draft04.mjs', 'schema', 'tsconfig.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      const file = join(dir, 'src/feed/contract.ts');
      const text = readFileSync(file, 'utf8');
      const changed = text.replace(`'ban', 'other',`, `'ban', 'lockout', 'other',`);
      assert.notEqual(changed, text, 'the copy of contract.ts has the new kind');
      writeFileSync(file, changed);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('the committed schema is reported stale until the generator runs', () => {
      const stale = run(['--import', 'tsx', 'scripts/gen-schema.mjs', '--check']);
      assert.equal(stale.status, 1);
      assert.match(stale.stderr, /schema\/feed\.schema\.json is stale/);
      assert.equal(run(['--import', 'tsx', 'scripts/gen-schema.mjs']).status, 0);
      assert.equal(run(['--import', 'tsx', 'scripts/gen-schema.mjs', '--check']).status, 0);
      const schema = JSON.parse(readFileSync(join(dir, 'schema/feed.schema.json'), 'utf8'));
      assert.ok(schema.$defs.incident.properties.kind.enum.includes('lockout'));
    });

    test("the WordPress plugin's schema (draft-04, for PHP) and validateFeed follow", async () => {
      const gen = await import(pathToFileURL(join(dir, 'scripts/gen-schema.mjs')).href);
      assert.ok(gen.draft04(gen.feedSchema()).$defs.incident.properties.kind.enum.includes('lockout'));
      const { validateFeed } = await import(pathToFileURL(join(dir, 'src/feed/validate.ts')).href);
      const feed = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/campaign.json'), 'utf8'));
      feed._campaign.incidents[0].kind = 'lockout';
      assert.deepEqual(validateFeed(feed), []);
    });

    test('every label table without the new kind fails the type check, naming it', () => {
      writeFileSync(
        join(dir, 'tsconfig.labels.json'),
        JSON.stringify({
          extends: './tsconfig.json',
          compilerOptions: { noEmit: true, rootDir: '.' },
          include: [],
          files: [
            'src/feed/fallback-html.ts',
            'src/elements/incident-timeline/incident-timeline.strings.ts',
            'src/elements/action-map/action-map.strings.ts',
            'src/studio/strings.ts',
          ],
        }),
      );
      const tsc = run([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.labels.json']);
      assert.notEqual(tsc.status, 0);
      // One block per error: its first line names the file, the lines under it the missing key.
      const blocks = tsc.stdout.split(/^(?=src\/)/m).filter((b) => b.includes("'lockout'"));
      const failing = new Set(blocks.map((b) => b.slice(0, b.indexOf('('))));
      assert.deepEqual(
        [...failing].sort(),
        [
          'src/elements/action-map/action-map.strings.ts',
          'src/elements/incident-timeline/incident-timeline.strings.ts',
          'src/feed/fallback-html.ts',
          'src/studio/strings.ts',
        ],
        tsc.stdout,
      );
    });
  });
});
