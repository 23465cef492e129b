/**
 * The light-DOM fallback content of each element, generated from a feed: what readers without
 * JavaScript see, what a CMS that strips scripts keeps, and what shows before an element upgrades.
 * The studio's "no-JS" snippets come from here, and so does what the WordPress plugin's block editor
 * saves inside each block (bundled as the plugin's `editor/fallback.js`).
 *
 * The feed is untrusted: it may come from anyone's documents, or be hand-edited. So every value is
 * HTML-escaped (text and attributes alike, `&` always encoded), the only markup is a fixed set of
 * plain tags (`ul li p strong small br a time table caption thead tbody tr th td`), the only
 * attributes are `class`, `scope`, `datetime` and `href`, and an `href` is written only for an
 * absolute http: or https: URL. Nothing here touches the DOM: it is a pure string function that runs
 * in Node, in a Web Worker and in a page alike.
 */
import { compareDates, isPartialDate, isRfc3339 } from './dates.js';
import { periodEndDay, periodStartDay, rangeTouches, recordRange } from './date-ranges.js';
import { WAGE_ROLES } from './contract.js';
import type { ActionKind, IncidentKind, WagePeriod, WageRole } from './types.js';
import { isHttpUrl } from './urls.js';

export type FallbackTag = 'press-release-list' | 'wage-gap-gauge' | 'incident-timeline' | 'action-map';
export const FALLBACK_TAGS: readonly FallbackTag[] = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'];

/**
 * The element's attributes that change what it shows: `tag`, `publisher`, `limit` (releases);
 * `country`, `sector`, `target`, `as-of` (gauge); `from`, `to`, `include-actions` (timeline);
 * `from`, `to`, `include-incidents` (map). Others are ignored.
 */
export type FallbackAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

const SUMMARY_CHARS = 300;

// ----- strings -----

const EN = {
  empty: 'Nothing to show yet.',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthYear: (m: string, y: string) => `${m} ${y}`,
  dayMonthYear: (d: string, m: string, y: string) => `${d} ${m} ${y}`,
  atLeast: (n: string) => `at least ${n}`,
  about: (n: string) => `about ${n}`,
  moreThan: (n: string) => `more than ${n}`,
  roles: { minimum: 'Legal minimum wage', offer: 'Offer by the government or employers', demand: "Workers' demand", living: 'Living wage estimate' } satisfies Record<WageRole, string> as Record<string, string>,
  per: { hour: (m: string) => `${m} an hour`, day: (m: string) => `${m} a day`, week: (m: string) => `${m} a week`, year: (m: string) => `${m} a year`, month: (m: string) => `${m} a month` } satisfies Record<WagePeriod, (m: string) => string> as Record<string, (m: string) => string>,
  ofDemand: (min: string, goal: string, pct: string) => `The legal minimum wage, ${min}, is ${pct}% of what workers demand, ${goal}.`,
  ofLiving: (min: string, goal: string, pct: string) => `The legal minimum wage, ${min}, is ${pct}% of a living wage, ${goal}.`,
  asOf: (d: string) => `Figures in force as of ${d}.`,
  from: (d: string) => `from ${d}`,
  dayNotStated: 'day not stated',
  incidentKinds: { strike: 'Strike', protest: 'Protest', violence: 'Violence', killing: 'Killing', arrest: 'Arrest', court: 'Court', dismissal: 'Dismissal', migration: 'Migration', ban: 'Ban', other: 'Other' } satisfies Record<IncidentKind, string> as Record<string, string>,
  actionKinds: { protest: 'Protest', rally: 'Rally', march: 'March', vigil: 'Vigil', letter: 'Letter', statement: 'Statement', petition: 'Petition', strike: 'Strike', other: 'Other' } satisfies Record<ActionKind, string> as Record<string, string>,
  incidents: 'Incidents',
  actions: 'Solidarity actions',
  date: 'Date',
  whatHappened: 'What happened',
  where: 'Where',
  people: 'People',
  action: 'Action',
  participants: 'Participants',
  organisers: 'Organisers',
  killed: (n: string) => `${n} killed`,
  injured: (n: string) => `${n} injured`,
  arrested: (n: string) => `${n} arrested`,
  tookPart: (n: string) => `${n} took part`,
};
type Strings = typeof EN;

