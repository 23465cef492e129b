/**
 * Where XML stops being well-formed, for the error message. The runtime asks the browser whether a
 * feed parses without `DOMParser`'s error page (whose inline `style` is reported to a strict page's
 * CSP), and so has no line and column from it: this scanner finds the first problem itself, worded
 * like libxml2. It only words the message — the browser alone decides whether a feed is read — so
 * when it finds nothing the message simply says the feed is not well-formed.
 */

export interface XmlErrorAt {
  line: number;
  column: number;
  message: string;
}

const NAME_START = /[A-Za-z_:\u00c0-\uffff]/;
const NAME = /^[A-Za-z_:\u00c0-\uffff][\w.:\u00b7\u00c0-\uffff-]*/;
const REFERENCE = /^&(?:(amp|lt|gt|quot|apos)|#[0-9]+|#x[0-9a-fA-F]+);/;

function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

/** The first well-formedness problem of `text`, or undefined when this scanner sees none. */
export function xmlErrorAt(text: string): XmlErrorAt | undefined {
  const fail = (at: number, message: string): XmlErrorAt => ({ ...position(text, Math.min(at, text.length)), message });
  const stack: { name: string; at: number }[] = [];
  let rootDone = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const amp = text.indexOf('&', i);
    const next = lt < 0 ? amp : amp < 0 ? lt : Math.min(lt, amp);
    const end = next < 0 ? n : next;
    if (stack.length === 0 && text.slice(i, end).trim()) {
      return fail(i + text.slice(i, end).search(/\S/), rootDone ? 'Extra content at the end of the document' : "Start tag expected, '<' not found");
    }
    if (next < 0) break;
    i = next;
    if (text[i] === '&') {
      const ref = REFERENCE.exec(text.slice(i, i + 40));
      if (!ref) {
        const name = NAME.exec(text.slice(i + 1, i + 60));
        return fail(i, name && text[i + 1 + name[0].length] === ';' ? `Entity '${name[0]}' not defined` : "xmlParseEntityRef: no name, or ';' missing");
      }
      i += ref[0].length;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return fail(i, 'Comment not terminated');
      i = close + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return fail(i, 'CData section outside the root element');
      const close = text.indexOf(']]>', i + 9);
      if (close < 0) return fail(i, 'CData section not finished');
      i = close + 3;
    } else if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) return fail(i, 'ParsePI: PI not terminated');
      i = close + 2;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      const m = /^<!DOCTYPE(?:[^>[\]"']|"[^"]*"|'[^']*')*(?:\[[\s\S]*?\])?\s*>/.exec(text.slice(i));
      if (!m) return fail(i, 'DOCTYPE improperly terminated');
      i += m[0].length;
    } else if (text[i + 1] === '/') {
      const m = /^<\/([^\s>]*)\s*(>)?/.exec(text.slice(i));
      const name = m?.[1] ?? '';
      const open = stack.pop();
      if (!open) return fail(i, rootDone ? 'Extra content at the end of the document' : 'StartTag: invalid element name');
      if (open.name !== name) return fail(i, `Opening and ending tag mismatch: ${open.name} line ${position(text, open.at).line} and ${name}`);
      if (!m?.[2]) return fail(i, `expected '>'`);
      i += m[0].length;
      if (stack.length === 0) rootDone = true;
    } else {
      if (!NAME_START.test(text[i + 1] ?? '')) return fail(i + 1, 'StartTag: invalid element name');
      if (rootDone && stack.length === 0) return fail(i, 'Extra content at the end of the document');
      const name = NAME.exec(text.slice(i + 1))![0];
      let j = i + 1 + name.length;
      const seen = new Set<string>();
      for (;;) {
        const ws = /^\s*/.exec(text.slice(j, j + 1000))![0].length;
        j += ws;
        if (j >= n) return fail(j, `Premature end of data in tag ${name} line ${position(text, i).line}`);
        if (text.startsWith('/>', j)) {
          j += 2;
          if (stack.length === 0) rootDone = true;
          break;
        }
        if (text[j] === '>') {
          j++;
          stack.push({ name, at: i });
          break;
        }
        if (ws === 0) return fail(j, 'attributes construct error');
        const attr = NAME.exec(text.slice(j, j + 1000))?.[0];
        if (!attr) return fail(j, 'error parsing attribute name');
        if (seen.has(attr)) return fail(j, `Attribute ${attr} redefined`);
        seen.add(attr);
        j += attr.length;
        const eq = /^\s*=\s*/.exec(text.slice(j, j + 1000));
        if (!eq) return fail(j, `Specification mandates value for attribute ${attr}`);
        j += eq[0].length;
        const q = text[j];
        if (q !== '"' && q !== "'") return fail(j, `AttValue: " or ' expected`);
        const close = text.indexOf(q, j + 1);
        if (close < 0) return fail(j, 'AttValue: not terminated');
        const value = text.slice(j + 1, close);
        const lt2 = value.indexOf('<');
        if (lt2 >= 0) return fail(j + 1 + lt2, "Unescaped '<' not allowed in attributes values");
        for (let a = value.indexOf('&'); a >= 0; a = value.indexOf('&', a + 1)) {
          if (!REFERENCE.exec(value.slice(a, a + 40))) return fail(j + 1 + a, "xmlParseEntityRef: no name, or ';' missing");
        }
        j = close + 1;
      }
      i = j;
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    return fail(n, `Premature end of data in tag ${open.name} line ${position(text, open.at).line}`);
  }
  if (!rootDone) return fail(n, 'Document is empty');
  return undefined;
}
