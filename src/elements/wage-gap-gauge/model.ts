import { compareDates } from '../../feed/dates.js';
import { WAGE_ROLES, type FactSource, type PartialDate, type WagePeriod, type WageRole } from '../../feed/types.js';
import { chooseRate, convertPeriod, periodAssumptions, type ChosenRate, type WorkingTime } from './convert.js';
import { selectWages, type GaugeTarget, type WageQuery } from './select.js';

/** What the page says, besides the feed: the element's attributes and `rates` property, parsed. */
export interface GaugeInput {
  wages: readonly unknown[] | undefined;
  /** The page's `rates` when it gives any, else the feed's `_campaign.rates`. */
  rates: readonly unknown[];
  query: WageQuery;
  /** Figures from the `minimum`/`offer`/`demand`/`living` attributes; they replace the feed's. */
  overrides: Partial<Record<WageRole, number>>;
  /** Currency and period of the attribute figures. */
  overrideCurrency?: string;
  overridePeriod?: WagePeriod;
  displayCurrency?: string;
  per?: WagePeriod;
  time: WorkingTime;
}

/** One figure as the gauge shows it, with where it came from. */
export interface Figure {
  role: WageRole;
  /** In the gauge's currency and period. */
  amount: number;
  currency?: string;
  original: { amount: number; currency?: string; period: WagePeriod };
  effective?: PartialDate;
  sources: readonly FactSource[];
  /** Given by the page's attributes rather than the feed. */
  fromPage: boolean;
}

/** Things the caption must say so that no number on the gauge is a silent assumption. */
export type GaugeNote =
  | { kind: 'as-of'; date: PartialDate }
  | { kind: 'rate'; rate: ChosenRate }
  | { kind: 'no-rate'; from: string; to: string }
  | { kind: 'left-out'; role: WageRole; amount: number; currency: string; to: string }
  | { kind: 'working-time'; period: WagePeriod; days?: number; hours?: number; weeks: boolean }
  | { kind: 'from-page' };

export interface HistoryPoint {
  date: PartialDate;
  amount: number;
}

/** The minimum wage over time, in the minima's own currency (one rate cannot honestly span years). */
export interface HistoryModel {
  points: HistoryPoint[];
  currency?: string;
  period: WagePeriod;
  target?: { role: WageRole; amount: number };
}

export interface GaugeModel {
  /** In role order: minimum, offer, demand, living. */
  figures: Figure[];
  minimum?: Figure;
  target?: Figure;
  /** minimum ÷ target. */
  ratio?: number;
  /** target − minimum (negative when the minimum is above the target). */
  gap?: number;
  currency?: string;
  period: WagePeriod;
  /** The end of the scale: the largest figure. */
  max: number;
  asOf?: PartialDate;
  notes: GaugeNote[];
  history?: HistoryModel;
}

interface RawFigure {
  role: WageRole;
  amount: number;
  currency?: string;
  period: WagePeriod;
  effective?: PartialDate;
  sources: readonly FactSource[];
  fromPage: boolean;
}

function rawFigures(input: GaugeInput, byRole: ReturnType<typeof selectWages>['byRole']): RawFigure[] {
  const fromFeed = Object.values(byRole).find((w) => w?.currency)?.currency;
  const list: RawFigure[] = [];
  for (const role of WAGE_ROLES) {
    const w = byRole[role];
    const page = input.overrides[role];
    if (page !== undefined) {
      list.push({
        role,
        amount: page,
        currency: input.overrideCurrency ?? w?.currency ?? fromFeed,
        period: input.overridePeriod ?? w?.period ?? 'month',
        sources: [],
        fromPage: true,
      });
    } else if (w) {
      list.push({ role, amount: w.amount, currency: w.currency, period: w.period, effective: w.effective, sources: w.sources ?? [], fromPage: false });
    }
  }
  return list;
}

function latestEffective(figures: RawFigure[]): PartialDate | undefined {
  let d: PartialDate | undefined;
  for (const f of figures) if (f.effective && (!d || compareDates(f.effective, d) > 0)) d = f.effective;
  return d;
}

/**
 * Everything the gauge draws and says, from the feed's wages and the page's attributes: the figures in
 * one currency and period, the ratio and gap, the scale, the history, and the notes the caption must
 * carry (rate used and its date, a missing rate, working-time assumptions, figures left out).
 */
