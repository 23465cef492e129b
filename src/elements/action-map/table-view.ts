/**
 * The table view: the same actions grouped by country, then by date. It is the accessible alternative
 * to the map and mirrors the fallback table an author may put inside the element for readers without
 * JavaScript. Long feeds show `limit` rows and a "show more" button, never 100,000 rows at once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedItem } from '../../feed/types.js';
import type { Locale } from '../../runtime/i18n.js';
import { placeName } from '../../runtime/places.js';
import { formatNumber } from '../../runtime/format.js';
import type { MapStrings } from './action-map.strings.js';
import { countLines, dayNote, kindText, organiserText, sourceList } from './details.js';
import { dateText, type groupByCountry } from './entries.js';

export type CountryGroup = ReturnType<typeof groupByCountry>[number];

export function tableView(
  allGroups: readonly CountryGroup[],
  items: ReadonlyMap<string, FeedItem>,
  s: MapStrings,
  locale: Locale,
  limit: number,
  onMore: () => void,
): TemplateResult {
  let left = limit;
  const total = allGroups.reduce((n, g) => n + g.entries.length, 0);
  const groups = allGroups
    .map((g) => {
      const rows = g.entries.slice(0, Math.max(0, left));
      left -= rows.length;
      return { ...g, rows };
    })
    .filter((g) => g.rows.length > 0);
  const hidden = total - Math.min(limit, total);
  return html`<table part="table" role="table">
      <caption>${s.caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${s.date}</th>
          <th scope="col" role="columnheader">${s.action}</th>
          <th scope="col" role="columnheader">${s.place}</th>
          <th scope="col" role="columnheader">${s.peopleHead}</th>
        </tr>
      </thead>
      ${groups.map(
        (g) => html`<tbody role="rowgroup">
          <tr role="row" class="group"><th scope="rowgroup" colspan="4" role="rowheader">${g.name || s.noCountry}</th></tr>
          ${g.rows.map((e) => {
            const org = organiserText(e, s);
            return html`<tr role="row">
              <td role="cell" data-label=${s.date}><time datetime=${e.record.date}>${dateText(e.record, locale)}</time>${dayNote(e, s)}</td>
              <td role="cell" data-label=${s.action}>
                <span class="kind">${kindText(e, s)}</span>
                <strong class="title">${e.record.title}</strong>
                ${org ? html`<span class="org">${org}</span>` : nothing}
                ${Array.isArray(e.record.sources) && e.record.sources.length ? sourceList(e, items, locale, false, s) : nothing}
              </td>
              <td role="cell" data-label=${s.place}>${placeName(e.record.place, locale)}</td>
              <td role="cell" data-label=${s.peopleHead}>${countLines(e, s, locale).join('; ')}</td>
            </tr>`;
          })}
        </tbody>`,
      )}
    </table>
    ${hidden > 0
      ? html`<button type="button" class="more" part="more" @click=${onMore}>${s.showMore(formatNumber(hidden, locale))}</button>`
      : nothing}`;
}
