/**
 * A feed with one hostile string in every text and URL field the four elements render. The records
 * stay otherwise valid (dates, kinds, amounts, the item a source quotes), so the hostile text is not
 * dropped by validation but reaches the templates; a second record of each kind carries it in the
 * strictly checked fields (currency and country codes, dates, kinds), where it must be refused.
 */

/** Feed fields that receive the payload (JSON paths, `[]` for every entry). */
export const FEED_TEXT_FIELDS = [
  '$.title', '$.description', '$.home_page_url',
  '$.items[].id', '$.items[].title', '$.items[].summary', '$.items[].content_text', '$.items[].url',
  '$.items[].authors[].name', '$.items[].authors[].url', '$.items[].tags[]', '$.items[]._source.publisher', '$.items[]._source.file',
  '$._campaign.wages[].id', '$._campaign.wages[].sector', '$._campaign.wages[].sources[].quote', '$._campaign.wages[].sources[].item',
  '$._campaign.incidents[].id', '$._campaign.incidents[].title', '$._campaign.incidents[].description', '$._campaign.incidents[].place.name',
  '$._campaign.incidents[].sources[].quote',
  '$._campaign.actions[].id', '$._campaign.actions[].title', '$._campaign.actions[].description', '$._campaign.actions[].place.name',
  '$._campaign.actions[].route[].name', '$._campaign.actions[].organisers[]', '$._campaign.actions[].sources[].quote',
  '$._campaign.rates[].source', '$._campaign.documents[].file', '$._campaign.documents[].messages[]',
] as const;

/** Strictly checked fields: the payload must be refused there (the record or field left out). */
export const FEED_STRICT_FIELDS = [
  '$._campaign.country', '$._campaign.wages[].currency', '$._campaign.wages[].country', '$._campaign.wages[].effective',
  '$._campaign.wages[].role', '$._campaign.wages[].period',
  '$._campaign.incidents[].kind', '$._campaign.incidents[].date', '$._campaign.incidents[].place.country',
  '$._campaign.actions[].kind', '$._campaign.actions[].date', '$._campaign.actions[].place.country',
  '$._campaign.rates[].from', '$._campaign.rates[].to', '$.items[].date_published', '$.items[].language',
] as const;

/** Attributes a page (or a CMS editor) sets, with the payload. */
export const ATTRIBUTE_FIELDS: Record<string, readonly string[]> = {
  'press-release-list': ['heading', 'subscribe-url', 'subscribe-rss', 'subscribe-atom', 'lang'],
  'wage-gap-gauge': ['currency', 'display-currency', 'country', 'sector', 'as-of', 'per'],
  'incident-timeline': ['highlight', 'kinds', 'from', 'to'],
  'action-map': ['region', 'inset', 'from', 'to', 'center', 'bbox'],
};

export const FIELD_COUNT = FEED_TEXT_FIELDS.length + FEED_STRICT_FIELDS.length + Object.values(ATTRIBUTE_FIELDS).reduce((n, a) => n + a.length, 0);

/** A non-empty, unique-enough id that still contains the payload. */
const idOf = (p: string, suffix: string) => `${p}${suffix}`;

export function hostileFeed(p: string): Record<string, unknown> {
  const item = idOf(p, '#item');
  const title = p.trim() ? p : `${p}(blank)`;
  // Required text must not be blank (the record would be dropped, rightly): blank payloads get a suffix.
  const src = [{ item, quote: title }];
  const place = (lat: number, lon: number) => ({ name: title, country: 'KH', lat, lon });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    description: p,
    home_page_url: p,
    items: [
      {
        id: item,
        title,
        summary: p,
        content_text: `${p} ${p}`,
        url: p,
        date_published: '2014-01-03T00:00:00Z',
        authors: [{ name: title, url: p }],
        tags: [title, 'news'],
        _source: { file: title, publisher: title },
      },
      {
        // The payload inside an otherwise good link: it must stay an http(s) link, escaped.
        id: idOf(p, '#link'),
        title: `Link: ${p}`,
        url: `https://example.org/${p}`,
        date_published: 'not a date',
        language: p,
      },
    ],
    _campaign: {
      schema: 1,
      generated: '2014-02-01T00:00:00Z',
      country: p,
      wages: [
        { id: idOf(p, '#min'), amount: 100, currency: 'USD', period: 'month', role: 'minimum', country: 'KH', sector: title, effective: '2014-01', sources: src },
        { id: idOf(p, '#demand'), amount: 160, currency: 'USD', period: 'month', role: 'demand', country: 'KH', sector: title, effective: '2014-01', sources: src },
        { id: idOf(p, '#living'), amount: 283, currency: 'USD', period: 'month', role: 'living', country: 'KH', sector: title, effective: '2014-01', sources: src },
        { id: idOf(p, '#strict'), amount: 1, currency: p, period: p, role: p, country: p, effective: p, sources: src },
      ],
      rates: [
        { from: 'USD', to: 'KHR', rate: 4000, date: '2014-01-01', source: p },
        { from: p, to: p, rate: 1, date: '2014-01-01' },
      ],
      incidents: [
        { id: idOf(p, '#inc'), date: '2014-01-03', kind: 'killing', title, description: p, place: place(11.55, 104.92), deaths: { value: 4, qualifier: 'at-least' }, sources: src },
        { id: idOf(p, '#inc-strict'), date: p, kind: p, title, place: { name: title, country: p }, sources: src },
      ],
      actions: [
        {
          id: idOf(p, '#act'), date: '2014-01-10', kind: 'march', title, description: p, place: place(51.5, -0.12),
          route: [place(51.5, -0.12), { name: `${p} (end)`, lat: 48.85, lon: 2.35 }],
          participants: { value: 40, qualifier: 'more-than' }, organisers: [title], sources: src,
        },
        { id: idOf(p, '#act-strict'), date: p, kind: p, title, place: { name: title, country: p, lat: 1, lon: 1 }, sources: src },
      ],
      documents: [{ file: title, status: 'warning', messages: [p] }],
    },
  };
}

/** Only the strings a reader should see verbatim somewhere in each element (for the literal check). */
export function expectedTitle(p: string): string {
  return p.trim() ? p : `${p}(blank)`;
}

/** The payload as an RSS 2.0 feed: in escaped titles and in HTML descriptions (read through DOMParser). */
export function hostileRss(p: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // XML 1.0 cannot carry most control characters at all: such payloads are tested through JSON only.
  const x = esc(p.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udfff]/g, ''));
  const cdata = p.replace(/]]>/g, ']]]]><![CDATA[>').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g, '');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${x}</title><link>https://example.org/</link><description>${x}</description>
<item><title>${x}</title><link>${x}</link><guid isPermaLink="false">${x}</guid><description><![CDATA[<p>${cdata}</p>${cdata}]]></description>
<category>${x}</category><source url="https://example.org/">${x}</source><pubDate>Fri, 03 Jan 2014 00:00:00 GMT</pubDate></item>
</channel></rss>`;
}
