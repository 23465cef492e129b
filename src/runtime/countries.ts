/**
 * Country names in English and Khmer. Debian's Chromium (and other builds) ship `Intl` without Khmer
 * region names, so the countries a labour campaign around Cambodia most often names are spelled here;
 * other countries come from `Intl.DisplayNames` when it really has the language, else English, else
 * the ISO code itself.
 */
import type { Locale } from './i18n.js';

// code: English short name | Khmer
const TABLE =
  'KH:Cambodia|កម្ពុជា;GB:United Kingdom|ចក្រភពអង់គ្លេស;DE:Germany|អាល្លឺម៉ង់;HK:Hong Kong|ហុងកុង;' +
  'ID:Indonesia|ឥណ្ឌូណេស៊ី;MY:Malaysia|ម៉ាឡេស៊ី;KR:South Korea|កូរ៉េខាងត្បូង;TH:Thailand|ថៃ;TR:Turkey|តួកគី;' +
  'US:United States|សហរដ្ឋអាមេរិក;CN:China|ចិន;JP:Japan|ជប៉ុន;VN:Vietnam|វៀតណាម;LA:Laos|ឡាវ;MM:Myanmar|មីយ៉ាន់ម៉ា;' +
  'BD:Bangladesh|បង់ក្លាដែស;IN:India|ឥណ្ឌា;PK:Pakistan|ប៉ាគីស្ថាន;LK:Sri Lanka|ស្រីលង្កា;NP:Nepal|នេប៉ាល់;' +
  'PH:Philippines|ហ្វីលីពីន;SG:Singapore|សិង្ហបុរី;TW:Taiwan|តៃវ៉ាន់;AU:Australia|អូស្ត្រាលី;NZ:New Zealand|នូវែលសេឡង់;' +
  'CA:Canada|កាណាដា;MX:Mexico|ម៉ិកស៊ិក;BR:Brazil|ប្រេស៊ីល;AR:Argentina|អាហ្សង់ទីន;FR:France|បារាំង;' +
  'NL:Netherlands|ហូឡង់;BE:Belgium|បែលហ្ស៊ិក;SE:Sweden|ស៊ុយអែត;NO:Norway|ន័រវែស;DK:Denmark|ដាណឺម៉ាក;' +
  'FI:Finland|ហ្វាំងឡង់;IT:Italy|អ៊ីតាលី;ES:Spain|អេស្ប៉ាញ;PT:Portugal|ព័រទុយហ្គាល់;CH:Switzerland|ស្វីស;' +
  'AT:Austria|អូទ្រីស;IE:Ireland|អៀរឡង់;PL:Poland|ប៉ូឡូញ;RU:Russia|រុស្ស៊ី;ZA:South Africa|អាហ្វ្រិកខាងត្បូង;' +
  'KE:Kenya|កេនយ៉ា;ET:Ethiopia|អេត្យូពី;EG:Egypt|អេហ្ស៊ីប;MA:Morocco|ម៉ារ៉ុក;TN:Tunisia|ទុយនីស៊ី;' +
  'HN:Honduras|ហុងឌូរ៉ាស;GT:Guatemala|ក្វាតេម៉ាឡា;SV:El Salvador|អែលសាល់វ៉ាឌ័រ';

let names: Map<string, [string, string]> | undefined;
function table(): Map<string, [string, string]> {
  return (names ??= new Map(
    TABLE.split(';').map((row) => {
      const [code, rest] = row.split(':');
      const [en, km] = rest.split('|');
      return [code, [en, km]];
    }),
  ));
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
function intlName(code: string, lang: string): string | undefined {
  if (!displayNames.has(lang)) {
    let dn: Intl.DisplayNames | null = null;
    try {
      dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      dn = null;
    }
    displayNames.set(lang, dn);
  }
  try {
    return displayNames.get(lang)?.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/** `GB` → "United Kingdom" / "ចក្រភពអង់គ្លេស"; an unknown or malformed code is shown as given. */
export function countryName(code: string | undefined, locale: Locale): string {
  if (!code) return '';
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return code;
  const row = table().get(c);
  if (row) return locale === 'km' ? row[1] : row[0];
  const en = intlName(c, 'en') ?? c;
  if (locale === 'km') {
    const km = intlName(c, 'km');
    // An Intl without Khmer data answers in English (or with the code): only trust a Khmer answer.
    return km && /[\u1780-\u17ff]/.test(km) ? km : en;
  }
  return en;
}
