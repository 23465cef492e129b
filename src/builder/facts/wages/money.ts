/**
 * Amounts of money in a sentence: the figure with its multiplier ("Rp 2.4 million" → 2400000), its
 * currency before or after it ("Tk 16,000", "LSL1900", "16,000 taka", "Sri Lankan rupees 500"), and
 * which amounts only convert the one before them into another currency: "(US$192)",
 * "(USD 202 or Rs 13,758)", "500 gourdes, about $5". Figures with no currency are kept too: "from
 * rupees 500 to 1000" names its currency once for both.
 */
import { codeRef, GROUPED_ONLY, GUARDED_NAMES, nameRef, NAME_SOURCE, PREFIX_NAME_SOURCE, QUALIFIER_SOURCE, symbolRef,
  type CurrencyRef } from './currency.js';

export interface Money {
  /** The mention, currency and multiplier included. */
  start: number;
  end: number;
  amount: number;
  /** Undefined for a bare figure. */
  ref?: CurrencyRef;
  /** "Sri Lankan", "US": the words in front of a currency that say whose it is. */
  qualifier?: string;
  label: string;
  /** The amount only restates another one in another currency; `anchor` is that amount's index. */
  conversion: boolean;
  anchor?: number;
  /** End of the amount together with its conversions and their closing bracket. */
  trail: number;
}

const NUM = /(?<!\d|\d[.,])\d+(?:,\d{2,3})*(?:\.\d+)?/g;
const NOT_MONEY_AFTER = /^(?:\s?(?:%|percent\b|per\s?cent\b)|[:/]\d|-\d|\.\d|[-–]?(?:st|nd|rd|th)\b)/i;
const NOT_MONEY_BEFORE = /(?:\d[:/-]|\p{L}-|#)$/u;
const MULT = /^(?:\s?(million|billion|thousand|lakhs?|crores?)\b|(bn|mn|m|k)\b)/i;
const FACTOR: Record<string, number> = {
  million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, thousand: 1e3, k: 1e3,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
const SUFFIX_NAME = new RegExp(`^\\s?(?:(${QUALIFIER_SOURCE})\\s+)?(${NAME_SOURCE})\\b(?!\\s+of\\b)`, 'i');
const SUFFIX_CODE = /^\s?([A-Z]{3})\b/;
const PREFIX_SYM = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}$])((?:US|U\.S\.|A|AU|C|CA|NZ|HK|S|NT|R|Mex|MX|Z|N|J|TT|EC|RD|BZ|FJ|G)?\$`
    + String.raw`|GH[₵¢]|[£€¥₹৳៛₫฿₱₦₩₺₴₽₸₾₨₪₵₡₲₭₮₼֏]|S\/\.?|Bs\.?|F?CFAF?|MK`
    + String.raw`|Tk\.?|Rs\.?|Rp\.?|RM|R|KSh|Ksh|USh|UShs|TSh|N|K|[A-Z]{3})\s?$`,
  'du',
);
const PREFIX_NAME = new RegExp(`(?:^|[^\\p{L}])(?:(${QUALIFIER_SOURCE})\\s+)?(${PREFIX_NAME_SOURCE})\\s$`, 'diu');
const QUALIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${QUALIFIER_SOURCE})\\s+$`, 'diu');

const ABOUT = String.raw`(?:about|around|approx(?:\.|imately)?|roughly|some|nearly|almost|c\.|i\.e\.|equivalent\s+to)`;
const OPEN_CONVERSION = new RegExp(String.raw`^\s*\(\s*(?:${ABOUT}\s+)?$`, 'i');
const NEXT_IN_BRACKET = /^\s*(?:or|and|\/|,|to|-|–)\s*(?:(?:about|around|roughly)\s+)?$/i;
const APPOSED_CONVERSION = new RegExp(
  String.raw`^\s*(?:,|—|–|-|\/)?\s*(?:or\s+)?(?:${ABOUT}|the\s+equivalent\s+of)\s*$|^\s*,?\s*or\s*$|^\s*\/\s*$`,
  'i',
);
const EQUIVALENT_BEFORE = /\bequivalent\s+of\s*$/i;

function sameCurrency(a: CurrencyRef | undefined, b: CurrencyRef | undefined): boolean {
  return !!a && !!b && (a.code ?? a.family) === (b.code ?? b.family);
}

