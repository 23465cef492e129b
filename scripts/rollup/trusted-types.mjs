// Lit creates a Trusted Types policy named 'lit-html' when its module loads. A second copy of Lit on
// the same page (the library loaded twice, two versions side by side, or a host page that uses Lit
// itself) then throws "Policy with name lit-html already exists" under `require-trusted-types-for`,
// and the whole bundle fails. This rewrites that one call in our bundles: reuse the policy an earlier
// copy of this library created, else create 'solidarity-widgets' (which partners list in their CSP),
// else 'lit-html'. The policy is Lit's own identity policy for its developer-authored templates.
const CALL = /([A-Za-z_$][\w$]*)\.createPolicy\((["'])lit-html\2\s*,/;

const HELPER = `const __swTrustedTypesPolicy = (tt, options) => {
  const key = Symbol.for('solidarity-widgets.trusted-types-policy');
  const shared = globalThis[key];
  if (shared) return shared;
  let policy;
  for (const name of ['solidarity-widgets', 'lit-html']) {
    try { policy = tt.createPolicy(name, options); break; } catch { /* name taken or not allowed */ }
  }
  if (policy) globalThis[key] = policy;
  return policy;
};
`;

export function litTrustedTypesPolicy() {
  return {
    name: 'lit-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      if (!CALL.test(code)) this.error('lit-html no longer calls createPolicy("lit-html", …): update scripts/rollup/trusted-types.mjs');
      return { code: HELPER + code.replace(CALL, '__swTrustedTypesPolicy($1,'), map: null };
    },
  };
}