// To be checked by a native speaker before release.
const KM: Strings = {
  ...EN,
  empty: 'មិនទាន់មានអ្វីបង្ហាញនៅឡើយទេ។',
  months: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
  atLeast: (n) => `យ៉ាងហោចណាស់ ${n}`,
  about: (n) => `ប្រហែល ${n}`,
  moreThan: (n) => `ច្រើនជាង ${n}`,
  roles: { minimum: 'ប្រាក់ឈ្នួលអប្បបរមាស្របច្បាប់', offer: 'សំណើរបស់រដ្ឋាភិបាល ឬនិយោជក', demand: 'ការទាមទាររបស់កម្មករ', living: 'ការប៉ាន់ស្មានប្រាក់ឈ្នួលសមរម្យ' } satisfies Record<WageRole, string>,
  per: { hour: (m) => `${m} ក្នុងមួយម៉ោង`, day: (m) => `${m} ក្នុងមួយថ្ងៃ`, week: (m) => `${m} ក្នុងមួយសប្តាហ៍`, year: (m) => `${m} ក្នុងមួយឆ្នាំ`, month: (m) => `${m} ក្នុងមួយខែ` } satisfies Record<WagePeriod, (m: string) => string>,
  ofDemand: (min, goal, pct) => `ប្រាក់ឈ្នួលអប្បបរមាស្របច្បាប់ ${min} ស្មើនឹង ${pct}% នៃអ្វីដែលកម្មករទាមទារ គឺ ${goal}។`,
  ofLiving: (min, goal, pct) => `ប្រាក់ឈ្នួលអប្បបរមាស្របច្បាប់ ${min} ស្មើនឹង ${pct}% នៃប្រាក់ឈ្នួលសមរម្យ ${goal}។`,
  asOf: (d) => `តួលេខដែលមានសុពលភាពគិតត្រឹម ${d}។`,
  from: (d) => `ចាប់ពី ${d}`,
  dayNotStated: 'មិនបញ្ជាក់ថ្ងៃ',
  incidentKinds: { strike: 'កូដកម្ម', protest: 'ការតវ៉ា', violence: 'អំពើហិង្សា', killing: 'ការសម្លាប់', arrest: 'ការចាប់ខ្លួន', court: 'តុលាការ', dismissal: 'ការបញ្ឈប់ពីការងារ', migration: 'ការធ្វើចំណាកស្រុក', ban: 'ការហាមឃាត់', other: 'ផ្សេងៗ' } satisfies Record<IncidentKind, string>,
  actionKinds: { protest: 'ការតវ៉ា', rally: 'ការជួបជុំ', march: 'ការដើរក្បួន', vigil: 'ការប្រមូលផ្តុំរំលឹក', letter: 'លិខិត', statement: 'សេចក្តីថ្លែងការណ៍', petition: 'ញត្តិ', strike: 'កូដកម្ម', other: 'ផ្សេងៗ' } satisfies Record<ActionKind, string>,
  incidents: 'ហេតុការណ៍',
  actions: 'សកម្មភាពសាមគ្គីភាព',
  date: 'កាលបរិច្ឆេទ',
  whatHappened: 'អ្វីដែលបានកើតឡើង',
  where: 'ទីកន្លែង',
  people: 'មនុស្ស',
  action: 'សកម្មភាព',
  participants: 'អ្នកចូលរួម',
  organisers: 'អ្នករៀបចំ',
  killed: (n) => `ស្លាប់ ${n} នាក់`,
  injured: (n) => `របួស ${n} នាក់`,
  arrested: (n) => `ចាប់ខ្លួន ${n} នាក់`,
  tookPart: (n) => `ចូលរួម ${n} នាក់`,
};

interface Ctx {
  s: Strings;
  km: boolean;
}

// ----- escaping -----

