import type { Article, Faq, Resource } from '@haven/content';
import { blocksToPlainText } from '@/lib/rich-text/rich-text-blocks';
import { isWebUrl, toSafeHref } from '@/lib/security/safe-url';

/** schema.org objects for JSON-LD. URLs are absolute; content is passed through, never invented. */

export function articleStructuredData(args: {
  article: Article;
  url: string;
  siteName: string | null;
  siteUrl: string;
}): Record<string, unknown> {
  const { article } = args;
  const citations = article.sources.flatMap((source) => {
    const url = toSafeHref(source.url);
    return url && isWebUrl(url) ? [{ '@type': 'CreativeWork', name: source.label || url, url }] : [];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.summary,
    inLanguage: article.locale,
    url: args.url,
    mainEntityOfPage: args.url,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.updatedAt ? { dateModified: article.updatedAt } : {}),
    ...(article.topics.length > 0 ? { about: article.topics.map((topic) => topic.name) } : {}),
    ...(citations.length > 0 ? { citation: citations } : {}),
    ...(args.siteName ? { publisher: { '@type': 'Organization', name: args.siteName, url: args.siteUrl } } : {}),
  };
}

export function faqPageStructuredData(args: { faqs: readonly Faq[]; locale: string; url: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: args.locale,
    url: args.url,
    mainEntity: args.faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: blocksToPlainText(faq.answer) },
    })),
  };
}

const allWeek = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function organizationStructuredData(args: { name: string; url: string; hotlines: readonly Resource[] }): Record<string, unknown> {
  const contactPoint = args.hotlines
    .filter((hotline) => hotline.phone)
    .map((hotline) => ({
      '@type': 'ContactPoint',
      name: hotline.name,
      contactType: hotline.kind === 'hotline' ? 'hotline' : hotline.kind.replace('_', ' '),
      telephone: hotline.phone,
      ...(hotline.email ? { email: hotline.email } : {}),
      ...(hotline.languagesSpoken.length > 0 ? { availableLanguage: hotline.languagesSpoken } : {}),
      ...(hotline.open24x7
        ? { hoursAvailable: { '@type': 'OpeningHoursSpecification', dayOfWeek: allWeek, opens: '00:00', closes: '23:59' } }
        : {}),
      areaServed: 'US-CA',
    }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: args.name,
    url: args.url,
    ...(contactPoint.length > 0 ? { contactPoint } : {}),
  };
}
