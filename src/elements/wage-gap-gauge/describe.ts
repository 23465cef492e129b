import { truncateDate } from '../../feed/dates.js';
import type { FeedItem } from '../../feed/types.js';
import { dateText, numberText } from './format-cache.js';
import type { Locale } from '../../runtime/i18n.js';
import type { Figure, GaugeModel, GaugeNote } from './model.js';
import { currencyName, formatMoney, formatPercent } from './money.js';
import type { GaugeTarget } from './select.js';
import type { GaugeStrings } from './wage-gap-gauge.strings.js';

/** The words of the gauge: headline, gap, meter values and caption notes, all from the model. */
export interface GaugeText {
  headline: string;
  gap?: string;
  meter?: { min: number; max: number; now: number; text: string; label: string };
  notes: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function money(f: Pick<Figure, 'amount' | 'currency'>, locale: Locale): string {
  return formatMoney(f.amount, f.currency, locale);
}

/** The figure as the source states it, when the gauge shows it converted ("US$80 a month"). */
export function statedText(f: Figure, model: GaugeModel, s: GaugeStrings, locale: Locale): string | undefined {
  if (f.original.currency === f.currency && f.original.period === model.period) return undefined;
  return `${formatMoney(f.original.amount, f.original.currency, locale)} ${s.per[f.original.period]}`;
}

function noteText(n: GaugeNote, model: GaugeModel, s: GaugeStrings, locale: Locale): string {
  switch (n.kind) {
    case 'as-of':
      return s.asOf(dateText(n.date, locale));
    case 'rate': {
      const g = n.rate.given;
      const given = `${numberText(1, locale)} ${g.from} = ${numberText(g.rate, locale, { maximumSignificantDigits: 6 })} ${g.to}`;
      return s.rate(currencyName(n.rate.from, locale), currencyName(n.rate.to, locale), given, dateText(g.date, locale), g.source);
    }
    case 'no-rate':
      return s.noRate(currencyName(n.from, locale), currencyName(n.to, locale), currencyName(model.currency ?? n.from, locale));
    case 'left-out':
      return s.leftOut(s.role[n.role], formatMoney(n.amount, n.currency, locale), currencyName(n.to, locale));
    case 'working-time': {
      const parts: string[] = [];
      if (n.days !== undefined) parts.push(s.workingDays(numberText(n.days, locale, { maximumFractionDigits: 2 })));
      if (n.hours !== undefined) parts.push(s.workingHours(numberText(n.hours, locale, { maximumFractionDigits: 2 })));
      if (n.weeks) parts.push(s.weeks);
      return s.workingTime(s.perAdjective[n.period], parts);
    }
    case 'from-page':
      return s.fromPageNote;
  }
}

export function describe(model: GaugeModel, target: GaugeTarget, s: GaugeStrings, locale: Locale): GaugeText {
  const per = s.per[model.period];
  const notes = model.notes.map((n) => noteText(n, model, s, locale));
  const { minimum, target: tgt } = model;
  if (!minimum || !tgt || model.ratio === undefined || model.gap === undefined) {
    const headline = model.figures.map((f) => s.only(f.role, money(f, locale), per)).join(' ');
    return { headline, notes };
  }
  const role = tgt.role as GaugeTarget;
  const headline = s.headline(role, formatPercent(model.ratio, locale), money(minimum, locale), money(tgt, locale), per);
  const gapMoney = formatMoney(Math.abs(model.gap), model.currency, locale);
  const gap =
    model.gap > 0
      ? s.gap(role, gapMoney, formatPercent(model.gap / tgt.amount, locale), per)
      : model.gap < 0
        ? s.above(role, gapMoney, per)
        : undefined;
  return {
    headline,
    gap,
    meter: {
      min: 0,
      max: round2(Math.max(tgt.amount, minimum.amount)),
      now: round2(minimum.amount),
      text: headline,
      label: s.meterLabel(role),
    },
    notes,
  };
}

/** One numbered source: the quote and the item it comes from. */
export interface Footnote {
  n: number;
  quote: string;
  itemId: string;
  item?: FeedItem;
}

/**
 * Numbers the sources of the figures shown, in order of first use; the same sentence from the same item
 * gets one number however many figures cite it.
 */
export function footnotes(figures: readonly Figure[], items: readonly FeedItem[]): { list: Footnote[]; byFigure: Map<Figure, Footnote[]> } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Map<string, Footnote>();
  const byFigure = new Map<Figure, Footnote[]>();
  for (const f of figures) {
    const refs: Footnote[] = [];
    for (const src of f.sources) {
      if (typeof src?.quote !== 'string' || typeof src.item !== 'string') continue;
      const key = `${src.item}\u0000${src.quote}`;
      let fn = seen.get(key);
      if (!fn) {
        fn = { n: seen.size + 1, quote: src.quote, itemId: src.item, item: byId.get(src.item) };
        seen.set(key, fn);
      }
      if (!refs.includes(fn)) refs.push(fn);
    }
    byFigure.set(f, refs);
  }
  return { list: [...seen.values()], byFigure };
}

/** "Example Daily, February 2014": the item's publisher and date at the precision its source states. */
export function citation(item: FeedItem | undefined, locale: Locale): string {
  if (!item) return '';
  const parts: string[] = [];
  if (item._source?.publisher) parts.push(item._source.publisher);
  if (item.date_published) {
    const d = truncateDate(item.date_published, item._source?.date_precision ?? 'day');
    if (/^\d{4}(-\d{2}){0,2}$/.test(d)) parts.push(dateText(d, locale));
  }
  return parts.join(', ');
}
