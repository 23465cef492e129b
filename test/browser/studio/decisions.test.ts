import { expect } from '@open-wc/testing';
import {
  accept, add, additionId, decisionFor, edit, edited, emptyDecisions, fromCorrections, reject, removeAddition, statusOf, toCorrections, undo,
} from '../../../src/studio/decisions.js';

const incident = { id: 'incident-2014-01-03-killing-abc', date: '2014-01-03', kind: 'killing', title: 'Shooting', deaths: { value: 4, qualifier: 'at-least' }, sources: [{ item: 'i', quote: 'q' }] };

describe('review decisions are a corrections.json', () => {
  it('accepting, rejecting and undoing a fact change its status and its one correction', () => {
    let d = emptyDecisions();
    expect(statusOf(d, incident.id)).to.equal('pending');
    d = accept(d, incident.id);
    expect(statusOf(d, incident.id)).to.equal('accepted');
    d = reject(d, incident.id, '  not in Cambodia ');
    expect(statusOf(d, incident.id)).to.equal('rejected');
    expect(toCorrections(d)).to.deep.equal({ version: 1, corrections: [{ op: 'drop', id: incident.id, reason: 'not in Cambodia' }] });
    d = undo(d, incident.id);
    expect(statusOf(d, incident.id)).to.equal('pending');
    expect(toCorrections(d).corrections).to.deep.equal([]);
  });

  it('an edit keeps only the fields that differ from the built fact; null removes a field', () => {
    let d = edit(emptyDecisions(), incident, { title: 'Shooting on Veng Sreng Boulevard', date: '2014-01-03', deaths: { qualifier: 'at-least', value: 4 } });
    expect(decisionFor(d, incident.id)).to.deep.equal({ id: incident.id, op: 'fix', set: { title: 'Shooting on Veng Sreng Boulevard' } });
    d = edit(d, incident, { deaths: undefined, place: undefined });
    expect(decisionFor(d, incident.id)?.set).to.deep.equal({ title: 'Shooting on Veng Sreng Boulevard', deaths: null }, 'a field the fact has is removed; one it lacks is no change');
    const { deaths: _removed, ...rest } = incident;
    expect(edited(incident, decisionFor(d, incident.id))).to.deep.equal({ ...rest, title: 'Shooting on Veng Sreng Boulevard' });
  });

  it('an edit undone by typing the old value back is a plain acceptance', () => {
    let d = edit(emptyDecisions(), incident, { title: 'Other' });
    d = edit(d, incident, { title: 'Shooting' });
    expect(decisionFor(d, incident.id)).to.deep.equal({ id: incident.id, op: 'accept' });
  });

  it('accepting an edited fact keeps the edit', () => {
    const d = accept(edit(emptyDecisions(), incident, { title: 'Other' }), incident.id);
    expect(statusOf(d, incident.id)).to.equal('edited');
    expect(toCorrections(d).corrections[0]).to.deep.include({ op: 'fix', set: { title: 'Other' } });
  });

  it('an added fact gets the id the builder will give it, and decisions about it come after the addition', () => {
    const addition = { list: 'incidents' as const, fact: { kind: 'ban', date: '2014-01-04', title: 'Ban on assemblies', sources: [{ file: 'a.md', quote: 'The ban.' }] } };
    let d = add(emptyDecisions(), addition);
    const id = additionId(addition);
    expect(id).to.match(/^incident-2014-01-04-added-[0-9a-f]{8}$/);
    d = accept(d, id);
    d = reject(d, incident.id);
    expect(toCorrections(d).corrections.map((c) => c.op)).to.deep.equal(['drop', 'add', 'accept']);
    expect(removeAddition(d, 0).added).to.deep.equal([]);
  });

  it('a corrections file round-trips, keeping what the studio does not edit', () => {
    const file = {
      version: 1,
      corrections: [
        { op: 'accept', id: 'a', reason: 'checked' },
        { op: 'fix', id: 'b', set: { title: 'T' } },
        { op: 'drop', id: 'c' },
        { op: 'add', list: 'wages', fact: { amount: 1, currency: 'USD', period: 'month', role: 'demand', sources: [{ file: 'f', quote: 'q' }] } },
        { op: 'add', list: 'incidents', fact: { date: '2014', kind: 'ban', title: 'x', sources: [{ item: 'item-1', quote: 'q' }] } },
        { op: 'rename', id: 'd' },
      ],
    };
    const d = fromCorrections(file);
    if ('error' in d) throw new Error(d.error);
    expect(d.facts.map((f) => f.op)).to.deep.equal(['accept', 'fix', 'drop']);
    expect(d.added).to.have.length(1);
    expect(d.other).to.have.length(2, 'an add by item id and an unknown op are kept as they are');
    expect(toCorrections(d)).to.deep.equal(file);
    expect(fromCorrections({ nope: true })).to.have.property('error');
    expect(fromCorrections([])).to.deep.equal(emptyDecisions(), 'a bare list is accepted, as the CLI accepts it');
  });
});
