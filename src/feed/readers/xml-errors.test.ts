import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { xmlErrorAt } from './xml-errors.js';

const at = (xml: string) => {
  const e = xmlErrorAt(xml);
  return e && `${e.line}:${e.column} ${e.message}`;
};

describe('xmlErrorAt: where XML stops being well-formed, worded like libxml2', () => {
  test('the common breakages of hand-made feeds, with line and column', () => {
    assert.equal(at('<rss version="2.0"><channel><title>Broken</title><item><title>Unclosed</item></channel></rss>'), '1:71 Opening and ending tag mismatch: title line 1 and item');
    assert.equal(at('<rss>\n<channel><title>AT&T</title></channel></rss>'), "2:19 xmlParseEntityRef: no name, or ';' missing");
    assert.equal(at('<rss><title>&nbsp;</title></rss>'), "1:13 Entity 'nbsp' not defined");
    assert.equal(at('<rss><channel><title>Cut'), '1:25 Premature end of data in tag title line 1');
    assert.equal(at('<rss/><rss/>'), '1:7 Extra content at the end of the document');
    assert.equal(at('<rss a="1<2"/>'), "1:10 Unescaped '<' not allowed in attributes values");
    assert.equal(at('<rss a=1/>'), `1:8 AttValue: " or ' expected`);
    assert.equal(at('<rss a="1" a="2"/>'), '1:12 Attribute a redefined');
    assert.equal(at('<.>'), '1:2 StartTag: invalid element name');
    assert.equal(at('<rss><!-- open'), '1:6 Comment not terminated');
    assert.equal(at(''), '1:1 Document is empty');
    assert.equal(at('hello'), "1:1 Start tag expected, '<' not found");
  });

  test('well-formed XML gets no message: prolog, doctype, comments, PIs, CDATA, references, namespaces', () => {
    const ok = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<!-- a comment --><?xml-stylesheet href="s.xsl" type="text/xsl"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title a='x &amp; y'>A &lt; B &#233; &#xE9;</title>
<description><![CDATA[<p>Hi & bye</p>]]></description><dc:creator>x</dc:creator><empty/></channel></rss>
<!-- after -->`;
    assert.equal(xmlErrorAt(ok), undefined);
  });

  test('every real-world RSS and Atom file of ../shared/data that parses gets no message', { skip: existsSync('../shared/data/rss') ? false : '../shared/data is not present' }, () => {
    let checked = 0;
    const readmes = ['rss', 'atom'].map((d) => readFileSync(`../shared/data/${d}/README.md`, 'utf8')).join('\n');
    const broken = /Not well-formed XML[^\n]*(?:\n[^\n]+)*/i.exec(readmes)?.[0] ?? '';
    for (const dir of ['rss', 'atom']) {
      for (const f of readdirSync(`../shared/data/${dir}`).filter((x) => !x.endsWith('.md'))) {
        const text = readFileSync(`../shared/data/${dir}/${f}`, 'utf8').replace(/^\ufeff/, '').trimStart();
        const e = xmlErrorAt(text);
        // The shared README names the files xmllint rejects; the others must scan clean.
        if (e) assert.ok(broken.includes(f), `${f}: ${e.line}:${e.column} ${e.message}`);
        checked++;
      }
    }
    assert.ok(checked > 30);
  });
});
