import type { Article, Faq, Resource } from '@haven/content';
import { articleStructuredData, faqPageStructuredData, organizationStructuredData } from '@/lib/feeds/structured-data';

const article: Article = {
  documentId: 'a1',
  locale: 'es',
  title: 'Demandar a un tratante',
  slug: 'demandar',
  summary: 'Lo que dice la ley.',
  topics: [{ documentId: 't1', name: 'Demandas civiles', slug: 'demandas' }],
  publishedAt: '2025-02-01T10:00:00.000Z',
  updatedAt: null,
  body: [],
  jurisdiction: 'california',
  legallyReviewedOn: null,
  reviewedBy: null,
  sources: [
    { label: 'Cal. Civ. Code § 52.5', url: 'https://leginfo.legislature.ca.gov/' },
    { label: 'Not a web link', url: 'javascript:alert(1)' },
  ],
  seoTitle: null,
  seoDescription: 'Descripción SEO',
  translationStatus: 'original',
  outdatedSince: null,
  localizations: [],
};

describe('articleStructuredData', () => {
  it('describes the article with its language, dates, topics and web sources', () => {
    expect(articleStructuredData({ article, url: 'https://x/es/articulos/demandar', siteName: 'Haven', siteUrl: 'https://x/es' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Demandar a un tratante',
      description: 'Descripción SEO',
      inLanguage: 'es',
      url: 'https://x/es/articulos/demandar',
      mainEntityOfPage: 'https://x/es/articulos/demandar',
      datePublished: '2025-02-01T10:00:00.000Z',
      about: ['Demandas civiles'],
      citation: [{ '@type': 'CreativeWork', name: 'Cal. Civ. Code § 52.5', url: 'https://leginfo.legislature.ca.gov/' }],
      publisher: { '@type': 'Organization', name: 'Haven', url: 'https://x/es' },
    });
  });

  it('names no publisher when the site has no name yet', () => {
    expect(
      articleStructuredData({ article, url: 'https://x/es/articulos/demandar', siteName: null, siteUrl: 'https://x/es' }),
    ).not.toHaveProperty('publisher');
  });
});

describe('faqPageStructuredData', () => {
  it('lists each question with its answer as plain text', () => {
    const faq: Faq = {
      documentId: 'f1',
      locale: 'en',
      question: 'Does Quick exit erase my history?',
      answer: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'No. It ' },
            { type: 'text', text: 'replaces one entry.' },
          ],
        },
      ],
      topic: null,
      order: 1,
      translationStatus: 'original',
      outdatedSince: null,
    };
    expect(faqPageStructuredData({ faqs: [faq], locale: 'en', url: 'https://x/en/faq' }).mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'Does Quick exit erase my history?',
        acceptedAnswer: { '@type': 'Answer', text: 'No. It replaces one entry.' },
      },
    ]);
  });
});

describe('organizationStructuredData', () => {
  const hotline = {
    documentId: 'r1',
    name: 'National Human Trafficking Hotline',
    kind: 'hotline',
    phone: '1-888-373-7888',
    email: 'help@humantraffickinghotline.org',
    open24x7: true,
    languagesSpoken: ['en', 'es'],
  } as Resource;

  it('gives each featured hotline with a phone number a contact point', () => {
    const data = organizationStructuredData({
      name: 'Haven',
      url: 'https://x/en',
      hotlines: [hotline, { ...hotline, name: 'Website only', phone: null }],
    });
    expect(data.contactPoint).toEqual([
      {
        '@type': 'ContactPoint',
        name: 'National Human Trafficking Hotline',
        contactType: 'hotline',
        telephone: '1-888-373-7888',
        email: 'help@humantraffickinghotline.org',
        availableLanguage: ['en', 'es'],
        hoursAvailable: {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
          opens: '00:00',
          closes: '23:59',
        },
        areaServed: 'US-CA',
      },
    ]);
  });

  it('has no contactPoint when no hotline has a phone number', () => {
    expect(organizationStructuredData({ name: 'Haven', url: 'https://x/en', hotlines: [] })).not.toHaveProperty('contactPoint');
  });
});
