import { expect } from '@open-wc/testing';
import { emptyDecisions, reject } from '../../../src/studio/decisions.js';
import { ProjectStore } from '../../../src/studio/store.js';
import { storeName } from './helpers.js';

describe('the project store (IndexedDB)', () => {
  it('keeps documents as bytes, decisions and interface state across instances', async () => {
    const name = storeName();
    const a = new ProjectStore(name);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a]);
    await a.save({ docs: [{ file: 'a.txt', bytes }, { file: 'pasted/b.txt', text: '---\npublished: "2014"\n---\nB' }], settings: { title: 'T' } });
    await a.save({ decisions: reject(emptyDecisions(), 'incident-x', 'wrong'), ui: { tab: 'review', selected: 'incident-x' } });
    a.close();
    const b = new ProjectStore(name);
    const loaded = await b.load();
    expect(loaded.docs![0].bytes).to.be.instanceOf(Uint8Array);
    expect([...loaded.docs![0].bytes!]).to.deep.equal([...bytes]);
    expect(loaded.docs![1].text).to.contain('published');
    expect(loaded.settings).to.deep.equal({ title: 'T' });
    expect(loaded.decisions!.facts).to.deep.equal([{ id: 'incident-x', op: 'drop', reason: 'wrong' }]);
    expect(loaded.ui).to.deep.equal({ tab: 'review', selected: 'incident-x' });
    await b.save({ sources: undefined });
    await b.clear();
    expect(await b.load()).to.deep.equal({});
    b.close();
  });
});