// C0 controls (except tab, LF, CR), DEL and lone surrogates have no place in HTML text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text → HTML that shows exactly that text, in content and in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(UNSAFE_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// ----- values: the feed may hold anything -----

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: unknown, key: string): string => (isObj(o) && typeof o[key] === 'string' ? (o[key] as string) : '');
const arr = (o: unknown, key: string): unknown[] => (isObj(o) && Array.isArray(o[key]) ? (o[key] as unknown[]) : []);
const obj = (o: unknown, key: string): Obj => (isObj(o) && isObj(o[key]) ? (o[key] as Obj) : {});
const num = (o: unknown, key: string): number | undefined =>
  isObj(o) && typeof o[key] === 'number' && Number.isFinite(o[key]) ? (o[key] as number) : undefined;
/** The attribute is set to something other than false, 0, '' or '0'. */
const given = (v: unknown): boolean => v !== undefined && v !== null && v !== false && v !== '' && v !== 0 && v !== '0';
const attr = (attrs: FallbackAttributes, key: string): string => (given(attrs[key]) ? String(attrs[key]) : '');
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);


const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const digits = (text: string, c: Ctx): string => (c.km ? text.replace(/[0-9]/g, (d) => KHMER_DIGITS[Number(d)]) : text);

/** Text shortened to `max` characters (code points) at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  let cut = chars.slice(0, max);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.join('').replace(/[ ,.;:]+$/, '')}…`;
}

function formatNumber(n: number, c: Ctx): string {
  const decimals = Number.isInteger(n) ? 0 : 2;
  let [whole, frac = ''] = Math.abs(n).toFixed(decimals).split('.');
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  frac = frac.replace(/0+$/, '');
  return digits(`${n < 0 ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`, c);
}

/** `2014` → "2014", `2014-01` → "January 2014", `2014-01-03` → "3 January 2014"; '' when invalid. */
export function formatPartialDate(date: string, lang = 'en'): string {
  return formatDate(date, context(lang));
}

function formatDate(date: string, c: Ctx): string {
  if (!isPartialDate(date)) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return digits(String(y), c);
  const month = c.s.months[m - 1];
  return digits(d === undefined ? c.s.monthYear(month, String(y)) : c.s.dayMonthYear(String(d), month, String(y)), c);
}

/** The date, or the range `date`–`end`; `range` "within": on a day of that range the sources do not state. */
function timeHtml(date: string, end: string, c: Ctx, range = ''): string {
  const text = formatDate(date, c);
  if (text === '') return '';
  let html = `<time datetime="${escapeHtml(date)}">${escapeHtml(text)}</time>`;
  const endText = end === '' ? '' : formatDate(end, c);
  if (endText !== '') {
    html += ` – <time datetime="${escapeHtml(end)}">${escapeHtml(endText)}</time>`;
    if (range === 'within') html += ` (${escapeHtml(c.s.dayNotStated)})`;
  }
  return html;
}

/** A link when `url` is an absolute http(s) URL, else the (already escaped) text alone. */
function link(textHtml: string, url: string): string {
  const href = url.trim();
  return href !== '' && isHttpUrl(href) ? `<a href="${escapeHtml(href)}">${textHtml}</a>` : textHtml;
}

function countText(count: unknown, c: Ctx): string {
  const value = num(count, 'value');
  if (value === undefined) return '';
  const n = formatNumber(value, c);
  switch (str(count, 'qualifier')) {
    case 'at-least': return c.s.atLeast(n);
    case 'about': return c.s.about(n);
    case 'more-than': return c.s.moreThan(n);
    default: return n;
  }
}

function placeText(place: unknown): string {
  const name = str(place, 'name');
  const country = str(place, 'country');
  if (name === '') return country;
  return country === '' ? name : `${name} (${country})`;
}

// ----- press-release-list -----

