import type { WagePeriod, WageRole } from '../../feed/types.js';
import { defineLazyStrings } from '../../runtime/i18n.js';
import type { GaugeTarget } from './select.js';

/**
 * Every sentence the gauge writes. Amounts, percentages and dates arrive already formatted for the
 * locale (Khmer digits, Khmer currency names), so these only place them.
 */
const en = {
  role: {
    minimum: 'Minimum wage',
    offer: 'Offer',
    demand: "Workers' demand",
    living: 'Living wage',
  } satisfies Record<WageRole, string>,
  /** "a month" after an amount. */
  per: { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' } satisfies Record<WagePeriod, string>,
  perAdjective: { hour: 'Hourly', day: 'Daily', week: 'Weekly', month: 'Monthly', year: 'Yearly' } satisfies Record<WagePeriod, string>,
  headline: (target: GaugeTarget, pct: string, min: string, tgt: string, per: string) =>
    target === 'demand'
      ? `The minimum wage covers ${pct} of the workers' demand: ${min} of ${tgt} ${per}.`
      : `The minimum wage covers ${pct} of a living wage: ${min} of ${tgt} ${per}.`,
  only: (role: WageRole, amount: string, per: string) =>
    ({
      minimum: `The minimum wage is ${amount} ${per}.`,
      offer: `The offer on the table is ${amount} ${per}.`,
      demand: `Workers demand ${amount} ${per}.`,
      living: `A living wage is ${amount} ${per}.`,
    })[role],
  gap: (target: GaugeTarget, amount: string, pct: string, per: string) =>
    target === 'demand'
      ? `The gap: ${amount} ${per}, ${pct} of the workers' demand.`
      : `The gap: ${amount} ${per}, ${pct} of a living wage.`,
  above: (target: GaugeTarget, amount: string, per: string) =>
    target === 'demand'
      ? `The minimum wage is ${amount} ${per} above the workers' demand.`
      : `The minimum wage is ${amount} ${per} above a living wage.`,
  meterLabel: (target: GaugeTarget): string =>
    target === 'demand' ? "Minimum wage compared with the workers' demand" : 'Minimum wage compared with a living wage',
  figuresLabel: 'Wage figures',
  since: (date: string) => `since ${date}`,
  fromPage: 'given by this page',
  asOf: (date: string) => `Figures in force as of ${date}.`,
  rate: (fromName: string, toName: string, given: string, date: string, source?: string) =>
    `Converted from ${fromName} to ${toName} at ${given}, the rate of ${date}${source ? ` (${source})` : ''}.`,
  noRate: (fromName: string, toName: string, stayName: string) =>
    `No exchange rate from ${fromName} to ${toName} was available, so the figures are shown in ${stayName}.`,
  leftOut: (role: string, amount: string, toName: string) =>
    `Left out: the ${role.toLowerCase()} (${amount}), as no exchange rate to ${toName} was available.`,
  workingTime: (adjective: string, parts: string[]) => `${adjective} figures, counting ${parts.join(' and ')}.`,
  workingDays: (days: string) => `${days} working days a month`,
  workingHours: (hours: string) => `${hours} hours a day`,
  weeks: '52 weeks a year',
  fromPageNote: 'Figures marked “given by this page” come from this page, not from a source document.',
  sources: 'Sources',
  sourceRef: (n: string) => `Source ${n}`,
  untitled: 'Untitled document',
  tableCaption: 'Wage figures',
  colFigure: 'Figure',
  colAmount: 'Amount',
  colStated: 'As stated',
  colSince: 'In force since',
  colSources: 'Sources',
  none: '—',
  historyHeading: 'Minimum wage over time',
  historyLabel: (from: string, fromDate: string, to: string, toDate: string) =>
    `Minimum wage over time: from ${from} in ${fromDate} to ${to} in ${toDate}.`,
  historyTarget: (role: string, amount: string) => `${role}: ${amount}`,
  historyCurrency: (name: string) => `In ${name}, as stated (not converted).`,
  colDate: 'In force since',
};

export type GaugeStrings = typeof en;

/** The gauge's strings; the Khmer table (wage-gap-gauge.strings.km.ts) loads when a gauge speaks Khmer. */
export const strings = defineLazyStrings<GaugeStrings>(en, () => import('./wage-gap-gauge.strings.km.js').then((m) => m.km));
