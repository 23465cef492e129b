// `cem analyze` (npm run build) reads this file. The manifest is the public API (Storybook's
// controls, the README's reference and the WordPress blocks are made from it), so it keeps only what
// the package exports — the declarations `src/elements/index.ts` re-exports (the element classes and
// what their files export) and the base element — and the event classes the elements fire. Helpers
// that only the elements import, and private, protected and `_`-prefixed members (internal state),
// are left out.
const ENTRIES = ['src/elements/index.ts', 'src/runtime/feed-element.ts'];
const toTs = (path) => path.replace(/^\.\//, '').replace(/\.js$/, '.ts');

/** `module path → names` of the public declarations, following `export *` and named re-exports. */
function publicNames(modules) {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const names = new Map();
  const keep = (path, name) => {
    if (!names.has(path)) names.set(path, new Set());
    names.get(path).add(name);
  };
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const mod = byPath.get(path);
    if (!mod) return;
    for (const d of mod.declarations ?? []) if (d.customElement) keep(path, d.name);
    for (const e of mod.exports ?? []) {
      const target = e.declaration?.module ? toTs(e.declaration.module) : path;
      if (e.name === '*') visit(target);
      else if (e.kind === 'js') keep(target, e.declaration?.name ?? e.name);
    }
  };
  for (const entry of ENTRIES) {
    const mod = byPath.get(entry);
    if (entry.endsWith('feed-element.ts')) for (const d of mod?.declarations ?? []) if (d.kind === 'class') keep(entry, d.name);
    visit(entry);
  }
  return { names, visited: seen };
}

const isEventClass = (d) => d.kind === 'class' && d.superclass?.name === 'Event';

export default {
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules ?? [];
        const { names, visited } = publicNames(modules);
        for (const mod of modules) {
          const own = names.get(mod.path) ?? new Set();
          mod.declarations = (mod.declarations ?? []).filter((d) => own.has(d.name) || isEventClass(d));
          const kept = new Set(mod.declarations.map((d) => d.name));
          mod.exports = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition' || (e.name === '*' ? visited.has(mod.path) : kept.has(e.declaration?.name ?? e.name) || own.has(e.name)));
          for (const d of mod.declarations) {
            if (Array.isArray(d.members)) {
              d.members = d.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'));
            }
          }
        }
        customElementsManifest.modules = modules.filter((m) => m.declarations.length || m.exports.length);
      },
    },
  ],
};