export function buildGauge(input: GaugeInput): GaugeModel {
  const sel = selectWages(input.wages, input.query);
  const raw = rawFigures(input, sel.byRole);
  const notes: GaugeNote[] = [];
  if (sel.asOf && raw.some((f) => !f.fromPage)) notes.push({ kind: 'as-of', date: sel.asOf });

  const base = (raw.find((f) => f.role === 'minimum') ?? raw[0])?.currency;
  const rateDate = sel.asOf ?? latestEffective(raw);
  const wanted = input.displayCurrency;
  let unit = base;
  if (wanted && base && wanted !== base) {
    const blocked = raw.find((f) => f.currency && f.currency !== wanted && !chooseRate(input.rates, f.currency, wanted, rateDate));
    if (blocked?.currency) notes.push({ kind: 'no-rate', from: blocked.currency, to: wanted });
    else unit = wanted;
  }

  const period = input.per ?? (raw.find((f) => f.role === 'minimum') ?? raw[0])?.period ?? 'month';
  const used = new Map<string, ChosenRate>();
  const assumes = { days: false, hours: false, weeks: false };
  const figures: Figure[] = [];
  for (const f of raw) {
    let amount = f.amount;
    if (unit && f.currency && f.currency !== unit) {
      const rate = chooseRate(input.rates, f.currency, unit, rateDate);
      if (!rate) {
        notes.push({ kind: 'left-out', role: f.role, amount: f.amount, currency: f.currency, to: unit });
        continue;
      }
      used.set(`${rate.from}>${rate.to}`, rate);
      amount *= rate.factor;
    }
    const a = periodAssumptions(f.period, period);
    assumes.days ||= a.days;
    assumes.hours ||= a.hours;
    assumes.weeks ||= a.weeks;
    amount = convertPeriod(amount, f.period, period, input.time);
    figures.push({
      role: f.role,
      amount,
      currency: unit ?? f.currency,
      original: { amount: f.amount, currency: f.currency, period: f.period },
      effective: f.effective,
      sources: f.sources,
      fromPage: f.fromPage,
    });
  }
  for (const rate of used.values()) notes.push({ kind: 'rate', rate });
  if (assumes.days || assumes.hours || assumes.weeks) {
    notes.push({
      kind: 'working-time',
      period,
      days: assumes.days ? input.time.days : undefined,
      hours: assumes.hours ? input.time.hours : undefined,
      weeks: assumes.weeks,
    });
  }
  if (figures.some((f) => f.fromPage)) notes.push({ kind: 'from-page' });

  const minimum = figures.find((f) => f.role === 'minimum');
  const other: GaugeTarget = input.query.target === 'demand' ? 'living' : 'demand';
  const target = figures.find((f) => f.role === input.query.target) ?? figures.find((f) => f.role === other);
  const max = figures.reduce((m, f) => Math.max(m, f.amount), 0);
  return {
    figures,
    minimum,
    target,
    ratio: minimum && target ? minimum.amount / target.amount : undefined,
    gap: minimum && target ? target.amount - minimum.amount : undefined,
    currency: unit,
    period,
    max,
    asOf: sel.asOf,
    notes,
    history: buildHistory(sel.minima, target, period, input.time),
  };
}

/** Two or more dated minima in one currency; the target drawn as a line when it is in that currency. */
function buildHistory(
  minima: ReturnType<typeof selectWages>['minima'],
  target: Figure | undefined,
  period: WagePeriod,
  time: WorkingTime,
): HistoryModel | undefined {
  if (minima.length < 2) return undefined;
  const currency = minima[minima.length - 1].currency;
  const byDate = new Map<PartialDate, HistoryPoint>();
  for (const w of minima) {
    if (w.currency !== currency) continue;
    byDate.set(w.effective!, { date: w.effective!, amount: convertPeriod(w.amount, w.period, period, time) });
  }
  const points = [...byDate.values()];
  if (points.length < 2) return undefined;
  const t =
    target && target.original.currency === currency
      ? { role: target.role, amount: convertPeriod(target.original.amount, target.original.period, period, time) }
      : undefined;
  return { points, currency, period, target: t };
}
