import { expect } from '@open-wc/testing';
import { isDocumentFile as builderIsDocument } from '../../../src/builder/build.js';
import { splitFrontMatter } from '../../../src/builder/read/frontmatter.js';
import { checkPaste, intake, isDocumentFile, mergeDocs, normalizePath, pastedDocument, readSources, relativePaths } from '../../../src/studio/intake.js';
import { picked } from './helpers.js';

describe('reading dropped files as the CLI reads a folder', () => {
  it('paths are relative to the dropped folder', () => {
    expect(relativePaths(['seeds/a.txt', 'seeds/sub/b.md', 'seeds/sources.json'])).to.deep.equal(['a.txt', 'sub/b.md', 'sources.json']);
    expect(relativePaths(['a.txt', 'b.md'])).to.deep.equal(['a.txt', 'b.md'], 'loose files keep their names');
    expect(relativePaths(['one/a.txt', 'two/b.txt'])).to.deep.equal(['one/a.txt', 'two/b.txt'], 'two folders: nothing shared to strip');
    expect(relativePaths(['/seeds/a.txt', '/seeds/b.txt'])).to.deep.equal(['a.txt', 'b.txt'], 'entries API paths start with a slash');
    expect(normalizePath('a/./b/../c')).to.equal('a/c');
    expect(normalizePath('../x')).to.equal('../x');
  });

  it('reads documents in path order, skips hidden folders and node_modules, counts other files, takes sources.json', async () => {
    const r = await intake(picked({
      'docs/z.txt': 'Zed.',
      'docs/a.md': '# A',
      'docs/.git/HEAD.txt': 'no',
      'docs/node_modules/x/readme.md': 'no',
      'docs/.hidden.txt': 'no',
      'docs/photo.jpg': 'jpeg',
      'docs/sub/b.html': '<p>b</p>',
      'docs/sources.json': JSON.stringify({ 'z.txt': { published: '2014-01' }, '../secret.txt': {}, './sub/b.html': { publisher: 'P' } }),
    }));
    expect(r.docs.map((d) => d.file)).to.deep.equal(['a.md', 'sub/b.html', 'z.txt']);
    expect(r.ignored).to.equal(1);
    expect(r.sources?.messages).to.deep.equal(['sources.json: key "../secret.txt" points outside the folder: refused']);
    expect(Object.keys(r.sources!.sources!)).to.deep.equal(['z.txt', 'sub/b.html']);
  });

  it('refuses an oversized file before reading it, with the CLI\'s message', async () => {
    let read = false;
    const r = await intake([{ path: 'big.txt', size: 3 * 1024 * 1024, read: async () => ((read = true), new Uint8Array()) }], 2 * 1024 * 1024);
    expect(read).to.equal(false);
    expect(r.docs[0]).to.deep.equal({ file: 'big.txt', error: 'file is too large (3.0 MB; the limit is 2.0 MB): not read' });
  });

  it('a broken sources.json is reported as the CLI reports it', () => {
    expect(readSources('{ nope').error).to.match(/^sources\.json is not valid JSON: /);
    expect(readSources('[1]').error).to.equal('sources.json must be an object: { "<file>": { … } }');
    expect(readSources('{}', 2 * 1024 * 1024).error).to.equal('sources.json is too large (2.0 MB)');
  });

  it('knows the same document types as the builder', () => {
    for (const name of ['a.txt', 'a.TXT', 'a.md', 'a.markdown', 'a.html', 'a.htm', 'a.xhtml', 'a.json', 'a.pdf', 'a.txt.bak', 'html', '.md']) {
      expect(isDocumentFile(name)).to.equal(builderIsDocument(name), name);
    }
  });

  it('a file dropped again replaces the old copy', () => {
    const merged = mergeDocs([{ file: 'b.txt', text: 'old' }, { file: 'a.txt', text: 'a' }], [{ file: 'b.txt', text: 'new' }, { file: '0.txt', text: '0' }]);
    expect(merged.map((d) => `${d.file}:${d.text}`)).to.deep.equal(['0.txt:0', 'a.txt:a', 'b.txt:new']);
  });

  it('pasted text becomes a document with front matter the builder reads back exactly', () => {
    expect(checkPaste({ text: ' ', published: 'January' })).to.deep.equal(['text', 'published']);
    const doc = pastedDocument({ text: 'Workers marched on 2 January.', published: '2014-01', publisher: 'Union: "CLEC"\nnews', title: '', url: 'https://x.example/a' }, new Set(['pasted/2014-01-workers-marched-on-2-january.txt']));
    expect(doc.file).to.equal('pasted/2014-01-workers-marched-on-2-january-2.txt');
    const fm = splitFrontMatter(doc.text!);
    if (!fm.ok) throw new Error(fm.reason);
    expect(fm.data).to.deep.equal({ published: '2014-01', publisher: 'Union: "CLEC" news', url: 'https://x.example/a' }, 'the date stays a string, quotes and colons survive');
    expect(fm.body.trim()).to.equal('Workers marched on 2 January.');
  });
});
