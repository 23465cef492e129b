// Installed in every hardening page (and its frames) as a Playwright init script, before any page
// script runs. Plain JavaScript on purpose: page.evaluate() of compiled TypeScript can carry helpers
// the page does not have. It only reads the DOM (no sink, no Trusted Types policy needed).
(() => {
  const URL_ATTRS = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'srcset', 'codebase', 'cite', 'manifest'];
  const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

  /** Every element under `root`, shadow roots included (open ones: ours are all open). */
  function* walk(root) {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      if (node.shadowRoot) stack.push(node.shadowRoot);
      const kids = node.children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      if (node.nodeType === 1) yield node;
    }
  }

  /** Text of `root` and every shadow root inside it, plus labels a screen reader reads. */
  function text(root) {
    const out = [];
    const stack = [root.shadowRoot ?? root];
    while (stack.length) {
      const node = stack.pop();
      if (node.nodeType === 3) {
        out.push(node.data);
        continue;
      }
      if (node.nodeType === 1) {
        for (const a of ['aria-label', 'title', 'alt']) if (node.hasAttribute(a)) out.push(' ', node.getAttribute(a), ' ');
        if (node.shadowRoot) stack.push(node.shadowRoot);
        // Light-DOM children of a custom element are not what it shows (they are its fallback).
        if (node.localName.includes('-') && node !== root) continue;
      }
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
    return out.join('');
  }

  function protocolOf(value) {
    try {
      return new URL(value, document.baseURI).protocol;
    } catch {
      return 'unparseable:';
    }
  }

  /**
   * What must never be in an element's shadow DOM: links that are not http(s) (or a #fragment),
   * inline handlers, style attributes, and elements other than those a harmless feed produces.
   */
  function scan(el, allowedTags) {
    const problems = [];
    const tags = new Set();
    const allowed = allowedTags ? new Set(allowedTags) : null;
    const roots = el.shadowRoot ? [el.shadowRoot] : [];
    for (const root of roots) {
      for (const node of walk(root)) {
        const name = node.localName;
        tags.add(name);
        if (allowed && !allowed.has(name)) problems.push(`unexpected <${name}>`);
        for (const attr of node.attributes) {
          const n = attr.name.toLowerCase();
          if (n.startsWith('on')) problems.push(`<${name} ${n}>`);
          if (n === 'style') problems.push(`<${name} style="${attr.value.slice(0, 60)}">`);
          if (n === 'srcdoc') problems.push(`<${name} srcdoc>`);
          if (URL_ATTRS.includes(n)) {
            const v = attr.value.trim();
            if (v.startsWith('#')) continue;
            const protocol = protocolOf(v);
            if (!SAFE_PROTOCOLS.has(protocol)) problems.push(`<${name} ${n}="${v.slice(0, 60)}"> (${protocol})`);
          }
        }
      }
    }
    return { problems, tags: [...tags].sort() };
  }

  /** How far the page scrolls sideways, in CSS pixels (0: it does not). */
  function overflowX() {
    const d = document.documentElement;
    return Math.max(d.scrollWidth, document.body?.scrollWidth ?? 0) - d.clientWidth;
  }

  /** The widest element among `els`: which one breaks the layout. */
  function widest(els) {
    let best = null;
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (!best || r.right > best.right) best = { id: el.id || el.localName, right: Math.round(r.right), width: Math.round(r.width) };
    }
    return best;
  }

  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  /** Resolves when `el` is no longer loading and has rendered (or after `ms`). */
  async function settled(el, ms = 10000) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      if (el.updateComplete) await el.updateComplete;
      if (el.shadowRoot && el.viewState && el.viewState !== 'loading') return true;
      await sleep(10);
    }
    return false;
  }

  /** Opens what a reader can open: disclosures, "read full text", one map marker's panel. */
  async function expand(el) {
    const root = el.shadowRoot;
    if (!root) return;
    for (const d of root.querySelectorAll('details')) d.open = true;
    for (const b of root.querySelectorAll('button[aria-expanded="false"]')) b.click();
    if (el.localName.endsWith('action-map') && el.getAttribute('view') !== 'table') {
      const until = performance.now() + 3000;
      while (!root.querySelector('.marker') && performance.now() < until) await sleep(20);
      const m = root.querySelector('.marker');
      if (m) m.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    if (el.updateComplete) await el.updateComplete;
  }

  /**
   * Mounts groups of elements (each group one payload), waits until all have settled, opens what a
   * reader could open, and returns what each element shows and any unsafe thing in it.
   * groups: [{ id, elements: [{ tag, attrs: {name: value}, feed, props }] }]
   */
  async function mountGroups(stageId, groups, allowedTags) {
    const stage = document.getElementById(stageId);
    stage.replaceChildren();
    const mounted = [];
    for (const g of groups) {
      const box = document.createElement('section');
      box.id = g.id;
      for (const [index, spec] of g.elements.entries()) {
        const el = document.createElement(spec.tag);
        for (const [k, v] of Object.entries(spec.attrs ?? {})) {
          try {
            el.setAttribute(k, v);
          } catch (e) {
            // A payload that is not a valid attribute value for this browser: keep going.
          }
        }
        if (spec.feed !== undefined) el.feed = spec.feed;
        for (const [k, v] of Object.entries(spec.props ?? {})) el[k] = v;
        box.append(el);
        mounted.push({ group: g.id, index, el });
      }
      stage.append(box);
    }
    await Promise.all(mounted.map((m) => settled(m.el)));
    await Promise.all(mounted.map((m) => expand(m.el)));
    await frame();
    return mounted.map(({ group, index, el }) => ({
      group,
      index,
      tag: el.localName,
      view: el.getAttribute('view') ?? '',
      viewState: el.viewState,
      text: text(el).replace(/\s+/g, ' ').trim(),
      ...scan(el, allowedTags?.[el.localName]),
    }));
  }

  /**
   * Values the test protocol cannot carry, rebuilt here: the string `"\u0000deep:N"` becomes an
   * array nested N deep (Playwright's serializer does not return from 1,000 levels).
   */
  function revive(value) {
    if (typeof value === 'string' && value.startsWith('\u0000deep:')) {
      let v = 1;
      for (let i = Number(value.slice(6)); i > 0; i--) v = [v];
      return v;
    }
    if (Array.isArray(value)) return value.map(revive);
    if (value && typeof value === 'object') {
      const out = {};
      for (const k of Object.keys(value)) Object.defineProperty(out, k, { value: revive(value[k]), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return value;
  }

  // Where a CSP violation came from (the harness records only the directive): the element and the script.
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const t = e.target;
    let where = '';
    for (let n = t; n && where.length < 300; n = n.parentNode || n.host) {
      if (n.nodeType === 1) where = `${n.localName}${n.id ? '#' + n.id : ''}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''} > ${where}`;
    }
    violations.push({ directive: e.violatedDirective, source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`, where, sample: e.sample });
  }, true);

  Object.defineProperty(window, '__hp', {
    value: Object.freeze({ walk, text, scan, overflowX, widest, settled, expand, mountGroups, frame, sleep, revive, violations }),
    enumerable: false,
  });
})();
