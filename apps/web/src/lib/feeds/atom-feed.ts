/** Characters XML 1.0 does not allow at all; they would make the whole feed unreadable. */
// eslint-disable-next-line no-control-regex -- matching control characters is this expression's job
const invalidXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(invalidXmlChars, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  summary: string;
  /** ISO timestamps */
  published: string | null;
  updated: string | null;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** BCP 47 */
  language: string;
  selfUrl: string;
  alternateUrl: string;
  authorName: string;
  entries: AtomEntry[];
}

function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const epoch = new Date(0).toISOString();

/** An Atom 1.0 document (RFC 4287). Every text and attribute value is escaped here. */
export function buildAtomFeed(feed: AtomFeed): string {
  const entryUpdated = feed.entries.map((entry) => isoOrNull(entry.updated) ?? isoOrNull(entry.published) ?? epoch);
  const feedUpdated = entryUpdated.reduce((latest, value) => (value > latest ? value : latest), epoch);
  const entries = feed.entries.map((entry, index) => {
    const published = isoOrNull(entry.published);
    return [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${entryUpdated[index]}</updated>`,
      ...(published ? [`    <published>${published}</published>`] : []),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <updated>${feedUpdated}</updated>`,
    `  <author><name>${escapeXml(feed.authorName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
