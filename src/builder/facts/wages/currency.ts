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
  | 'cfa' | 'krona' | 'riyal' | 'leu';

const FAMILIES: Record<Family, { byCountry: Record<string, string>; fallback?: string }> = {
  rupee: { byCountry: { IN: 'INR', LK: 'LKR', PK: 'PKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' }, fallback: 'INR' },
  dollar: {
    byCountry: { AU: 'AUD', CA: 'CAD', NZ: 'NZD', HK: 'HKD', SG: 'SGD', TW: 'TWD', FJ: 'FJD', JM: 'JMD', TT: 'TTD',
      NA: 'NAD', LR: 'LRD' },
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
  franc: { byCountry: { CH: 'CHF', RW: 'RWF', BI: 'BIF', GN: 'GNF', CD: 'CDF', MG: 'MGA', DJ: 'DJF', KM: 'KMF' } },
  cfa: {
    byCountry: { CM: 'XAF', GA: 'XAF', CG: 'XAF', TD: 'XAF', CF: 'XAF', GQ: 'XAF' },
    fallback: 'XOF',
  },
  krona: { byCountry: { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' } },
  riyal: { byCountry: { SA: 'SAR', QA: 'QAR', OM: 'OMR', IR: 'IRR', YE: 'YER' } },
  leu: { byCountry: { RO: 'RON', MD: 'MDL' }, fallback: 'RON' },
};

/** Demonyms (and the like) in front of a currency name. */
const QUALIFIED: Record<string, string> = {
  'sri lankan': 'LKR', indian: 'INR', pakistani: 'PKR', nepali: 'NPR', nepalese: 'NPR', mauritian: 'MUR',
  us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', singapore: 'SGD',
  singaporean: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD', taiwanese: 'TWD', 'new taiwan': 'TWD', zimbabwe: 'ZWL',
  zimbabwean: 'ZWL', namibian: 'NAD', jamaican: 'JMD', liberian: 'LRD', fijian: 'FJD',
  mexican: 'MXN', philippine: 'PHP', filipino: 'PHP', colombian: 'COP', argentine: 'ARS', argentinian: 'ARS',
  chilean: 'CLP', dominican: 'DOP', uruguayan: 'UYU', cuban: 'CUP',
  egyptian: 'EGP', sudanese: 'SDG', lebanese: 'LBP', syrian: 'SYP', british: 'GBP',
  kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS', japanese: 'JPY', chinese: 'CNY',
  jordanian: 'JOD', kuwaiti: 'KWD', iraqi: 'IQD', tunisian: 'TND', algerian: 'DZD', serbian: 'RSD',
  moroccan: 'MAD', emirati: 'AED', zambian: 'ZMW', malawian: 'MWK', swiss: 'CHF', rwandan: 'RWF', congolese: 'CDF',
  swedish: 'SEK', norwegian: 'NOK', danish: 'DKK', saudi: 'SAR', qatari: 'QAR', omani: 'OMR', iranian: 'IRR',
  romanian: 'RON', moldovan: 'MDL', bangladeshi: 'BDT', korean: 'KRW', 'south korean': 'KRW', brazilian: 'BRL',
  turkish: 'TRY', ethiopian: 'ETB',
};
export const QUALIFIER_SOURCE = Object.keys(QUALIFIED)
  .sort((a, b) => b.length - a.length)
  .map((q) => q.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');

/** ISO 4217 codes written before or after the figure; English words in capitals (ALL, CUP, TOP) are left out. */
const CODES = new Set(
  ('USD EUR GBP BDT INR LKR PKR NPR IDR VND MMK KHR HTG MXN ZAR LSL SZL NAD BWP MYR THB CNY JPY KRW PHP HNL GTQ NIO ' +
    'CRC BRL ARS CLP COP PEN BOB PYG UYU DOP TRY EGP ETB KES UGX TZS NGN GHS ZMW MWK ZWL MAD TND DZD JOD AED SAR QAR ' +
    'KWD BHD OMR AUD CAD NZD HKD SGD TWD CHF SEK NOK DKK PLN CZK HUF RON BGN UAH RUB KZT UZS GEL AZN MUR SCR LAK MNT ' +
    'FJD JMD TTD XOF XAF RWF MGA CDF AFN BTN MVR LRD SDG SOS').split(' '),
);
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY', NTD: 'TWD', YTL: 'TRY' };

const SYMBOLS: Record<string, CurrencyRef> = {
  'us$': { code: 'USD' }, 'u.s.$': { code: 'USD' }, 'a$': { code: 'AUD' }, 'au$': { code: 'AUD' },
  'c$': { code: 'CAD' },
  'ca$': { code: 'CAD' }, 'nz$': { code: 'NZD' }, 'hk$': { code: 'HKD' }, 's$': { code: 'SGD' }, 'nt$': { code: 'TWD' },
  'r$': { code: 'BRL' }, 'mex$': { code: 'MXN' }, 'mx$': { code: 'MXN' }, 'z$': { code: 'ZWL' },
  $: { family: 'dollar' },
  '£': { code: 'GBP' }, '€': { code: 'EUR' }, '¥': { family: 'yen' }, '₹': { code: 'INR' }, '৳': { code: 'BDT' },
  '៛': { code: 'KHR' }, '₫': { code: 'VND' }, '฿': { code: 'THB' }, '₱': { code: 'PHP' }, '₦': { code: 'NGN' },
  '₩': { code: 'KRW' }, '₺': { code: 'TRY' }, '₴': { code: 'UAH' }, '₽': { code: 'RUB' }, '₸': { code: 'KZT' },
  '₾': { code: 'GEL' }, tk: { code: 'BDT' }, rs: { family: 'rupee' }, rp: { code: 'IDR' }, rm: { code: 'MYR' },
  r: { code: 'ZAR' }, ksh: { code: 'KES' }, ush: { code: 'UGX' }, ushs: { code: 'UGX' }, tsh: { code: 'TZS' },
};

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
name({ family: 'cfa' }, 'cfa franc', 'cfa francs');
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
name({ code: 'BRL' }, 'reais');
name({ code: 'PEN' }, 'soles');
name({ code: 'BOB' }, 'boliviano', 'bolivianos');
name({ code: 'MYR' }, 'ringgit');
name({ code: 'THB' }, 'baht');
name({ code: 'CNY' }, 'yuan', 'renminbi');
name({ code: 'JPY' }, 'yen');
name({ code: 'TRY' }, 'lira', 'liras', 'lire');
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

/** Name alternatives for a regular expression, longest first. */
export const NAME_SOURCE = Object.keys(NAMES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '\\s+'))
  .join('|');
/** Names that also work before the figure ("rupees 500", "Kyat 3,600"). */
export const PREFIX_NAME_SOURCE = [
  'rupees?|kyats?|riels?|taka|rupiah|dong|gourdes?|pesos?|birr|naira|shillings?|ringgit|baht|yuan|renminbi',
  'euros?|rand|maloti|loti|lempiras?|quetzal(?:es)?|cedis?|kwacha',
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
