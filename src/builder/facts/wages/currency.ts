/**
 * Currencies as news text writes them: symbols ($, £, ₹), abbreviations (Tk, Rs, Rp, R), ISO 4217
 * codes (BDT, LSL) and names (taka, kyat, gourdes). Names shared by several countries (rupees,
 * dollars, pesos, pounds …) are a family: the demonym in front ("Sri Lankan rupees") decides, else
 * the country the sentence or the document is about, else the family's usual currency.
 */

export interface CurrencyRef {
  /** ISO 4217 code, or a family resolved by country. */
  code?: string;
  family?: Family;
}

type Family = 'rupee' | 'dollar' | 'peso' | 'pound' | 'shilling' | 'yen' | 'dinar' | 'dirham' | 'kwacha' | 'franc'
  | 'cfa' | 'krona' | 'riyal' | 'leu' | 'lira' | 'won' | 'manat' | 'som' | 'cdollar' | 'bs' | 'k';

/** The countries of the CFA francs: West African (XOF) and Central African (XAF). */
const XOF_COUNTRIES = ['SN', 'CI', 'ML', 'BF', 'NE', 'TG', 'BJ', 'GW'];
const XAF_COUNTRIES = ['CM', 'GA', 'CG', 'TD', 'CF', 'GQ'];
const each = (codes: string[], currency: string) => Object.fromEntries(codes.map((c) => [c, currency]));
const CFA = { ...each(XOF_COUNTRIES, 'XOF'), ...each(XAF_COUNTRIES, 'XAF') };