export function findMoney(text: string): Money[] {
  const out: Money[] = [];
  let lastEnd = 0;
  NUM.lastIndex = 0;
  for (let m = NUM.exec(text); m; m = NUM.exec(text)) {
    const ns = m.index;
    const ne = ns + m[0].length;
    let after = text.slice(ne, ne + 48);
    const before = text.slice(Math.max(lastEnd, ns - 40), ns);
    if (NOT_MONEY_AFTER.test(after) || NOT_MONEY_BEFORE.test(before)) continue;
    let amount = Number(m[0].replace(/,/g, ''));
    let end = ne;
    const mult = MULT.exec(after);
    if (mult) {
      amount *= FACTOR[(mult[1] ?? mult[2]).toLowerCase()];
      amount = Math.round(amount * 100) / 100;
      end += mult[0].length;
      after = after.slice(mult[0].length);
    }
    let start = ns;
    let ref: CurrencyRef | undefined;
    let qualifier: string | undefined;
    const sym = PREFIX_SYM.exec(before);
    const pre = sym ? (symbolRef(sym[1]) ?? (/^[A-Z]{3}$/.test(sym[1]) ? codeRef(sym[1]) : undefined)) : undefined;
    // "N30,000", "K4,800": a one-letter symbol only glued to a figure in the thousands, never "N95 masks".
    const loose = sym && GROUPED_ONLY.has(sym[1].toLowerCase())
      && (/\s$/.test(before) || (!m[0].includes(',') && amount < 1000));
    if (sym && pre && !loose) {
      ref = pre;
      start = ns - before.length + sym.indices![1][0];
      const window = text.slice(Math.max(lastEnd, start - 24), start);
      const q = QUALIFIER_BEFORE.exec(window);
      if (q) {
        qualifier = q[1];
        start -= window.length - q.indices![1][0];
      }
    } else {
      const nm = PREFIX_NAME.exec(before);
      if (nm) {
        ref = nameRef(nm[2]);
        qualifier = nm[1];
        start = ns - before.length + nm.indices![nm[1] ? 1 : 2][0];
      }
    }
    if (!ref) {
      let sn = SUFFIX_NAME.exec(after);
      const guard = sn ? GUARDED_NAMES[sn[2].toLowerCase()] : undefined;
      if (sn && guard && (amount < guard.least || !guard.after.test(after.slice(sn[0].length)))) sn = null;
      const sc = sn ? undefined : SUFFIX_CODE.exec(after);
      const post = sn ? nameRef(sn[2]) : sc ? codeRef(sc[1]) : undefined;
      if (post) {
        ref = post;
        qualifier = sn?.[1];
        end += (sn ?? sc)![0].length;
      }
    }
    // A figure glued to letters that name no currency is part of a word ("G20", "2nd").
    if (!ref && (/^\p{L}/u.test(text.slice(end, end + 1)) || /\p{L}$/u.test(before))) continue;
    if (!(amount > 0)) continue;
    out.push({ start, end, amount, ref, qualifier, label: text.slice(start, end), conversion: false, trail: end });
    lastEnd = end;
  }
  markConversions(text, out);
  return out;
}

function markConversions(text: string, money: Money[]): void {
  let open: number | undefined;
  for (let i = 1; i < money.length; i++) {
    const m = money[i];
    const p = money[i - 1];
    const gap = text.slice(p.end, m.start);
    if (open !== undefined && (gap.includes(')') || !NEXT_IN_BRACKET.test(gap))) open = undefined;
    if (!p.conversion && p.ref && OPEN_CONVERSION.test(gap)) {
      m.conversion = true;
      m.anchor = i - 1;
      open = i - 1;
    } else if (open !== undefined && p.conversion) {
      m.conversion = true;
      m.anchor = open;
    } else if (!p.conversion && p.ref && m.ref && !sameCurrency(p.ref, m.ref) && APPOSED_CONVERSION.test(gap)) {
      m.conversion = true;
      m.anchor = i - 1;
    }
  }
  for (let i = 0; i < money.length; i++) {
    const m = money[i];
    // "the local equivalent of £113.73": a conversion of pay the text does not give.
    if (!m.conversion && m.ref && EQUIVALENT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) {
      m.conversion = true;
    }
    if (m.anchor === undefined) continue;
    const a = money[m.anchor];
    a.trail = Math.max(a.trail, m.end);
  }
  for (const m of money) {
    if (m.conversion || m.trail === m.end) continue;
    const close = /^[^()]{0,24}?\)/.exec(text.slice(m.trail, m.trail + 26));
    if (close && text.slice(m.end, m.trail).includes('(')) m.trail += close[0].length;
  }
}
