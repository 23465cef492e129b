import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isHttpUrl, safeHttpUrl } from './urls.js';

const TRICKY = [
  'https://example.org/a b', 'http://ex ample.org/', 'javascript:alert(1)', 'java\nscript:alert(1)', 'https:', 'https://', 'http:///x',
  'HTTPS://EXAMPLE.org/%zz', 'https://user:pw@example.org:8080/p?q#f', 'https://[::1]/', 'https://1.2.3.4.5/', 'https://xn--a/',
  'data:text/html,x', 'file:///etc/passwd', '//example.org/x', '/relative', 'mailto:a@example.org', `https://example.org/${'a'.repeat(2100)}`,
  ' https://example.org/trim ', 'https://example.org/\u0000', 'ftp://example.org/',
];

describe('safeHttpUrl', () => {
  test('keeps a link exactly when isHttpUrl accepts what it resolves to', () => {
    const check = (value: string, base?: string) => {
      const out = safeHttpUrl(value, base);
      let href: string | undefined;
      // A blank value is no link, even beside a base address.
      if (value.trim() === '') return assert.equal(out, undefined);
      try {
        href = (base ? new URL(value.trim(), base) : new URL(value.trim())).href;
      } catch {
        href = undefined;
      }
      assert.equal(out, href !== undefined && isHttpUrl(href) ? href : undefined, JSON.stringify([value, base]));
    };
    for (const v of TRICKY) {
      check(v);
      check(v, 'https://partner.example/campaign/');
    }
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (u) => check(u)), { numRuns: 500 });
    fc.assert(fc.property(fc.string(), (s) => check(s, 'https://partner.example/')), { numRuns: 500 });
  });
});
