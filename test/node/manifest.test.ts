import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error plain ESM script without types
import { withReference } from '../../scripts/docs.mjs';

const root = new URL('../../', import.meta.url);
const TAGS = ['action-map', 'incident-timeline', 'press-release-list', 'wage-gap-gauge'];

interface Attr { name: string; type?: { text?: string }; description?: string }
interface Decl { tagName?: string; customElement?: boolean; attributes?: Attr[]; events?: { name?: string }[]; cssParts?: unknown[]; cssProperties?: unknown[] }

const manifestPath = new URL('custom-elements.json', root);
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : null;
const decls: Decl[] = manifest ? manifest.modules.flatMap((m: { declarations?: Decl[] }) => m.declarations ?? []) : [];
const byTag = (tag: string) => decls.find((d) => d.tagName === tag);

describe('custom-elements.json (built by npm run build), the source of Storybook controls and the README', () => {
  test('exists and lists the four elements by tag name', () => {
    assert.ok(manifest, 'custom-elements.json is missing: run npm run build');
    assert.deepEqual(TAGS.filter((t) => !byTag(t)), []);
  });

  for (const tag of TAGS) {
    test(`<${tag}>: every attribute has a type and a description, including src, lang and theme`, () => {
      const attrs = byTag(tag)?.attributes ?? [];
      const names = attrs.map((a) => a.name);
      for (const needed of ['src', 'lang', 'theme']) assert.ok(names.includes(needed), `${tag} documents ${needed}`);
      const undocumented = attrs.filter((a) => !a.type?.text || !a.description?.trim()).map((a) => a.name);
      assert.deepEqual(undocumented, [], `${tag} attributes without type or description`);
    });

    test(`<${tag}>: documents its feed events, CSS parts and custom properties`, () => {
      const d = byTag(tag)!;
      const events = (d.events ?? []).map((e) => e.name);
      for (const e of ['feed-load', 'feed-error', 'feed-warning']) assert.ok(events.includes(e), `${tag} documents ${e}`);
      assert.ok((d.cssParts ?? []).length > 0, `${tag} documents CSS parts`);
      assert.ok((d.cssProperties ?? []).length > 0, `${tag} documents custom properties`);
    });
  }

  test('lists only the public API: no private, protected or _-prefixed member (internal state such as chosenPublisher, kit, shownIndex)', () => {
    assert.ok(manifest, 'custom-elements.json is missing: run npm run build');
    const internal = (manifest.modules as { declarations?: { name: string; members?: { name: string; privacy?: string }[] }[] }[])
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.members ?? []).filter((x) => x.privacy === 'private' || x.privacy === 'protected' || x.name.startsWith('_')).map((x) => `${d.name}.${x.name}`));
    assert.deepEqual(internal, []);
  });

  test('declares only what the package exports and the events the elements fire, not their internal helpers', () => {
    assert.ok(manifest, 'custom-elements.json is missing: run npm run build');
    const all = (manifest.modules as { path: string; declarations?: { kind: string; name: string; customElement?: boolean; superclass?: { name?: string } }[] }[])
      .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));
    const names = all.map((d) => d.name);
    for (const internal of ['Gestures', 'Playback', 'AxisController', 'VirtualListController', 'ListGeometry', 'HashSyncController', 'clusterPoints', 'buildGauge']) {
      assert.ok(!names.includes(internal), `${internal} is internal`);
    }
    for (const d of all) {
      const fromElementFile = /^src\/elements\/([a-z-]+)\/\1\.ts$/.test(d.path);
      assert.ok(d.customElement || d.superclass?.name === 'Event' || fromElementFile, `${d.kind} ${d.name} (${d.path}) is not public API`);
    }
  });

  test('the README reference is generated from it and up to date (run `npm run docs` after changing JSDoc)', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    assert.equal(withReference(readme, manifest), readme);
  });
});
