// The Review step (issue 23, point 7): only facts the text leaves in doubt are flagged, each with its
// reason in words; a group of facts can be accepted at once; a refused edit puts the focus on the
// field at fault, its message beside it; on a phone the facts are cards, not a table to scroll sideways.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/all.js';
import { defineStudio } from '../../../src/studio/define.js';
import { StudioApp } from '../../../src/studio/studio-app.js';
import { moduleWorker, storeName, until } from './helpers.js';

StudioApp.createWorker = moduleWorker;
defineStudio();

// The studio page's own stylesheet: widths are measured as the published page lays them out.
before(async () => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/studio/studio.css' });
  const loaded = new Promise((r) => link.addEventListener('load', r));
  document.head.append(link);
  await loaded;
});

// Our own text: a strike dated in its sentence, an arrest dated by the sentence before, a beating the
// text only reports ("reportedly"), and a demand with its pay period.
const TEXT = `---
published: 2014-03-10
---
Workers at the Sun Garment factory in Phnom Penh went on strike on 3 March 2014. Police arrested 12 of them outside the factory. On 5 March, police reportedly beat 3 union leaders in Phnom Penh. Unions demand a minimum wage of US$160 a month.
`;

const mounted: StudioApp[] = [];
afterEach(async () => {
  for (const el of mounted.splice(0)) el.remove();
  await setViewport({ width: 1280, height: 900 });
});

const live = (app: Element): string => app.querySelector('.build-status .live')?.textContent ?? '';

async function settle(app: StudioApp): Promise<void> {
  await app.whenSaved();
  await app.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  for (const el of app.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await el.updateComplete;
}

async function reviewOf(text = TEXT): Promise<StudioApp> {
  const app = document.createElement('studio-app');
  app.storeName = storeName();
  document.body.append(app);
  mounted.push(app);
  await until(() => app.dataset.loaded === 'true', 5000, 'the project to load');
  const dt = new DataTransfer();
  dt.items.add(new File([text], 'strike.txt', { type: 'text/plain' }));
  app.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  await until(() => /^Built/.test(live(app)), 10000, 'the build');
  app.querySelector<HTMLElement>('#tab-review')!.click();
  await settle(app);
  await until(() => app.querySelector('.fact') !== null, 5000, 'the facts');
  return app;
}

const titles = (els: Iterable<Element>): string[] => [...els].map((e) => e.querySelector('button.link')?.textContent?.trim() ?? '');

describe('Review step', () => {
  it('flags only the fact the text leaves in doubt, and says why in words', async () => {
    const app = await reviewOf();
    const facts = [...app.querySelectorAll('.fact')];
    expect(facts.length).to.equal(4);
    const flagged = facts.filter((f) => f.querySelector('.badge'));
    expect(flagged.length).to.equal(1, `flagged: ${titles(flagged).join(' | ')}`);
    expect(flagged[0].textContent).to.contain('5 March 2014');
    expect(flagged[0].querySelector('.reasons')!.textContent).to.contain('reports it without confirming it');
    // The arrest takes its date from the sentence before: a note in the fact's detail, not a flag.
    expect(app.querySelector('[data-group="check"]')!.querySelectorAll('.fact').length).to.equal(1);
    // In Khmer, the reason is Khmer too.
    const lang = app.querySelector<HTMLSelectElement>('#ui-lang')!;
    lang.value = 'km';
    lang.dispatchEvent(new Event('change'));
    await settle(app);
    const reason = app.querySelector('[data-group="check"] .reasons')!.textContent!;
    expect(reason).to.match(/[\u1780-\u17ff]/);
    expect(reason).not.to.match(/[A-Za-z]/);
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await settle(app);
  });

  it('accepts a group at once, leaving facts already decided as they are', async () => {
    const app = await reviewOf();
    const group = app.querySelector<HTMLElement>('[data-group="incidents"]')!;
    const ids = [...group.querySelectorAll<HTMLElement>('.fact')].map((f) => f.dataset.id!);
    expect(ids.length).to.equal(2);
    group.querySelector<HTMLElement>(`.fact[data-id="${ids[0]}"] button.reject`)!.click();
    await settle(app);
    await until(() => app.querySelector(`.fact[data-id="${ids[0]}"]`)?.classList.contains('status-rejected') === true, 5000, 'the rejection');
    const button = app.querySelector<HTMLButtonElement>('[data-group="incidents"] button.accept-group')!;
    expect(button.textContent).to.contain('1');
    button.click();
    await settle(app);
    await until(() => app.querySelector(`.fact[data-id="${ids[1]}"]`)?.classList.contains('status-accepted') === true, 5000, 'the group accepted');
    expect(app.querySelector(`.fact[data-id="${ids[0]}"]`)!.classList.contains('status-rejected')).to.equal(true);
    expect(app.querySelector('[data-group="incidents"] button.accept-group')).to.equal(null, 'nothing left to accept');
    expect(app.querySelector('[data-group="check"] .fact')!.classList.contains('status-pending')).to.equal(true, 'other groups untouched');
  });

  it('after an invalid edit, the focus is on the field at fault with its message beside it', async () => {
    const app = await reviewOf();
    app.querySelector<HTMLElement>('[data-group="incidents"] .fact button.link')!.click();
    await settle(app);
    const date = app.querySelector<HTMLInputElement>('#edit-date')!;
    date.value = 'early March';
    date.dispatchEvent(new Event('input'));
    const count = app.querySelector<HTMLInputElement>('#edit-injured-v')!;
    count.value = 'many';
    count.dispatchEvent(new Event('input'));
    await settle(app);
    app.querySelector<HTMLFormElement>('form.edit')!.requestSubmit();
    await settle(app);
    await until(() => document.activeElement === app.querySelector('#edit-date'), 2000, 'the focus on the date');
    const focused = document.activeElement as HTMLInputElement;
    expect(focused.getAttribute('aria-invalid')).to.equal('true');
    const message = document.getElementById(focused.getAttribute('aria-describedby')!)!;
    expect(message.textContent!.trim()).not.to.equal('');
    expect(focused.closest('.field')!.contains(message)).to.equal(true, 'the message is beside its field');
    // Fixing the date moves the focus on to the next field at fault.
    focused.value = '2014-03-03';
    focused.dispatchEvent(new Event('input'));
    await settle(app);
    app.querySelector<HTMLFormElement>('form.edit')!.requestSubmit();
    await settle(app);
    await until(() => document.activeElement === app.querySelector('#edit-injured-v'), 2000, 'the focus on the count');
    expect(app.querySelector('#edit-injured-v')!.getAttribute('aria-describedby')).to.equal('edit-injured-error');
  });

  it('on a 375 px phone the facts are cards, and nothing scrolls sideways', async () => {
    await setViewport({ width: 375, height: 800 });
    const app = await reviewOf();
    await until(() => app.querySelector('.fact-cards') !== null, 3000, 'the cards');
    expect(app.querySelector('table.facts')).to.equal(null);
    expect(app.querySelectorAll('li.fact-card').length).to.equal(4);
    for (const card of app.querySelectorAll<HTMLElement>('li.fact-card')) {
      expect(card.scrollWidth, card.dataset.id).to.be.at.most(card.clientWidth + 1);
      expect(card.querySelector('button.accept'), 'decisions on the card').to.exist;
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
  });
});
