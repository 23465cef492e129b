import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { toKhmerDigits } from '../runtime/format.js';
import type { Locale } from '../runtime/i18n.js';
import { StudioActionEvent, type StudioAction } from './events.js';

/** A count as the studio writes it: ungrouped, in Khmer digits in Khmer. */
export const studioCount = (v: number, locale: Locale): string => (locale === 'km' ? toKhmerDigits(String(v)) : String(v));

/**
 * What every studio panel shares: it renders into the light DOM (the studio page styles it), speaks
 * the interface's language, and asks `<studio-app>` to act instead of changing the project itself.
 */
export class StudioPanel extends LitElement {
  @property() locale: Locale = 'en';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected act(action: StudioAction): void {
    this.dispatchEvent(new StudioActionEvent(action));
  }

  protected n(v: number): string {
    return studioCount(v, this.locale);
  }
}
