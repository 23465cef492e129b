import { expect } from '@open-wc/testing';
import { TestFeedView, mount, settled, shadow, unmountAll } from '../../test/fixtures/runtime/test-view.js';

// A page CSS reset that strips every element, custom-element hosts included, beats :host (page rules
// win over a shadow tree's normal rules). Found by the hostile-page row of the hardening matrix
// (issue 10): the theme's colours, line height and word wrapping must survive it.
const RESETS = {
  'all: unset': '* { all: unset; } html, body { display: block; }',
  'the new CSS reset': '*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }',
};
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Reset',
  items: [{ id: 'a', title: `A${'x'.repeat(400)}` }],
};

describe('a page whose CSS reset strips the element itself', () => {
  afterEach(() => unmountAll());

  for (const [name, css] of Object.entries(RESETS)) {
    it(`${name}: the dark theme's colours, the line height, box sizing and the wrapping of long words hold`, async () => {
      const plain = mount('<div style="width: 320px"><sw-test-view theme="dark"></sw-test-view></div>');
      const ref = plain.querySelector<TestFeedView>('sw-test-view')!;
      ref.feed = feed;
      await settled(ref);
      const want = getComputedStyle(shadow(ref).querySelector('.view')!);
      const inner = getComputedStyle(shadow(ref).querySelector('li')!);
      const expected = { color: want.color, background: want.backgroundColor, lineHeight: want.lineHeight, wrap: want.overflowWrap, boxSizing: inner.boxSizing };
      unmountAll();

      const wrap = mount(`<style>${css}</style><div id="column"><sw-test-view theme="dark"></sw-test-view></div>`);
      (wrap.querySelector('#column') as HTMLElement).style.setProperty('width', '320px');
      (wrap.querySelector('#column') as HTMLElement).style.setProperty('display', 'block');
      const el = wrap.querySelector<TestFeedView>('sw-test-view')!;
      el.feed = feed;
      await settled(el);
      expect(getComputedStyle(el).display, 'the reset did reach the host').to.not.equal('block');
      const view = shadow(el).querySelector('.view')!;
      const got = getComputedStyle(view);
      const li = getComputedStyle(shadow(el).querySelector('li')!);
      expect({ color: got.color, background: got.backgroundColor, lineHeight: got.lineHeight, wrap: got.overflowWrap, boxSizing: li.boxSizing }).to.deep.equal(expected);
      expect(expected.boxSizing).to.equal('border-box');
      expect(expected.color).to.equal('rgb(236, 236, 241)');
      expect(view.getBoundingClientRect().width, 'a long word wraps inside 320 px').to.be.at.most(321);
    });
  }
});
