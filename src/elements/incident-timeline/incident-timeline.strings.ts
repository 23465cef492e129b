import type { ActionKind, IncidentKind } from '../../feed/types.js';
import { defineStrings, type Locale } from '../../runtime/i18n.js';
import { formatNumber } from '../../runtime/format.js';
import type { SumQualifier } from './counts.js';

type Q = SumQualifier;
type KindLabels = Record<IncidentKind | ActionKind, string>;

/** "at least 4", "about 200,000", "about 54 or more" — the number as certain as the source is. */
function qualifiedEn(q: Q, n: string): string {
  switch (q) {
    case 'at-least':
      return `at least ${n}`;
    case 'more-than':
      return `more than ${n}`;
    case 'about':
      return `about ${n}`;
    case 'about-or-more':
      return `about ${n} or more`;
    default:
      return n;
  }
}

/** Khmer puts the qualifier straight after the verb: "ស្លាប់យ៉ាងហោចណាស់ ៤ នាក់". */
function countKm(verb: string, q: Q, n: string): string {
  switch (q) {
    case 'at-least':
      return `${verb}យ៉ាងហោចណាស់ ${n} នាក់`;
    case 'more-than':
      return `${verb}ជាង ${n} នាក់`;
    case 'about':
      return `${verb}ប្រហែល ${n} នាក់`;
    case 'about-or-more':
      return `${verb}ប្រហែល ${n} នាក់ ឬច្រើនជាងនេះ`;
    default:
      return `${verb} ${n} នាក់`;
  }
}

const num = (n: number, locale: Locale) => formatNumber(n, locale, { maximumFractionDigits: 0 });

