import { buildAtomFeed, escapeXml, type AtomFeed } from '@/lib/feeds/atom-feed';

const feed: AtomFeed = {
  id: 'https://haven.example/es/feed.xml',
  title: 'Haven',
  subtitle: 'Artículos recientes',
  language: 'es',
  selfUrl: 'https://haven.example/es/feed.xml',
  alternateUrl: 'https://haven.example/es/articulos',
  authorName: 'Haven',
  entries: [
    {
      id: 'https://haven.example/go/abc?lang=es',
      title: 'Demandar a un tratante <civil> & "más"',
      url: 'https://haven.example/es/articulos/demandar?x=1&y=2',
      summary: "Lo que dice la ley: l'article",
      published: '2025-02-01T10:00:00.000Z',
      updated: '2025-03-01T10:00:00.000Z',
    },
    {
      id: 'https://haven.example/go/def?lang=es',
      title: 'Sin fecha',
      url: 'https://haven.example/es/articulos/sin-fecha',
      summary: '',
      published: null,
      updated: null,
    },
  ],
};

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('drops control characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne')).toBe('abc\td\ne');
  });
});

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed(feed);

  it('escapes every value taken from content', () => {
    expect(xml).toContain('<title>Demandar a un tratante &lt;civil&gt; &amp; &quot;más&quot;</title>');
    expect(xml).toContain('href="https://haven.example/es/articulos/demandar?x=1&amp;y=2"');
    expect(xml).not.toContain('<civil>');
  });

  it('declares the feed language and links to itself', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://haven.example/es/feed.xml"/>');
  });

  it('dates the feed by its newest entry', () => {
    expect(xml).toContain('  <updated>2025-03-01T10:00:00.000Z</updated>\n  <author>');
  });

  it('gives an entry without dates a valid updated element and no published element', () => {
    const second = xml.slice(xml.lastIndexOf('<entry>'));
    expect(second).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    expect(second).not.toContain('<published>');
  });

  it('is well-formed for an empty feed', () => {
    const empty = buildAtomFeed({ ...feed, entries: [] });
    expect(empty).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    expect(empty.trim().endsWith('</feed>')).toBe(true);
  });
});
