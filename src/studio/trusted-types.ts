/**
 * The studio runs under `require-trusted-types-for 'script'; trusted-types lit-html solidarity-widgets`.
 * Two sinks need a policy: Lit's templates (HTML) and the URLs of the build worker and the service
 * worker (script URLs). This module must be evaluated before Lit's: it creates the one policy the
 * library's bundles share (`Symbol.for('solidarity-widgets.trusted-types-policy')`, see
 * scripts/rollup/trusted-types.mjs), so Lit and the feed parser reuse it, and adds `createScriptURL`
 * for exactly two same-origin scripts — nothing else can become a script URL.
 */
interface Policy {
  createHTML(s: string): unknown;
  createScriptURL(s: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(s: string): string; createScriptURL(s: string): string }): Policy;
}

const KEY = Symbol.for('solidarity-widgets.trusted-types-policy');
/** Script files, relative to the page, that may run as workers. */
export const WORKER_SCRIPTS = ['studio/worker.js', 'sw.js'] as const;

function allowedScript(url: string): string {
  const u = new URL(url, document.baseURI);
  const ok = u.origin === location.origin && WORKER_SCRIPTS.some((s) => new URL(s, document.baseURI).href === u.href.split('?')[0]);
  if (!ok) throw new TypeError(`not a studio script: ${url}`);
  return u.href;
}

let policy: Policy | undefined;
const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
const shared = (globalThis as Record<symbol, Policy | undefined>)[KEY];
if (tt && !shared) {
  try {
    // Lit's own identity policy for its developer-authored templates (what lit-html would create).
    policy = tt.createPolicy('solidarity-widgets', { createHTML: (s) => s, createScriptURL: allowedScript });
    (globalThis as Record<symbol, Policy>)[KEY] = policy;
  } catch {
    policy = undefined; // The name is not allowed here (no Trusted Types enforcement expected then).
  }
} else policy = shared;

/** A worker script URL that passes Trusted Types: only the studio's own two scripts. */
export function scriptUrl(relative: (typeof WORKER_SCRIPTS)[number]): string {
  const href = allowedScript(relative);
  return policy && 'createScriptURL' in policy ? (policy.createScriptURL(href) as string) : href;
}
