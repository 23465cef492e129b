import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bareMarkup, inertXml } from './inert-markup.js';
import { FeedReadError } from './errors.js';

/** Every `<` of `s` starts a bare tag: `<name>` or `</name>`, a name with no space, `/` or `>`. */
function onlyBareTags(s: string): boolean {
  for (let i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
    if (!/^<\/?[A-Za-z][^\s/>]*>/.test(s.slice(i))) return false;
  }
  return true;
}

describe('bareMarkup: HTML reduced to element names and text before any parser sees it', () => {
  test('attributes go, whatever the quoting; names and text stay', () => {
    assert.equal(bareMarkup('<p class="a">Talks <b>resumed</b>.</p>'), '<p>Talks <b>resumed</b>.</p>');
    assert.equal(bareMarkup('<img src=x onerror=alert(1)>'), '<img>');
    assert.equal(bareMarkup('<img alt=">" onerror="alert(1)">after'), '<img>after', 'a quoted > does not end the tag');
    assert.equal(bareMarkup("<a title='x>y' href=javascript:alert(1)>link</a>"), '<a>link</a>');
    assert.equal(bareMarkup('<img onerror=alert(1) x=a\'b>text'), '<img>text', 'a quote inside an unquoted value is part of it');
    assert.equal(bareMarkup('<svg/onload=alert(1)>'), '<svg>');
    assert.equal(bareMarkup('<div\tonclick\n=\n"x"\f>t</div onclick=y>'), '<div>t</div>');
    assert.equal(bareMarkup('<br/><hr />'), '<br><hr>');
  });

  test('comments, doctypes, processing instructions and bogus comments go; a stray < is text', () => {
    assert.equal(bareMarkup('a<!-- <img onerror=x> -->b'), 'ab');
    assert.equal(bareMarkup('a<!-->b<!--->c<!-- x --!>d'), 'abcd');
    assert.equal(bareMarkup('<!DOCTYPE html><?xml x?></3 x>t'), 't');
    assert.equal(bareMarkup('1 < 2 and 3 <4'), '1 &lt; 2 and 3 &lt;4');
    assert.equal(bareMarkup('end <'), 'end &lt;');
  });

  test('<style> and <script> go whole, content included (a strict CSP reports an inline <style> even in an inert document)', () => {
    assert.equal(bareMarkup('a<style>@import "x"; p{}</style>b<SCRIPT type=x>if (a<b) alert(1)</SCRIPT >c'), 'abc');
    assert.equal(bareMarkup('<svg><style>x</style></svg>t'), '<svg></svg>t');
    assert.equal(bareMarkup('a<style>never closed <p>'), 'a');
    assert.equal(bareMarkup('<style></styles></style>after'), 'after');
  });

  test('a tag the input ends inside is dropped, as the HTML parser drops it', () => {
    assert.equal(bareMarkup('text <img src=x onerror=alert(1)'), 'text ');
    assert.equal(bareMarkup('text <a title="never closed>more'), 'text ');
  });

  test('text without markup is returned as it is', () => {
    for (const s of ['plain', 'AT&T &amp; co', '', 'ក្រុមហ៊ុន']) assert.equal(bareMarkup(s), s);
  });

  test('any string (property test, 3,000 runs): only bare tags remain, and a second pass changes nothing', () => {
    const piece = fc.oneof(
      fc.constantFrom('<', '>', '"', "'", '=', '/', ' ', '\n', '-', '!', '?', '<!--', '-->', '--!>', '<!', '</', 'a', 'img', 'onerror', 'x', '&', '`'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        const out = bareMarkup(s);
        assert.ok(onlyBareTags(out), `${JSON.stringify(s)} → ${JSON.stringify(out)}`);
        assert.equal(bareMarkup(out), out);
      }),
      { numRuns: 3000, seed: 10 },
    );
  });
});

describe('inertXml: feed XML whose XHTML, SVG and MathML stay plain elements', () => {
  test('the three active namespaces are renamed; feed namespaces are not', () => {
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p onclick="x">Hi</p></div></content></feed>';
    const out = inertXml(atom);
    assert.match(out, /xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    assert.match(out, /<div xmlns="urn:x-inert:1999\/xhtml">/);
    assert.equal(inertXml('<r><s xmlns="http://www.w3.org/2000/svg"/><m:math xmlns:m="http://www.w3.org/1998/Math/MathML"/></r>'),
      '<r><s xmlns="urn:x-inert:2000/svg"/><m:math xmlns:m="urn:x-inert:1998/Math/MathML"/></r>');
  });

  test('a namespace spelled with references is renamed too', () => {
    assert.equal(inertXml('<r><b xmlns = "http://www.w3.org/1999/&#x78;html" onclick="x"/></r>'), '<r><b xmlns = "urn:x-inert:reference" onclick="x"/></r>');
    assert.equal(inertXml("<r xmlns:h='http&#58;//www.w3.org/1999/xhtml'/>"), '<r xmlns:h="urn:x-inert:reference"/>');
  });

  test('entity declarations are refused with a reason', () => {
    assert.throws(
      () => inertXml('<!DOCTYPE r [<!ENTITY e "<x xmlns=\'http://www.w3.org/1999/xhtml\' onclick=\'x\'/>">]><r>&e;</r>'),
      (e: unknown) => e instanceof FeedReadError && e.code === 'format' && /entities/.test(e.message),
    );
  });
});
