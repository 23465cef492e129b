import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM (`element.style.setProperty`). A strict
 * `style-src 'self'` policy blocks `style="…"` attributes and `styleMap`'s first render, but not the
 * CSSOM, so positions computed from data (an event's place on the axis) go through here.
 * Usage: `<li ${cssVars({ '--x': 120 })}>`; numbers are written as they are (use them with `calc`).
 */
class CssVarsDirective extends Directive {
  private last: Record<string, string> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssVars() belongs on an element: <li ${cssVars(...)}>');
  }

  render(_vars: Record<string, string | number>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Record<string, string | number>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.last)) {
      if (!(name in vars)) style.removeProperty(name);
    }
    const next: Record<string, string> = {};
    for (const [name, value] of Object.entries(vars)) {
      const v = String(value);
      next[name] = v;
      if (this.last[name] !== v) style.setProperty(name, v);
    }
    this.last = next;
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