export const strings = defineStrings({
  en: {
    timeline: 'Timeline of incidents',
    timelineWithActions: 'Timeline of incidents and solidarity actions',
    filters: 'Filter events',
    search: 'Search events',
    searchHint: 'Searches titles, places, descriptions and source quotes.',
    dateHint: 'Dates: a year, a month or a day, such as 2014, 2014-01 or 2014-01-03.',
    dateInvalid: 'Not a date: write it as 2014, 2014-01 or 2014-01-03.',
    kinds: 'Kind',
    allKinds: 'All kinds',
    country: 'Country',
    allCountries: 'All countries',
    from: 'From',
    to: 'To',
    clear: 'Clear filters',
    noMatch: 'No events match these filters.',
    longList: 'Long list: only the events near the screen are loaded. Use the search box to find an event.',
    incident: 'Incident',
    action: 'Solidarity action',
    sources: (n: number) => `Sources (${n})`,
    sourceItem: 'Source',
    organisedBy: (names: string) => `Organised by ${names}`,
    dateRangeTo: 'to',
    dayNotStated: 'day not stated',
    yearOnly: (year: string) => `${year}, month not stated`,
    contentWarning: 'Content warning: this describes a killing.',
    showDescription: 'Show the description',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomLevel: (days: string) => `Zoom: about ${days} days across the screen`,
    axis: 'Events along a time axis',
    axisHelp: 'Arrow keys move between events, Home and End go to the first and last, plus and minus zoom.',
    selectedEvent: 'Selected event',
    kindLabel: {
      strike: 'Strike',
      protest: 'Protest',
      violence: 'Violence',
      killing: 'Killing',
      arrest: 'Arrest',
      court: 'Court',
      dismissal: 'Dismissal',
      migration: 'Migration',
      ban: 'Ban',
      rally: 'Rally',
      march: 'March',
      vigil: 'Vigil',
      letter: 'Letter',
      statement: 'Statement',
      petition: 'Petition',
      other: 'Other',
    } satisfies KindLabels as Record<string, string>,
    /** "at least 4 killed", "23 arrested", "about 50 people". */
    count: (field: string, q: Q, value: number, locale: Locale = 'en') => {
      const n = qualifiedEn(q, num(value, locale));
      switch (field) {
        case 'deaths':
          return `${n} killed`;
        case 'injured':
          return `${n} injured`;
        case 'arrested':
          return `${n} arrested`;
        default:
          return value === 1 && q === 'exact' ? `${n} person` : `${n} people`;
      }
    },
    /** "12 incidents", "3 of 12 events". */
    total: (shown: number, all: number, withActions: boolean, locale: Locale = 'en') => {
      const noun = withActions ? (all === 1 ? 'event' : 'events') : all === 1 ? 'incident' : 'incidents';
      return shown === all ? `${num(all, locale)} ${noun}` : `${num(shown, locale)} of ${num(all, locale)} ${noun}`;
    },
    between: (a: string, b: string) => (a === b ? `in ${a}` : `between ${a} and ${b}`),
    list: (parts: string[]) => parts.join(', '),
  },
  km: {
    timeline: 'កាលប្បវត្តិនៃហេតុការណ៍',
    timelineWithActions: 'កាលប្បវត្តិនៃហេតុការណ៍ និងសកម្មភាពសាមគ្គីភាព',
    filters: 'ត្រងព្រឹត្តិការណ៍',
    search: 'ស្វែងរកព្រឹត្តិការណ៍',
    searchHint: 'ស្វែងរកក្នុងចំណងជើង ទីកន្លែង ការពិពណ៌នា និងសម្រង់ពីប្រភព។',
    dateHint: 'កាលបរិច្ឆេទ៖ ឆ្នាំ ខែ ឬថ្ងៃ ដូចជា ២០១៤ ២០១៤-០១ ឬ ២០១៤-០១-០៣។',
    dateInvalid: 'មិនមែនជាកាលបរិច្ឆេទទេ៖ សូមសរសេរជា ២០១៤ ២០១៤-០១ ឬ ២០១៤-០១-០៣។',
    kinds: 'ប្រភេទ',
    allKinds: 'គ្រប់ប្រភេទ',
    country: 'ប្រទេស',
    allCountries: 'គ្រប់ប្រទេស',
    from: 'ចាប់ពី',
    to: 'ដល់',
    clear: 'សម្អាតតម្រង',
    noMatch: 'គ្មានព្រឹត្តិការណ៍ណាត្រូវនឹងតម្រងទាំងនេះទេ។',
    longList: 'បញ្ជីវែង៖ មានតែព្រឹត្តិការណ៍ដែលនៅជិតអេក្រង់ប៉ុណ្ណោះដែលត្រូវបានផ្ទុក។ សូមប្រើប្រអប់ស្វែងរក ដើម្បីរកព្រឹត្តិការណ៍។',
    incident: 'ហេតុការណ៍',
    action: 'សកម្មភាពសាមគ្គីភាព',
    sources: (n: number) => `ប្រភព (${formatNumber(n, 'km')})`,
    sourceItem: 'ប្រភព',
    organisedBy: (names: string) => `រៀបចំដោយ ${names}`,
    dateRangeTo: 'ដល់',
    dayNotStated: 'មិនបញ្ជាក់ថ្ងៃ',
    yearOnly: (year: string) => `ឆ្នាំ${year} (មិនបញ្ជាក់ខែ)`,
    contentWarning: 'ការព្រមាន៖ អត្ថបទនេះរៀបរាប់អំពីការសម្លាប់។',
    showDescription: 'បង្ហាញការពិពណ៌នា',
    zoomIn: 'ពង្រីក',
    zoomOut: 'បង្រួម',
    zoomLevel: (days: string) => `កម្រិតពង្រីក៖ ប្រហែល ${days} ថ្ងៃនៅលើអេក្រង់`,
    axis: 'ព្រឹត្តិការណ៍តាមអ័ក្សពេលវេលា',
    axisHelp: 'ចុចព្រួញដើម្បីផ្លាស់ទីរវាងព្រឹត្តិការណ៍ Home និង End ទៅដំបូង និងចុងក្រោយ បូក និងដក ដើម្បីពង្រីក ឬបង្រួម។',
    selectedEvent: 'ព្រឹត្តិការណ៍ដែលបានជ្រើសរើស',
    kindLabel: {
      strike: 'កូដកម្ម',
      protest: 'ការតវ៉ា',
      violence: 'អំពើហិង្សា',
      killing: 'ការសម្លាប់',
      arrest: 'ការចាប់ខ្លួន',
      court: 'តុលាការ',
      dismissal: 'ការបញ្ឈប់ពីការងារ',
      migration: 'ការធ្វើចំណាកស្រុក',
      ban: 'ការហាមឃាត់',
      rally: 'ការជួបជុំ',
      march: 'ការដើរដង្ហែក្បួន',
      vigil: 'ពិធីអុជទៀនរំលឹក',
      letter: 'លិខិត',
      statement: 'សេចក្ដីថ្លែងការណ៍',
      petition: 'ញត្តិ',
      other: 'ផ្សេងៗ',
    } satisfies KindLabels,
    count: (field: string, q: Q, value: number) => {
      const verbs: Record<string, string> = { deaths: 'ស្លាប់', injured: 'រងរបួស', arrested: 'ចាប់ខ្លួន' };
      const verb = verbs[field] ?? 'មនុស្ស';
      return countKm(verb, q, num(value, 'km'));
    },
    total: (shown: number, all: number, withActions: boolean) => {
      const noun = withActions ? 'ព្រឹត្តិការណ៍' : 'ហេតុការណ៍';
      return shown === all
        ? `${noun} ${num(all, 'km')}`
        : `${noun} ${num(shown, 'km')} ក្នុងចំណោម ${num(all, 'km')}`;
    },
    between: (a: string, b: string) => (a === b ? `ក្នុង ${a}` : `ចន្លោះពី ${a} ដល់ ${b}`),
    list: (parts: string[]) => parts.join(', '),
  },
});

export type TimelineStrings = ReturnType<typeof strings>;
