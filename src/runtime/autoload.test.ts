import { expect } from '@open-wc/testing';
import { autoload } from './autoload.js';

const tick = () => new Promise((r) => setTimeout(r, 0));
let n = 0;
const unique = () => `autoload-test-${++n}-${Math.random().toString(36).slice(2, 7)}`;

describe('autoload', () => {
  it('loads the tags already in the document, and only those', async () => {
    const [present, absent] = [unique(), unique()];
    const el = document.createElement(present);
    document.body.append(el);
    const loaded: string[] = [];
    const observer = autoload({ [present]: async () => loaded.push(present), [absent]: async () => loaded.push(absent) });
    await tick();
    expect(loaded).to.deep.equal([present]);
    observer.disconnect();
    el.remove();
  });

  it('loads a tag once when it is added later, however many times it appears', async () => {
    const tag = unique();
    const loaded: string[] = [];
    const observer = autoload({ [tag]: async () => loaded.push(tag) });
    const wrap = document.createElement('div');
    wrap.append(document.createElement(tag), document.createElement(tag));
    document.body.append(wrap);
    await tick();
    document.body.append(document.createElement(tag));
    await tick();
    expect(loaded).to.deep.equal([tag]);
    observer.disconnect();
    wrap.remove();
  });

  it('a failed load leaves the element and its content on the page and warns, without throwing', async () => {
    const tag = unique();
    const el = document.createElement(tag);
    el.textContent = 'Fallback text';
    document.body.append(el);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      autoload({ [tag]: () => Promise.reject(new Error('offline')) });
      await tick();
      await tick();
    } finally {
      console.warn = warn;
    }
    expect(el.isConnected).to.equal(true);
    expect(el.textContent).to.equal('Fallback text');
    expect(String(warnings[0]?.[0])).to.contain(`<${tag}>`);
    el.remove();
  });

  it('leaves a tag another script already defined alone', async () => {
    const tag = unique();
    customElements.define(tag, class extends HTMLElement {});
    document.body.append(document.createElement(tag));
    const loaded: string[] = [];
    autoload({ [tag]: async () => loaded.push(tag) });
    await tick();
    expect(loaded).to.deep.equal([]);
  });
});
