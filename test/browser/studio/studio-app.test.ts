// <studio-app> in the browser, with its real build worker: a campaigner's path through the four
// steps, with the keyboard and a screen reader's view of the page (axe), in English and Khmer.
import { expect } from '@open-wc/testing';
import 'axe-core';
import '../../../src/elements/all.js';
import { defineStudio } from '../../../src/studio/define.js';
import { StudioApp } from '../../../src/studio/studio-app.js';
import { EXAMPLE_FILES, exampleBytes, moduleWorker, storeName, until } from './helpers.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
StudioApp.createWorker = moduleWorker;
defineStudio();

async function violations(el: Element): Promise<string[]> {
  // Colour contrast depends on the page's stylesheet, which these tests do not load.
  const result = await axe.run(el, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')} — ${v.help}`);
}

const mounted: Element[] = [];
async function mount(name = storeName()): Promise<StudioApp> {
  const app = document.createElement('studio-app');
  app.storeName = name;
  document.body.append(app);
  mounted.push(app);
  await until(() => app.dataset.loaded === 'true', 5000, 'the project to load');
  return app;
}

const $ = <T extends Element = HTMLElement>(app: Element, sel: string): T => {
  const el = app.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
};
const live = (app: Element): string => app.querySelector('.build-status .live')?.textContent ?? '';

async function drop(app: StudioApp): Promise<void> {
  const dt = new DataTransfer();
  for (const f of EXAMPLE_FILES) dt.items.add(new File([new TextDecoder().decode(await exampleBytes(f))], f, { type: 'text/plain' }));
  $(app, '.drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  await until(() => /^(Built|បានបង្កើត)/.test(live(app)), 10000, 'the build');
}

async function settle(app: StudioApp): Promise<void> {
  await app.whenSaved();
  await app.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  for (const el of app.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await el.updateComplete;
}

async function tab(app: StudioApp, name: string): Promise<void> {
  $(app, `#tab-${name}`).click();
  await settle(app);
}

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  document.documentElement.lang = 'en';
});

describe('<studio-app>', () => {
  it('drop documents → built feed; review decisions survive a reload of the app', async () => {
    const name = storeName();
    const app = await mount(name);
    await drop(app);
    expect(live(app)).to.match(/^Built: \d+ items, \d+ wages, \d+ incidents and \d+ actions from 4 documents\.$/);
    expect([...app.querySelectorAll('.doc-list code')].map((c) => c.textContent)).to.deep.equal(EXAMPLE_FILES);
    await tab(app, 'review');
    const rows = [...app.querySelectorAll<HTMLTableRowElement>('tr.fact')];
    expect(rows.length).to.be.greaterThan(5);
    const firstPlain = rows.findIndex((r) => !r.querySelector('.badge'));
    expect(rows.slice(0, firstPlain).every((r) => r.querySelector('.badge'))).to.equal(true, 'uncertain facts first');
    const id = rows[1].dataset.id!;
    $(rows[1], 'button.reject').click();
    await settle(app);
    await until(() => app.querySelector(`tr.fact[data-id="${id}"]`)?.classList.contains('status-rejected') === true, 5000, 'the rejection');
    expect($(app, `tr.fact[data-id="${id}"] button.reject`).getAttribute('aria-pressed')).to.equal('true');
    // A pressed toggle pressed again takes the decision back.
    $(app, `tr.fact[data-id="${id}"] button.reject`).click();
    await until(() => app.querySelector(`tr.fact[data-id="${id}"]`)?.classList.contains('status-pending') === true, 5000, 'the undo');
    $(app, `tr.fact[data-id="${id}"] button.reject`).click();
    await until(() => app.querySelector(`tr.fact[data-id="${id}"]`)?.classList.contains('status-rejected') === true, 5000, 'the rejection again');
    await settle(app);
    app.remove();

    const again = await mount(name);
    await until(() => again.querySelector(`tr.fact[data-id="${id}"]`) !== null, 10000, 'the rebuilt review');
    expect(again.querySelector(`tr.fact[data-id="${id}"]`)!.classList.contains('status-rejected')).to.equal(true);
    expect($(again, '#tab-review').getAttribute('aria-selected')).to.equal('true', 'back on the step the reviewer left');
  });

  it('tabs follow the ARIA pattern: one tab stop, arrows, Home and End', async () => {
    const app = await mount();
    const tabs = [...app.querySelectorAll<HTMLElement>('[role=tab]')];
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    const key = async (k: string): Promise<string> => {
      (document.activeElement ?? tabs[0]).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await settle(app);
      return document.activeElement?.id ?? '';
    };
    tabs[0].focus();
    expect(await key('ArrowRight')).to.equal('tab-review');
    expect(await key('ArrowLeft')).to.equal('tab-build');
    expect(await key('ArrowLeft')).to.equal('tab-embed', 'wraps around');
    expect(await key('Home')).to.equal('tab-build');
    expect(await key('End')).to.equal('tab-embed');
    expect($(app, '#tab-embed').getAttribute('aria-selected')).to.equal('true');
    expect($(app, '[role=tabpanel]').getAttribute('aria-labelledby')).to.equal('tab-embed');
  });

  it('speaks Khmer: labels, digits and the page language', async () => {
    const app = await mount();
    await drop(app);
    ($(app, '#ui-lang') as HTMLSelectElement).value = 'km';
    $(app, '#ui-lang').dispatchEvent(new Event('change'));
    await settle(app);
    expect(document.documentElement.lang).to.equal('km');
    expect($(app, '#tab-build').textContent).to.equal('១. បង្កើត');
    expect(live(app)).to.match(/^បានបង្កើត៖ ធាតុ [០-៩]+ /);
    expect(live(app)).not.to.match(/[0-9]/);
  });

  it('a pasted text needs its date; with it, it becomes a document', async () => {
    const app = await mount();
    $<HTMLDetailsElement>(app, 'details.paste').open = true;
    const form = $<HTMLFormElement>(app, 'details.paste form');
    ($(app, '#paste-text') as HTMLTextAreaElement).value = 'Police arrested 23 workers in Phnom Penh on 2 January 2014.';
    form.requestSubmit();
    await settle(app);
    expect($(app, '#paste-published').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement?.id).to.equal('paste-published');
    ($(app, '#paste-published') as HTMLInputElement).value = '2014-01-05';
    form.requestSubmit();
    await until(() => /^Built/.test(live(app)), 10000, 'the build');
    expect($(app, '.doc-list code').textContent).to.equal('pasted/2014-01-05-police-arrested-23-workers-in-phnom.txt');
  });

  it('a missed fact is added from a sentence chosen with the keyboard', async () => {
    const app = await mount();
    await drop(app);
    await tab(app, 'review');
    const select = $<HTMLSelectElement>(app, '#doc-sentence');
    select.selectedIndex = 2;
    select.dispatchEvent(new Event('change'));
    await settle(app);
    const quote = select.options[2].textContent!.replace(/…$/, '');
    $(app, '.documents button.primary').click();
    await settle(app);
    expect(document.activeElement?.id).to.equal('add-fact', 'focus moves to the new fact form');
    const set = (id: string, v: string): void => {
      const el = $<HTMLInputElement | HTMLSelectElement>(app, id);
      el.value = v;
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    set('#add-date', '2014-01-04');
    set('#add-kind', 'ban');
    set('#add-title', 'Ban on assemblies');
    await settle(app);
    $<HTMLFormElement>(app, 'form.add').requestSubmit();
    await settle(app);
    await until(() => app.querySelector('tr.fact.status-added') !== null, 5000, 'the added row');
    expect($(app, 'tr.fact.status-added').textContent).to.contain('Ban on assemblies');
    $(app, 'tr.fact.status-added button.link').click();
    await settle(app);
    expect($(app, '#fact-detail blockquote').textContent).to.contain(quote.slice(0, 40));
  });

  it('has no axe violations on each step, with a fact open', async () => {
    const app = await mount();
    await drop(app);
    expect(await violations(app), 'build').to.deep.equal([]);
    await tab(app, 'review');
    $(app, 'tr.fact button.link').click();
    await settle(app);
    expect(await violations(app), 'review').to.deep.equal([]);
    await tab(app, 'embed');
    expect(await violations(app), 'embed').to.deep.equal([]);
  });
});