const FAMILIES: Record<Family, { byCountry: Record<string, string>; fallback?: string }> = {
  rupee: { byCountry: { IN: 'INR', LK: 'LKR', PK: 'PKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' }, fallback: 'INR' },
  dollar: {
    byCountry: { AU: 'AUD', CA: 'CAD', NZ: 'NZD', HK: 'HKD', SG: 'SGD', TW: 'TWD', FJ: 'FJD', JM: 'JMD', TT: 'TTD',
      NA: 'NAD', LR: 'LRD', ZW: 'ZWL', BZ: 'BZD', GY: 'GYD', BB: 'BBD', BS: 'BSD', SR: 'SRD', BN: 'BND', SB: 'SBD',
      KY: 'KYD', ...each(['AG', 'DM', 'GD', 'KN', 'LC', 'VC'], 'XCD') },
    fallback: 'USD',
  },
  peso: { byCountry: { MX: 'MXN', PH: 'PHP', CO: 'COP', AR: 'ARS', CL: 'CLP', DO: 'DOP', UY: 'UYU', CU: 'CUP' },
    fallback: 'MXN' },
  pound: { byCountry: { EG: 'EGP', SD: 'SDG', SS: 'SSP', LB: 'LBP', SY: 'SYP' }, fallback: 'GBP' },
  shilling: { byCountry: { KE: 'KES', UG: 'UGX', TZ: 'TZS', SO: 'SOS' }, fallback: 'KES' },
  yen: { byCountry: { CN: 'CNY', JP: 'JPY' }, fallback: 'CNY' },
  dinar: { byCountry: { JO: 'JOD', KW: 'KWD', BH: 'BHD', IQ: 'IQD', TN: 'TND', DZ: 'DZD', RS: 'RSD', LY: 'LYD' } },
  dirham: { byCountry: { AE: 'AED', MA: 'MAD' }, fallback: 'AED' },
  kwacha: { byCountry: { ZM: 'ZMW', MW: 'MWK' }, fallback: 'ZMW' },
  franc: {
    byCountry: { CH: 'CHF', RW: 'RWF', BI: 'BIF', GN: 'GNF', CD: 'CDF', MG: 'MGA', DJ: 'DJF', KM: 'KMF', ...CFA },
  },
  cfa: { byCountry: CFA, fallback: 'XOF' },
  krona: { byCountry: { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' } },
  riyal: { byCountry: { SA: 'SAR', QA: 'QAR', OM: 'OMR', IR: 'IRR', YE: 'YER' } },
  leu: { byCountry: { RO: 'RON', MD: 'MDL' }, fallback: 'RON' },
  lira: { byCountry: { TR: 'TRY', LB: 'LBP', SY: 'SYP' }, fallback: 'TRY' },
  won: { byCountry: { KR: 'KRW', KP: 'KPW' }, fallback: 'KRW' },
  manat: { byCountry: { AZ: 'AZN', TM: 'TMT' }, fallback: 'AZN' },
  som: { byCountry: { KG: 'KGS', UZ: 'UZS' }, fallback: 'KGS' },
  // "C$" is the Nicaraguan córdoba in Nicaragua, else the Canadian dollar.
  cdollar: { byCountry: { NI: 'NIO' }, fallback: 'CAD' },
  // "Bs": the boliviano or the bolívar.
  bs: { byCountry: { BO: 'BOB', VE: 'VES' }, fallback: 'BOB' },
  // "K4,800": kyat, kwacha, kina or kip, only where the country says which.
  k: { byCountry: { MM: 'MMK', ZM: 'ZMW', MW: 'MWK', PG: 'PGK', LA: 'LAK' } },
};

/** Demonyms (and the like) in front of a currency name. */
const QUALIFIED: Record<string, string> = {
  'sri lankan': 'LKR', indian: 'INR', pakistani: 'PKR', nepali: 'NPR', nepalese: 'NPR', mauritian: 'MUR',
  us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', singapore: 'SGD',
  singaporean: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD', taiwanese: 'TWD', 'new taiwan': 'TWD', zimbabwe: 'ZWL',
  zimbabwean: 'ZWL', namibian: 'NAD', jamaican: 'JMD', liberian: 'LRD', fijian: 'FJD', belize: 'BZD', belizean: 'BZD',
  guyanese: 'GYD', barbadian: 'BBD', bahamian: 'BSD', trinidad: 'TTD', 'trinidad and tobago': 'TTD',
  'east caribbean': 'XCD', brunei: 'BND', surinamese: 'SRD',
  mexican: 'MXN', philippine: 'PHP', filipino: 'PHP', colombian: 'COP', argentine: 'ARS', argentinian: 'ARS',
  chilean: 'CLP', dominican: 'DOP', uruguayan: 'UYU', cuban: 'CUP',
  egyptian: 'EGP', sudanese: 'SDG', 'south sudanese': 'SSP', lebanese: 'LBP', syrian: 'SYP', british: 'GBP',
  kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS', japanese: 'JPY', chinese: 'CNY',
  jordanian: 'JOD', kuwaiti: 'KWD', bahraini: 'BHD', iraqi: 'IQD', tunisian: 'TND', algerian: 'DZD', serbian: 'RSD',
  libyan: 'LYD', moroccan: 'MAD', emirati: 'AED', zambian: 'ZMW', malawian: 'MWK', swiss: 'CHF', rwandan: 'RWF',
  burundian: 'BIF', guinean: 'GNF', malagasy: 'MGA', djiboutian: 'DJF', congolese: 'CDF',
  'west african': 'XOF', 'central african': 'XAF',
  swedish: 'SEK', norwegian: 'NOK', danish: 'DKK', icelandic: 'ISK', saudi: 'SAR', qatari: 'QAR', omani: 'OMR',
  iranian: 'IRR', yemeni: 'YER', romanian: 'RON', moldovan: 'MDL', bangladeshi: 'BDT', korean: 'KRW',
  'south korean': 'KRW', 'north korean': 'KPW', brazilian: 'BRL', turkish: 'TRY', ethiopian: 'ETB',
  azerbaijani: 'AZN', turkmen: 'TMT', kyrgyz: 'KGS', uzbek: 'UZS', nicaraguan: 'NIO', bolivian: 'BOB',
  venezuelan: 'VES', burmese: 'MMK', myanmar: 'MMK', 'papua new guinea': 'PGK', lao: 'LAK', laotian: 'LAK',
  // Demonyms in front of a currency only one country uses: "1,100 Brazilian reais", "500 Thai baht".
  thai: 'THB', malaysian: 'MYR', cambodian: 'KHR', vietnamese: 'VND', indonesian: 'IDR', haitian: 'HTG',
  nigerian: 'NGN', ghanaian: 'GHS', 'south african': 'ZAR', peruvian: 'PEN', guatemalan: 'GTQ', honduran: 'HNL',
  'costa rican': 'CRC', paraguayan: 'PYG', israeli: 'ILS', georgian: 'GEL', armenian: 'AMD', ukrainian: 'UAH',
  russian: 'RUB', polish: 'PLN', hungarian: 'HUF', czech: 'CZK', bulgarian: 'BGN', kazakh: 'KZT',
  afghan: 'AFN', mongolian: 'MNT', angolan: 'AOA', mozambican: 'MZN', 'sierra leonean': 'SLE', gambian: 'GMD',
  eritrean: 'ERN', botswana: 'BWP', lesotho: 'LSL', eswatini: 'SZL', swazi: 'SZL', macedonian: 'MKD',
};
export const QUALIFIER_SOURCE = Object.keys(QUALIFIED)
  .sort((a, b) => b.length - a.length)
  .map((q) => q.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');

/** ISO 4217 codes written before or after the figure; English words in capitals (ALL, CUP, TOP) are left out. */
const CODES = new Set(
  ('USD EUR GBP BDT INR LKR PKR NPR IDR VND MMK KHR HTG MXN ZAR LSL SZL NAD BWP MYR THB CNY JPY KRW PHP HNL GTQ NIO ' +
    'CRC BRL ARS CLP COP PEN BOB PYG UYU DOP TRY EGP ETB KES UGX TZS NGN GHS ZMW MWK ZWL ZWG MAD TND DZD JOD AED SAR ' +
    'QAR KWD BHD OMR AUD CAD NZD HKD SGD TWD CHF SEK NOK DKK ISK PLN CZK HUF RON BGN UAH RUB KZT UZS GEL AZN MUR SCR ' +
    'LAK MNT FJD JMD TTD XOF XAF XCD RWF MGA CDF AFN BTN MVR LRD SDG SSP SOS IQD IRR YER LYD LBP SYP BIF GNF DJF KMF ' +
    'AOA MZN GMD SLE SLL ERN TMT KGS TJS AMD ILS VES PAB PGK WST VUV MKD BAM RSD MDL BZD GYD BBD BSD SRD BND SBD KYD ' +
    'KPW CVE').split(' '),
);
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY', NTD: 'TWD', YTL: 'TRY', NIS: 'ILS' };

const SYMBOLS: Record<string, CurrencyRef> = {
  'us$': { code: 'USD' }, 'u.s.$': { code: 'USD' }, 'a$': { code: 'AUD' }, 'au$': { code: 'AUD' },
  'ca$': { code: 'CAD' }, 'nz$': { code: 'NZD' }, 'hk$': { code: 'HKD' }, 's$': { code: 'SGD' }, 'nt$': { code: 'TWD' },
  'r$': { code: 'BRL' }, 'mex$': { code: 'MXN' }, 'mx$': { code: 'MXN' }, 'z$': { code: 'ZWL' },
  'n$': { code: 'NAD' }, 'j$': { code: 'JMD' }, 'tt$': { code: 'TTD' }, 'ec$': { code: 'XCD' }, 'rd$': { code: 'DOP' },
  'bz$': { code: 'BZD' }, 'fj$': { code: 'FJD' }, 'g$': { code: 'GYD' }, 'c$': { family: 'cdollar' },
  $: { family: 'dollar' },
  '£': { code: 'GBP' }, '€': { code: 'EUR' }, '¥': { family: 'yen' }, '₹': { code: 'INR' }, '৳': { code: 'BDT' },
  '៛': { code: 'KHR' }, '₫': { code: 'VND' }, '฿': { code: 'THB' }, '₱': { code: 'PHP' }, '₦': { code: 'NGN' },
  '₩': { code: 'KRW' }, '₺': { code: 'TRY' }, '₴': { code: 'UAH' }, '₽': { code: 'RUB' }, '₸': { code: 'KZT' },
  '₾': { code: 'GEL' }, tk: { code: 'BDT' }, rs: { family: 'rupee' }, rp: { code: 'IDR' }, rm: { code: 'MYR' },
  r: { code: 'ZAR' }, ksh: { code: 'KES' }, ush: { code: 'UGX' }, ushs: { code: 'UGX' }, tsh: { code: 'TZS' },
  '₨': { family: 'rupee' }, '₪': { code: 'ILS' }, '₵': { code: 'GHS' }, 'gh₵': { code: 'GHS' }, 'gh¢': { code: 'GHS' },
  '₡': { code: 'CRC' }, '₲': { code: 'PYG' }, '₭': { code: 'LAK' }, '₮': { code: 'MNT' }, '₼': { code: 'AZN' },
  '֏': { code: 'AMD' }, 's/': { code: 'PEN' }, bs: { family: 'bs' },
  fcfa: { family: 'cfa' }, cfa: { family: 'cfa' }, cfaf: { family: 'cfa' }, mk: { code: 'MWK' },
  n: { code: 'NGN' }, k: { family: 'k' },
};
/** One-letter symbols that are also letters of other things ("N95 masks", "K-pop"): only before a grouped figure. */
export const GROUPED_ONLY = new Set(['n', 'k']);

/** Currency names (lower case, singular and plural). */
const NAMES: Record<string, CurrencyRef> = {};
const name = (ref: CurrencyRef, ...words: string[]) => words.forEach((w) => (NAMES[w] = ref));
name({ family: 'dollar' }, 'dollar', 'dollars');
name({ family: 'pound' }, 'pound', 'pounds', 'pounds sterling');
name({ family: 'rupee' }, 'rupee', 'rupees');
name({ family: 'peso' }, 'peso', 'pesos');
name({ family: 'shilling' }, 'shilling', 'shillings');
name({ family: 'dinar' }, 'dinar', 'dinars');
name({ family: 'dirham' }, 'dirham', 'dirhams');
name({ family: 'kwacha' }, 'kwacha');
name({ family: 'franc' }, 'franc', 'francs');
name({ family: 'cfa' }, 'cfa franc', 'cfa francs', 'francs cfa', 'fcfa', 'cfa');
name({ family: 'krona' }, 'krona', 'kronor', 'krone', 'kroner');
name({ family: 'riyal' }, 'riyal', 'riyals', 'rial', 'rials');
name({ family: 'leu' }, 'leu', 'lei');
name({ code: 'EUR' }, 'euro', 'euros');
name({ code: 'GBP' }, 'sterling');
name({ code: 'BDT' }, 'taka');
name({ code: 'IDR' }, 'rupiah', 'rupiahs');
name({ code: 'VND' }, 'dong');
name({ code: 'MMK' }, 'kyat', 'kyats');
name({ code: 'KHR' }, 'riel', 'riels');
name({ code: 'HTG' }, 'gourde', 'gourdes');
name({ code: 'ZAR' }, 'rand');
name({ code: 'LSL' }, 'loti', 'maloti');
name({ code: 'SZL' }, 'lilangeni', 'emalangeni');
name({ code: 'BWP' }, 'pula');
name({ code: 'HNL' }, 'lempira', 'lempiras');
name({ code: 'GTQ' }, 'quetzal', 'quetzals', 'quetzales');
name({ code: 'NIO' }, 'córdoba', 'córdobas', 'cordoba', 'cordobas');
name({ code: 'CRC' }, 'colón', 'colones', 'colon', 'colons');
name({ code: 'BRL' }, 'reais', 'brazilian real');
name({ code: 'PEN' }, 'soles', 'nuevos soles', 'peruvian sol');
name({ code: 'BOB' }, 'boliviano', 'bolivianos');
name({ code: 'MYR' }, 'ringgit');
name({ code: 'THB' }, 'baht');
name({ code: 'CNY' }, 'yuan', 'renminbi');
name({ code: 'JPY' }, 'yen');
name({ family: 'lira' }, 'lira', 'liras', 'lire');
name({ code: 'NGN' }, 'naira');
name({ code: 'GHS' }, 'cedi', 'cedis');
name({ code: 'ETB' }, 'birr');
name({ code: 'PLN' }, 'zloty', 'zlotys', 'złoty');
name({ code: 'HUF' }, 'forint', 'forints');
name({ code: 'CZK' }, 'koruna', 'korunas');
name({ code: 'BGN' }, 'lev', 'leva');
name({ code: 'UAH' }, 'hryvnia', 'hryvnias');
name({ code: 'RUB' }, 'rouble', 'roubles', 'ruble', 'rubles');
name({ code: 'KZT' }, 'tenge');
name({ code: 'AFN' }, 'afghani', 'afghanis');
name({ code: 'MNT' }, 'tugrik', 'tugriks');
name({ code: 'LAK' }, 'kip');
name({ family: 'won' }, 'won');
name({ family: 'manat' }, 'manat', 'manats');
name({ family: 'som' }, 'som', 'soms');
name({ code: 'TJS' }, 'somoni');
name({ code: 'GEL' }, 'lari');
name({ code: 'AMD' }, 'dram', 'drams');
name({ code: 'ILS' }, 'shekel', 'shekels', 'sheqel', 'sheqalim', 'new shekels');
name({ code: 'PYG' }, 'guaraní', 'guaranís', 'guarani', 'guaranis', 'guaraníes', 'guaranies');
name({ code: 'VES' }, 'bolívar', 'bolívares', 'bolivar', 'bolivares', 'bolivars');
name({ code: 'PAB' }, 'balboa', 'balboas');
name({ code: 'PGK' }, 'kina');
name({ code: 'MVR' }, 'rufiyaa');
name({ code: 'BTN' }, 'ngultrum');
name({ code: 'SLE' }, 'leone', 'leones');
name({ code: 'AOA' }, 'kwanza', 'kwanzas');
name({ code: 'MZN' }, 'metical', 'meticais', 'meticals');
name({ code: 'MGA' }, 'ariary');
name({ code: 'GMD' }, 'dalasi', 'dalasis');
name({ code: 'ERN' }, 'nakfa');
name({ code: 'MKD' }, 'denar', 'denars', 'denari');
name({ code: 'BAM' }, 'convertible marks');

/**
 * Names that are also English words ("won"): a currency only where what follows is a pay period or the
 * end of the phrase ("9,860 won an hour", "2 million won (US$1,500)"), and the figure is one no
 * count of people would be read as ("8 won a seat", "8 won.").
 */
export const GUARDED_NAMES: Record<string, { after: RegExp; least: number }> = {
  won: {
    after: new RegExp(String.raw`^\s*(?:$|[.,;:)(]|(?:per|an?)\s+(?:hour|day|week|month|year)\b`
      + String.raw`|(?:monthly|daily|hourly|weekly)\b|in\s+(?:wages|pay)\b)`, 'i'),
    least: 100,
  },
};

/** Name alternatives for a regular expression, longest first. */
export const NAME_SOURCE = Object.keys(NAMES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '\\s+'))
  .join('|');
/** Names that also work before the figure ("rupees 500", "Kyat 3,600"). */
export const PREFIX_NAME_SOURCE = [
  'rupees?|kyats?|riels?|taka|rupiah|dong|gourdes?|pesos?|birr|naira|shillings?|ringgit|baht|yuan|renminbi',
  'euros?|rand|maloti|loti|lempiras?|quetzal(?:es)?|cedis?|kwacha|dirhams?|dinars?|soles|shekels?|leones?|kwanzas?',
].join('|');

export function symbolRef(symbol: string): CurrencyRef | undefined {
  const s = symbol.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');
  return SYMBOLS[s];
}

export function codeRef(code: string): CurrencyRef | undefined {
  if (CODES.has(code)) return { code };
  const alias = CODE_ALIASES[code];
  return alias ? { code: alias } : undefined;
}

export function nameRef(word: string): CurrencyRef | undefined {
  return NAMES[word.toLowerCase().replace(/\s+/g, ' ')];
}

export function qualifiedCode(qualifier: string | undefined): string | undefined {
  return qualifier ? QUALIFIED[qualifier.toLowerCase().replace(/\s+/g, ' ')] : undefined;
}

/**
 * The ISO code of a currency: a fixed code as is; a family by the demonym in front of it, the
 * countries named in the sentence, the document's country, else the family's usual currency.
 */
export function resolveCurrency(ref: CurrencyRef, qualifier: string | undefined, countries: string[],
  home?: string): string | undefined {
  const q = qualifiedCode(qualifier);
  if (ref.code) return ref.code;
  if (!ref.family) return undefined;
  if (q) return q;
  const fam = FAMILIES[ref.family];
  for (const c of countries) if (fam.byCountry[c]) return fam.byCountry[c];
  if (home && fam.byCountry[home]) return fam.byCountry[home];
  return fam.fallback;
}
