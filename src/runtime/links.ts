import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeHttpUrl } from '../feed/urls.js';

/**
 * A link to feed-supplied `url` when it is http(s); otherwise just the content, unlinked. The only way
 * elements render links from feed data, so `javascript:` and `data:` URLs can never reach an `href`.
 */
export function feedLink(url: string | undefined, content: unknown, part?: string): TemplateResult {
  const href = safeHttpUrl(url);
  if (!href) return html`${content}`;
  return html`<a href=${href} part=${ifDefined(part)} rel="noopener noreferrer">${content}</a>`;
}
