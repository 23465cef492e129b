import type { WagePeriod, WageRole } from '../../feed/types.js';
import { defineStrings } from '../../runtime/i18n.js';
import type { GaugeTarget } from './select.js';

/**
 * Every sentence the gauge writes. Amounts, percentages and dates arrive already formatted for the
 * locale (Khmer digits, Khmer currency names), so these only place them.
 */
export const strings = defineStrings({
  en: {
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
  },
  km: {
    role: {
      minimum: 'ប្រាក់ឈ្នួលអប្បបរមា',
      offer: 'សំណើ',
      demand: 'ការទាមទាររបស់កម្មករ',
      living: 'ប្រាក់ឈ្នួលរស់នៅសមរម្យ',
    } satisfies Record<WageRole, string>,
    per: { hour: 'ក្នុងមួយម៉ោង', day: 'ក្នុងមួយថ្ងៃ', week: 'ក្នុងមួយសប្តាហ៍', month: 'ក្នុងមួយខែ', year: 'ក្នុងមួយឆ្នាំ' } satisfies Record<WagePeriod, string>,
    perAdjective: { hour: 'ក្នុងមួយម៉ោង', day: 'ក្នុងមួយថ្ងៃ', week: 'ក្នុងមួយសប្តាហ៍', month: 'ក្នុងមួយខែ', year: 'ក្នុងមួយឆ្នាំ' } satisfies Record<WagePeriod, string>,
    headline: (target: GaugeTarget, pct: string, min: string, tgt: string, per: string) =>
      target === 'demand'
        ? `ប្រាក់ឈ្នួលអប្បបរមាស្មើនឹង ${pct} នៃការទាមទាររបស់កម្មករ៖ ${min} ក្នុងចំណោម ${tgt} ${per}។`
        : `ប្រាក់ឈ្នួលអប្បបរមាស្មើនឹង ${pct} នៃប្រាក់ឈ្នួលរស់នៅសមរម្យ៖ ${min} ក្នុងចំណោម ${tgt} ${per}។`,
    only: (role: WageRole, amount: string, per: string) =>
      ({
        minimum: `ប្រាក់ឈ្នួលអប្បបរមាគឺ ${amount} ${per}។`,
        offer: `សំណើដែលកំពុងពិភាក្សាគឺ ${amount} ${per}។`,
        demand: `កម្មករទាមទារ ${amount} ${per}។`,
        living: `ប្រាក់ឈ្នួលរស់នៅសមរម្យគឺ ${amount} ${per}។`,
      })[role],
    gap: (target: GaugeTarget, amount: string, pct: string, per: string) =>
      target === 'demand'
        ? `គម្លាត៖ ${amount} ${per} ស្មើនឹង ${pct} នៃការទាមទាររបស់កម្មករ។`
        : `គម្លាត៖ ${amount} ${per} ស្មើនឹង ${pct} នៃប្រាក់ឈ្នួលរស់នៅសមរម្យ។`,
    above: (target: GaugeTarget, amount: string, per: string) =>
      target === 'demand'
        ? `ប្រាក់ឈ្នួលអប្បបរមាខ្ពស់ជាងការទាមទាររបស់កម្មករ ${amount} ${per}។`
        : `ប្រាក់ឈ្នួលអប្បបរមាខ្ពស់ជាងប្រាក់ឈ្នួលរស់នៅសមរម្យ ${amount} ${per}។`,
    meterLabel: (target: GaugeTarget) =>
      target === 'demand' ? 'ប្រាក់ឈ្នួលអប្បបរមាធៀបនឹងការទាមទាររបស់កម្មករ' : 'ប្រាក់ឈ្នួលអប្បបរមាធៀបនឹងប្រាក់ឈ្នួលរស់នៅសមរម្យ',
    figuresLabel: 'តួលេខប្រាក់ឈ្នួល',
    since: (date: string) => `ចាប់ពី ${date}`,
    fromPage: 'ផ្ដល់ដោយទំព័រនេះ',
    asOf: (date: string) => `តួលេខដែលអនុវត្តនៅ ${date}។`,
    rate: (fromName: string, toName: string, given: string, date: string, source?: string) =>
      `បានប្ដូរពី${fromName}ទៅជា${toName} តាមអត្រា ${given} នៃ ${date}${source ? ` (${source})` : ''}។`,
    noRate: (fromName: string, toName: string, stayName: string) =>
      `គ្មានអត្រាប្ដូរប្រាក់ពី${fromName}ទៅ${toName}ទេ ដូច្នេះតួលេខបង្ហាញជា${stayName}។`,
    leftOut: (role: string, amount: string, toName: string) =>
      `មិនបានបញ្ចូល${role} (${amount}) ទេ ព្រោះគ្មានអត្រាប្ដូរប្រាក់ទៅ${toName}។`,
    workingTime: (adjective: string, parts: string[]) => `តួលេខ${adjective} គិត ${parts.join(' និង ')}។`,
    workingDays: (days: string) => `${days} ថ្ងៃធ្វើការក្នុងមួយខែ`,
    workingHours: (hours: string) => `${hours} ម៉ោងក្នុងមួយថ្ងៃ`,
    weeks: '៥២ សប្តាហ៍ក្នុងមួយឆ្នាំ',
    fromPageNote: 'តួលេខដែលសម្គាល់ថា «ផ្ដល់ដោយទំព័រនេះ» មកពីទំព័រនេះ មិនមែនពីឯកសារប្រភពទេ។',
    sources: 'ប្រភព',
    sourceRef: (n: string) => `ប្រភពទី ${n}`,
    untitled: 'ឯកសារគ្មានចំណងជើង',
    tableCaption: 'តួលេខប្រាក់ឈ្នួល',
    colFigure: 'តួលេខ',
    colAmount: 'ចំនួន',
    colStated: 'តាមប្រភព',
    colSince: 'អនុវត្តចាប់ពី',
    colSources: 'ប្រភព',
    historyHeading: 'ប្រាក់ឈ្នួលអប្បបរមាតាមពេលវេលា',
    historyLabel: (from: string, fromDate: string, to: string, toDate: string) =>
      `ប្រាក់ឈ្នួលអប្បបរមាតាមពេលវេលា៖ ពី ${from} នៅ ${fromDate} ដល់ ${to} នៅ ${toDate}។`,
    historyCurrency: (name: string) => `ជា${name} តាមប្រភព (មិនបានប្ដូរ)។`,
    colDate: 'អនុវត្តចាប់ពី',
  },
});

export type GaugeStrings = ReturnType<typeof strings>;