function releases(feed: unknown, attrs: FallbackAttributes, c: Ctx): string {
  const tag = attr(attrs, 'tag');
  const publisher = attr(attrs, 'publisher');
  let items = arr(feed, 'items').filter((item): item is Obj => {
    if (!isObj(item)) return false;
    if (tag && !arr(item, 'tags').includes(tag)) return false;
    if (publisher && str(obj(item, '_source'), 'publisher') !== publisher) return false;
    return true;
  });
  items.sort((a, b) => cmp(str(b, 'date_published'), str(a, 'date_published')));
  const limit = Number(attrs.limit);
  if (given(attrs.limit) && Number.isFinite(limit) && Math.trunc(limit) > 0) items = items.slice(0, Math.trunc(limit));
  if (items.length === 0) return '';
  let html = '<ul class="sw-fallback sw-fallback-releases">';
  for (const item of items) {
    let title = str(item, 'title');
    let summary = str(item, 'summary');
    if (summary === '') summary = shorten(str(item, 'content_text'), SUMMARY_CHARS);
    if (title === '') title = shorten(summary !== '' ? summary : str(item, 'id'), 80);
    const source = obj(item, '_source');
    const published = str(item, 'date_published');
    const precision = str(source, 'date_precision');
    const date = isRfc3339(published)
      ? precision === 'year' ? published.slice(0, 4) : precision === 'month' ? published.slice(0, 7) : published.slice(0, 10)
      : '';
    const meta: string[] = [];
    if (date !== '') meta.push(timeHtml(date, '', c));
    const pub = str(source, 'publisher');
    if (pub !== '') meta.push(escapeHtml(pub));
    html += `<li><p><strong>${link(escapeHtml(title), str(item, 'url'))}</strong>`;
    if (meta.length) html += `<br><small>${meta.join(' · ')}</small>`;
    html += '</p>';
    if (summary !== '') html += `<p>${escapeHtml(summary)}</p>`;
    html += '</li>';
  }
  return `${html}</ul>`;
}

// ----- wage-gap-gauge -----

const ROLE_ORDER: Record<string, number> = Object.fromEntries(WAGE_ROLES.map((role, i) => [role, i]));

function money(wage: Obj, c: Ctx): string {
  const amount = formatNumber(num(wage, 'amount') ?? 0, c);
  const m = `${amount} ${str(wage, 'currency')}`;
  // Own keys only: a period of "valueOf" or "constructor" must not reach Object.prototype.
  const period = str(wage, 'period');
  return (Object.hasOwn(c.s.per, period) ? c.s.per[period] : c.s.per.month)(m);
}

function wages(feed: unknown, attrs: FallbackAttributes, c: Ctx): string {
  const country = attr(attrs, 'country').toUpperCase();
  const sector = attr(attrs, 'sector');
  const list = arr(obj(feed, '_campaign'), 'wages').filter((w): w is Obj => {
    if (!isObj(w) || !Object.hasOwn(ROLE_ORDER, str(w, 'role')) || num(w, 'amount') === undefined || !/^[A-Z]{3}$/.test(str(w, 'currency'))) return false;
    if (country && str(w, 'country') !== '' && country !== str(w, 'country')) return false;
    if (sector && str(w, 'sector') !== '' && sector !== str(w, 'sector')) return false;
    return true;
  });
  if (list.length === 0) return '';
  list.sort((a, b) => ROLE_ORDER[str(a, 'role')] - ROLE_ORDER[str(b, 'role')] || compareDates(str(a, 'effective'), str(b, 'effective')));
  let html = wageSummary(list, attrs, c);
  html += '<ul class="sw-fallback sw-fallback-wages">';
  for (const w of list) {
    const details: string[] = [];
    if (str(w, 'sector') !== '') details.push(escapeHtml(str(w, 'sector')));
    if (str(w, 'country') !== '') details.push(escapeHtml(str(w, 'country')));
    const when = timeHtml(str(w, 'effective'), '', c);
    // The date is markup already; only the words around it are escaped.
    if (when !== '') details.push(escapeHtml(c.s.from('{date}')).replace('{date}', when));
    html += `<li><strong>${escapeHtml(c.s.roles[str(w, 'role')])}</strong>: ${escapeHtml(money(w, c))}`;
    if (details.length) html += ` <small>(${details.join(', ')})</small>`;
    html += '</li>';
  }
  return `${html}</ul>`;
}

