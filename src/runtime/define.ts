/**
 * Registers `ctor` as `tag` without ever throwing: two copies of the script on one page (a plugin and
 * a theme both adding it) must not break the page. Same class already there → nothing to do; another
 * class holds the tag → a console warning, and the page keeps the first definition.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag);
  if (existing === ctor) return;
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
