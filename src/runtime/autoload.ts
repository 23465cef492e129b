/**
 * Defines elements the first time their tag is in the document: `loaders` maps each tag to the
 * import of its define file. A page that shows one element downloads that element only. Tags already
 * in the page are loaded at once; later ones (a CMS block, a single-page app) when they are added.
 * A tag some other script already defined is left to it. A load that fails leaves the element's own
 * content (its no-JavaScript fallback) on the page and says why on the console, once.
 * Elements created inside another component's shadow root are not seen: import their define file.
 */
export function autoload(loaders: Record<string, () => Promise<unknown>>, root: Document = document): MutationObserver {
  const pending = new Map(Object.entries(loaders));
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) scan(n as Element);
  });
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    if (!pending.size) observer.disconnect();
    if (customElements.get(tag)) return;
    loader().catch((err: unknown) => console.warn(`solidarity-widgets: could not load <${tag}>:`, err));
  };
  const scan = (node: Element | Document) => {
    for (const tag of [...pending.keys()]) {
      if ((node as Element).localName === tag || node.querySelector(tag)) load(tag);
    }
  };
  scan(root);
  if (pending.size) observer.observe(root.documentElement, { childList: true, subtree: true });
  return observer;
}
