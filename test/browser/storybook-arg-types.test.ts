// Storybook's controls and docs tables (issue 23, point 9), made from custom-elements.json by
// .storybook/arg-types.ts: only the public API is listed, and a CSS part named like an attribute
// (`view`, `inset`, `from`, `country`) has its own row without a control, while the attribute keeps
// its control.
import { expect } from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import { argTypesFor, type ArgType } from '../../.storybook/arg-types.js';

const TAGS = ['action-map', 'incident-timeline', 'press-release-list', 'wage-gap-gauge'];
interface Member { name: string; kind?: string; privacy?: string; static?: boolean }
interface Decl { tagName?: string; members?: Member[]; attributes?: { name: string }[]; cssParts?: { name: string }[] }
const decls = (manifest as { modules: { declarations?: Decl[] }[] }).modules.flatMap((m) => m.declarations ?? []);
const byTag = (tag: string): Decl => decls.find((d) => d.tagName === tag)!;
const inCategory = (types: Record<string, ArgType>, category: string): ArgType[] => Object.values(types).filter((t) => t.table.category === category);

describe('Storybook argTypes from custom-elements.json', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: a CSS part named like an attribute has its own row and no control; the attribute keeps its control`, () => {
      const types = argTypesFor(tag, manifest);
      const attrs = new Set((byTag(tag).attributes ?? []).map((a) => a.name));
      const parts = byTag(tag).cssParts ?? [];
      expect(parts.length).to.be.greaterThan(0);
      for (const p of parts) {
        const row = Object.values(types).find((t) => t.table.category === 'css shadow parts' && t.name === p.name);
        expect(row, `part ${p.name}`).to.exist;
        expect(row!.control, `part ${p.name} has no control`).to.equal(false);
        if (attrs.has(p.name)) {
          expect(types[p.name].table.category, `attribute ${p.name}`).to.equal('attributes');
          expect(types[p.name].control, `attribute ${p.name} keeps its control`).to.not.equal(false);
        }
      }
      expect(inCategory(types, 'attributes').map((t) => t.name).sort()).to.deep.equal([...attrs].sort());
    });

    it(`<${tag}>: lists only public properties, never internal state`, () => {
      const types = argTypesFor(tag, manifest);
      const props = inCategory(types, 'properties').map((t) => t.name);
      expect(props.filter((n) => n.startsWith('_'))).to.deep.equal([]);
      for (const internal of ['_query', 'chosenPublisher', 'kit', 'observer', 'cached', 'shownIndex']) expect(props, internal).not.to.include(internal);
      expect(props).to.include('feed');
      expect(Object.values(types).every((t) => t.table.category !== 'properties' || !!t.description), 'every listed property is documented').to.equal(true);
    });
  }

  it('with a manifest that still lists private members, they stay out of the tables', () => {
    const fake = { modules: [{ declarations: [{ tagName: 'x-y', attributes: [{ name: 'view', fieldName: 'view' }], cssParts: [{ name: 'view', description: 'the view' }],
      members: [{ kind: 'field', name: 'view', attribute: 'view' }, { kind: 'field', name: 'kit', privacy: 'private' }, { kind: 'field', name: '_query' }, { kind: 'field', name: 'feed', description: 'the feed' }] }] }] };
    const types = argTypesFor('x-y', fake);
    expect(Object.keys(types).sort()).to.deep.equal(['feed', 'part:view', 'view']);
    expect(types.view.table.category).to.equal('attributes');
    expect(types['part:view'].control).to.equal(false);
  });
});
