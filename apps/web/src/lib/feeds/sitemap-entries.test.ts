import { groupByDocument, toSitemapEntries } from '@/lib/feeds/sitemap-entries';

describe('groupByDocument', () => {
  it('collects each document’s slugs across locales and keeps its newest change', () => {
    expect(
      groupByDocument([
        { documentId: 'a', locale: 'en', slug: 'vacatur', updatedAt: '2025-01-01T00:00:00.000Z' },
        { documentId: 'b', locale: 'en', slug: 'civil-suit', updatedAt: null },
        { documentId: 'a', locale: 'es', slug: 'anulacion', updatedAt: '2025-02-01T00:00:00.000Z' },
      ]),
    ).toEqual([
      { slugs: { en: 'vacatur', es: 'anulacion' }, lastModified: '2025-02-01T00:00:00.000Z' },
      { slugs: { en: 'civil-suit' }, lastModified: null },
    ]);
  });
});

describe('toSitemapEntries', () => {
  it('lists a page once per locale it exists in, each with all its language versions', () => {
    const entries = toSitemapEntries([
      {
        urls: { es: 'https://x/es/articulos/anulacion', en: 'https://x/en/articles/vacatur' },
        lastModified: '2025-02-01T00:00:00.000Z',
      },
    ]);
    const languages = {
      en: 'https://x/en/articles/vacatur',
      es: 'https://x/es/articulos/anulacion',
      'x-default': 'https://x/en/articles/vacatur',
    };
    expect(entries).toEqual([
      { url: 'https://x/en/articles/vacatur', lastModified: '2025-02-01T00:00:00.000Z', alternates: { languages } },
      { url: 'https://x/es/articulos/anulacion', lastModified: '2025-02-01T00:00:00.000Z', alternates: { languages } },
    ]);
  });

  it('omits lastModified when it is unknown', () => {
    expect(toSitemapEntries([{ urls: { en: 'https://x/en' } }])[0]).not.toHaveProperty('lastModified');
  });
});
