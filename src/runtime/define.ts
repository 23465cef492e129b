/** Set on every element class of this library, by every copy of it (`Symbol.for` is page-wide). */
export const LIBRARY_ELEMENT = Symbol.for('solidarity-widgets.element');

/**
 * Registers `ctor` as `tag` without ever throwing: two copies of the script on one page (a plugin and
 * a theme both adding it, or a per-element script beside the all-in-one) must not break the page.
 * Same class already there, or the same element from another copy of this library → nothing to do;
 * an unrelated class holds the tag → a console warning, and the page keeps the first definition.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing && LIBRARY_ELEMENT in existing && LIBRARY_ELEMENT in ctor) return;
  if (existing) {
    console.warn(
      `solidarity-widgets: <${tag}> is already defined by another script; keeping that definition. ` +
        `Call ${ctor.name}.define('another-tag') to use this copy under another name.`,
    );
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (err) {
    // A class can only be registered once per registry: reusing it under a second tag needs a subclass.
    try {
      registry.define(tag, class extends (ctor as unknown as typeof HTMLElement) {});
    } catch {
      console.warn(`solidarity-widgets: could not define <${tag}>:`, err);
    }
  }
}
