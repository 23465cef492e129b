// The builder core in the browser, as the studio's worker runs it.
import { expect } from '@open-wc/testing';
import { buildFeed, renderReport } from '../../../src/builder/index.js';
import { BuildClient, lazyWorker, StaleResult } from '../../../src/studio/build-client.js';
import { BuildSession, hasCorrections } from '../../../src/studio/build-session.js';
import { checkReasons } from '../../../src/studio/uncertain.js';
import { exampleDocs, moduleWorker } from './helpers.js';

const NOW = new Date('2020-02-02T00:00:00Z');

async function someCorrections(): Promise<unknown> {
  const docs = await exampleDocs();
  const feed = buildFeed(docs, { now: NOW }).feed;
  const [first, second] = feed._campaign!.incidents!;
  return { version: 1, corrections: [{ op: 'drop', id: first.id }, { op: 'fix', id: second.id, set: { title: 'Fixed in a test' } }, { op: 'accept', id: 'no-such-fact' }] };
}

describe('the studio build session', () => {
  it('re-applying corrections to a finished build gives what a fresh build with them gives', async () => {
    const docs = await exampleDocs();
    const corrections = await someCorrections();
    const session = new BuildSession();
    const { base, reviewed } = session.build(docs, { messages: [] }, {}, undefined, undefined, NOW);
    expect(JSON.stringify(reviewed.feed)).to.equal(JSON.stringify(base.feed), 'no corrections: the base build');
    const corrected = session.correct(corrections);
    const fresh = buildFeed(docs, { now: NOW, corrections, correctionsFile: 'corrections.json' });
    expect(JSON.stringify(corrected.feed)).to.equal(JSON.stringify(fresh.feed));
    expect(corrected.report).to.equal(renderReport(fresh));
    expect(corrected.corrections!.stale).to.have.length(1);
    // And back: no corrections again is the base build again.
    expect(JSON.stringify(session.correct({ version: 1, corrections: [] }).feed)).to.equal(JSON.stringify(base.feed));
  });

  it('reports progress per document, item texts and builder notes', async () => {
    const docs = await exampleDocs();
    const seen: string[] = [];
    const { base } = new BuildSession().build(docs, { messages: [] }, { title: ' My campaign ', country: 'kh' }, undefined, (done, total, file) => seen.push(`${done}/${total} ${file}`), NOW);
    expect(seen).to.deep.equal(docs.map((d, i) => `${i + 1}/${docs.length} ${d.file}`));
    expect(base.feed.title).to.equal('My campaign');
    expect(base.feed._campaign!.country).to.equal('KH');
    for (const item of base.feed.items) expect(base.texts[item.id], item.id).to.be.a('string');
    const facts = [...base.feed._campaign!.wages!, ...base.feed._campaign!.incidents!, ...base.feed._campaign!.actions!];
    for (const f of facts) expect(base.notes[f.id], f.id).to.be.an('array');
  });

  it('asks to check only what the text leaves in doubt, and says which doubt', () => {
    expect(checkReasons(['date from "January 2"', 'date from an earlier sentence ("yesterday")'])).to.deep.equal([]);
    expect(checkReasons(['date from reported in the present tense: the published date'])).to.deep.equal([]);
    expect(checkReasons(['map marker at Berlin, seat of government and embassies of Germany'])).to.deep.equal([]);
    expect(checkReasons(['date from "today"', 'hedged in the text (reported, not confirmed)'])).to.deep.equal(['hedged']);
    expect(checkReasons(['US$80: no period stated, taken as a month'])).to.deep.equal(['period']);
    expect(checkReasons(['the text gives no day: after "on 12 August 2014" and by the published date', 'in quoted speech: someone\'s words, not the reporter\'s']))
      .to.deep.equal(['quoted', 'noDay']);
  });

  it('an empty corrections list builds like no corrections at all', () => {
    expect(hasCorrections(undefined)).to.equal(false);
    expect(hasCorrections({ version: 1, corrections: [] })).to.equal(false);
    expect(hasCorrections([])).to.equal(false);
    expect(hasCorrections({ version: 1, corrections: [{ op: 'drop', id: 'x' }] })).to.equal(true);
    expect(hasCorrections({ broken: true })).to.equal(true, 'a broken file is applied, so its error is reported');
  });
});

describe('the build worker', () => {
  it('builds off the main thread with progress, then applies corrections; the newest request wins', async () => {
    const client = new BuildClient(moduleWorker());
    try {
      const docs = await exampleDocs();
      const progress: number[] = [];
      const { base, reviewed } = await client.build(docs, { messages: [] }, {}, undefined, (done) => progress.push(done));
      expect(progress[progress.length - 1]).to.equal(docs.length);
      expect(base.feed.items.length).to.be.greaterThan(3);
      expect(reviewed.problems).to.deep.equal([]);
      const id = base.feed._campaign!.incidents![0].id;
      const first = client.correct({ version: 1, corrections: [{ op: 'accept', id }] });
      const second = client.correct({ version: 1, corrections: [{ op: 'drop', id }] });
      let stale = false;
      await first.catch((e) => (stale = e instanceof StaleResult));
      expect(stale).to.equal(true, 'an older correction is dropped once a newer one is asked for');
      const r = await second;
      expect(r.feed._campaign!.incidents!.some((i) => i.id === id)).to.equal(false);
      expect(r.corrections!.applied).to.have.length(1);
    } finally {
      client.dispose();
    }
  });

  it('a correction asked for while a build runs waits for that build instead of cancelling it', async () => {
    const client = new BuildClient(moduleWorker());
    try {
      const docs = await exampleDocs();
      const building = client.build(docs, { messages: [] }, {}, undefined);
      const correcting = client.correct({ version: 1, corrections: [] });
      const [{ base }, reviewed] = await Promise.all([building, correcting]);
      expect(JSON.stringify(reviewed.feed.items)).to.equal(JSON.stringify(base.feed.items));
    } finally {
      client.dispose();
    }
  });

  it('starts the worker (and loads the builder with its gazetteer) on the first build, not before', async () => {
    let started = 0;
    const client = new BuildClient(lazyWorker(() => {
      started++;
      return moduleWorker();
    }));
    try {
      expect(started).to.equal(0, 'opening the studio starts no worker');
      const docs = await exampleDocs();
      const { base } = await client.build(docs, { messages: [] }, {}, undefined);
      expect(started).to.equal(1);
      expect(base.feed._campaign!.incidents!.length).to.be.greaterThan(0, 'the build ran in the worker');
      await client.correct({ version: 1, corrections: [] });
      expect(started).to.equal(1, 'one worker for the whole session');
    } finally {
      client.dispose();
    }
  });
});