/**
 * One sentence, as the gauge reads it (`selectWages` in the element; keep the two in step): the legal
 * minimum in force against the target (the workers' demand, or a living wage with target="living"), at
 * `as-of` or else at the latest target's date; without a `country`/`sector`, within the country and
 * sector of that target; per role, figures in the latest minimum's currency first.
 */
function wageSummary(all: Obj[], attrs: FallbackAttributes, c: Ctx): string {
  const target = attrs.target === 'living' ? 'living' : 'demand';
  const other = target === 'living' ? 'demand' : 'living';
  // Sorted by role, then oldest first: the last of a role is its latest.
  const last = (list: Obj[], role: string): Obj | undefined => list.filter((w) => str(w, 'role') === role).pop();
  let list = all;
  const anchor = last(list, target) ?? last(list, other) ?? last(list, 'minimum');
  for (const key of ['country', 'sector']) {
    const value = anchor ? str(anchor, key) : '';
    if (attr(attrs, key) === '' && value !== '' && list.some((w) => str(w, key) !== value)) list = list.filter((w) => str(w, key) === value);
  }
  const currency = str(last(list, 'minimum'), 'currency');
  let asOf = typeof attrs['as-of'] === 'string' && isPartialDate(attrs['as-of']) ? attrs['as-of'] : '';
  const inForce = (role: string): Obj | undefined => {
    const candidates = list.filter((w) => {
      const eff = str(w, 'effective');
      return str(w, 'role') === role && (asOf === '' || !isPartialDate(eff) || periodStartDay(eff) <= periodEndDay(asOf));
    });
    const same = candidates.filter((w) => str(w, 'currency') === currency);
    return (same.length ? same : candidates).pop();
  };
  const goal = inForce(target) ?? inForce(other);
  if (asOf === '' && goal && str(goal, 'effective') !== '') asOf = str(goal, 'effective');
  const minimum = inForce('minimum');
  if (!goal || !minimum || str(minimum, 'currency') !== str(goal, 'currency') || str(minimum, 'period') !== str(goal, 'period')) return '';
  const goalAmount = num(goal, 'amount')!;
  if (goalAmount === 0) return '';
  const pct = formatNumber(Math.round((100 * num(minimum, 'amount')!) / goalAmount), c);
  const sentence = (str(goal, 'role') === 'living' ? c.s.ofLiving : c.s.ofDemand)(money(minimum, c), money(goal, c), pct);
  let html = `<p class="sw-fallback sw-fallback-wage-summary">${escapeHtml(sentence)}`;
  const when = formatDate(asOf, c);
  if (when !== '') html += ` ${escapeHtml(c.s.asOf(when))}`;
  return `${html}</p>`;
}

// ----- incident-timeline and action-map -----

/**
 * Records of a `_campaign` list with a valid date, oldest first, kept when they overlap the
 * `from`…`to` window as the elements read it: `to="2014-01"` keeps 3 January 2014, `from="2014-01"`
 * keeps an event dated only `2014`.
 */
function dated(feed: unknown, key: string, attrs: FallbackAttributes): Obj[] {
  const from = attr(attrs, 'from');
  const to = attr(attrs, 'to');
  const list = arr(obj(feed, '_campaign'), key).filter((r): r is Obj => {
    const date = str(r, 'date');
    return isPartialDate(date) && rangeTouches(recordRange(date, str(r, 'end')), from, to);
  });
  return list.sort((a, b) => compareDates(str(a, 'date'), str(b, 'date')));
}

function tableHead(caption: string, columns: string[]): string {
  return `<table class="sw-fallback"><caption>${escapeHtml(caption)}</caption><thead><tr>${columns
    .map((col) => `<th scope="col">${escapeHtml(col)}</th>`)
    .join('')}</tr></thead><tbody>`;
}

const kindLabel = (kind: string, c: Ctx, first: 'incident' | 'action'): string => {
  const [a, b] = first === 'incident' ? [c.s.incidentKinds, c.s.actionKinds] : [c.s.actionKinds, c.s.incidentKinds];
  return (Object.hasOwn(a, kind) ? a[kind] : Object.hasOwn(b, kind) ? b[kind] : '') ?? '';
};

