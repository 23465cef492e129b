// The gauge's Khmer strings, loaded only when a gauge speaks Khmer (see wage-gap-gauge.strings.ts).
import type { WagePeriod, WageRole } from '../../feed/types.js';
import type { GaugeTarget } from './select.js';
import type { GaugeStrings } from './wage-gap-gauge.strings.js';

export const km: Partial<GaugeStrings> = {
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
};
