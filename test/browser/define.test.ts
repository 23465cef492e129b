import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/runtime/define.js';

class FirstCopy extends LitElement {}
class SecondCopy extends LitElement {}
class OtherVersion extends LitElement {}
class Renamed extends LitElement {}

describe('defining elements safely', () => {
  it('defining the same class twice (two copies of the script) throws nothing', () => {
    defineElement('sw-test-twice', FirstCopy);
    expect(() => defineElement('sw-test-twice', FirstCopy)).not.to.throw();
    expect(customElements.get('sw-test-twice')).to.equal(FirstCopy);
  });

  it('a tag held by another class keeps the first definition and warns instead of throwing', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('sw-test-taken', SecondCopy);
      expect(() => defineElement('sw-test-taken', OtherVersion)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('sw-test-taken')).to.equal(SecondCopy);
    expect(String(warnings[0])).to.contain('<sw-test-taken> is already defined');
  });

  it('the same class can be registered under a second tag name', () => {
    defineElement('sw-test-a', Renamed);
    defineElement('sw-test-b', Renamed);
    expect(customElements.get('sw-test-b')).to.exist;
    expect(document.createElement('sw-test-b')).to.be.instanceOf(Renamed);
  });
});

describe('two copies of this library on one page', () => {
  it('a second copy of one of our elements takes the tag quietly: no warning, the first stays', () => {
    const LIBRARY = Symbol.for('solidarity-widgets.element');
    class CopyA extends LitElement {
      static [LIBRARY] = true;
    }
    class CopyB extends LitElement {
      static [LIBRARY] = true;
    }
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('sw-test-copies', CopyA);
      defineElement('sw-test-copies', CopyB);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('sw-test-copies')).to.equal(CopyA);
    expect(warnings).to.deep.equal([]);
  });
});