function incidents(feed: unknown, attrs: FallbackAttributes, c: Ctx): string {
  let list = dated(feed, 'incidents', attrs);
  if (given(attrs['include-actions'])) {
    list = [...list, ...dated(feed, 'actions', attrs)].sort((a, b) => compareDates(str(a, 'date'), str(b, 'date')));
  }
  if (list.length === 0) return '';
  let html = tableHead(c.s.incidents, [c.s.date, c.s.whatHappened, c.s.where, c.s.people]);
  const phrases: [string, (n: string) => string][] = [['deaths', c.s.killed], ['injured', c.s.injured], ['arrested', c.s.arrested], ['participants', c.s.tookPart]];
  for (const e of list) {
    const counts = phrases.map(([key, phrase]) => [countText(obj(e, key), c), phrase] as const).filter(([n]) => n !== '').map(([n, phrase]) => phrase(n));
    let what = `<strong>${escapeHtml(kindLabel(str(e, 'kind'), c, 'incident'))}</strong>: ${escapeHtml(str(e, 'title'))}`;
    const desc = str(e, 'description');
    if (desc !== '') what += `<br>${escapeHtml(shorten(desc, SUMMARY_CHARS))}`;
    html += `<tr><td>${timeHtml(str(e, 'date'), str(e, 'end'), c, str(e, 'range'))}</td><td>${what}</td>` +
      `<td>${escapeHtml(placeText(obj(e, 'place')))}</td><td>${escapeHtml(counts.join('; '))}</td></tr>`;
  }
  return `${html}</tbody></table>`;
}

function actions(feed: unknown, attrs: FallbackAttributes, c: Ctx): string {
  let list = dated(feed, 'actions', attrs);
  if (given(attrs['include-incidents'])) {
    list = [...list, ...dated(feed, 'incidents', attrs)].sort((a, b) => compareDates(str(a, 'date'), str(b, 'date')));
  }
  if (list.length === 0) return '';
  let html = tableHead(c.s.actions, [c.s.date, c.s.action, c.s.where, c.s.participants, c.s.organisers]);
  for (const a of list) {
    const route = arr(a, 'route').map(placeText).filter((n) => n !== '');
    const where = route.length ? route.join(' → ') : placeText(obj(a, 'place'));
    const organisers = arr(a, 'organisers').filter((o): o is string => typeof o === 'string');
    html += `<tr><td>${timeHtml(str(a, 'date'), str(a, 'end'), c, str(a, 'range'))}</td>` +
      `<td><strong>${escapeHtml(kindLabel(str(a, 'kind'), c, 'action'))}</strong>: ${escapeHtml(str(a, 'title'))}</td>` +
      `<td>${escapeHtml(where)}</td><td>${escapeHtml(countText(obj(a, 'participants'), c))}</td>` +
      `<td>${escapeHtml(organisers.join(', '))}</td></tr>`;
  }
  return `${html}</tbody></table>`;
}

function context(lang: string | undefined): Ctx {
  const km = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'km';
  return { s: km ? KM : EN, km };
}

/**
 * The fallback markup of one element for a feed (any value: what is not a usable record is skipped),
 * in English or Khmer (`lang` `km`, `km-KH`; anything else is English). Never empty: a feed with
 * nothing for this element gives a one-line "Nothing to show yet." paragraph.
 */
export function fallbackHtml(tag: FallbackTag, feed: unknown, attrs: FallbackAttributes = {}, lang = 'en'): string {
  const c = context(lang);
  let html = '';
  if (tag === 'press-release-list') html = releases(feed, attrs, c);
  else if (tag === 'wage-gap-gauge') html = wages(feed, attrs, c);
  else if (tag === 'incident-timeline') html = incidents(feed, attrs, c);
  else if (tag === 'action-map') html = actions(feed, attrs, c);
  return html === '' ? `<p class="sw-fallback sw-fallback-empty">${escapeHtml(c.s.empty)}</p>` : html;
}
