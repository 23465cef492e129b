// `cem analyze` (npm run build) reads this file. The manifest is the public API (Storybook's
// controls, the README's reference and the WordPress blocks are made from it), so private and
// protected members, and `_`-prefixed ones, are left out of it: they are internal state.
export default {
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const d of mod.declarations ?? []) {
            if (!Array.isArray(d.members)) continue;
            d.members = d.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'));
          }
        }
      },
    },
  ],
};
