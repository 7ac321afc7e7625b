import { defaultLocale as siteDefaultLocale, localeCodes, type Locale } from '@haven/i18n';
import { hreflangAlternates, type LocalizedSlugs, type LocalizedUrls } from '@/lib/urls/document-locales';

export interface LocalizedDocument {
  documentId: string;
  locale: Locale;
  slug: string;
  updatedAt?: string | null;
}

export interface DocumentVersions {
  slugs: LocalizedSlugs;
  lastModified: string | null;
}

/** One entry per document, with its slug in every locale it was listed in and its newest change. */
export function groupByDocument(items: Iterable<LocalizedDocument>): DocumentVersions[] {
  const byId = new Map<string, DocumentVersions>();
  for (const item of items) {
    const versions = byId.get(item.documentId) ?? { slugs: {}, lastModified: null };
    versions.slugs[item.locale] = item.slug;
    if (item.updatedAt && (!versions.lastModified || item.updatedAt > versions.lastModified)) {
      versions.lastModified = item.updatedAt;
    }
    byId.set(item.documentId, versions);
  }
  return [...byId.values()];
}

export interface SitemapPage {
  urls: LocalizedUrls;
  lastModified?: string | null;
}

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  alternates: { languages: Record<string, string> };
}

/** One sitemap entry per page and locale, each listing all language versions of that page. */
export function toSitemapEntries(pages: readonly SitemapPage[], defaultLocale: Locale = siteDefaultLocale): SitemapEntry[] {
  return pages.flatMap((page) => {
    const languages = hreflangAlternates(page.urls, defaultLocale);
    return localeCodes.flatMap((locale) => {
      const url = page.urls[locale];
      if (url === undefined) return [];
      return [
        {
          url,
          ...(page.lastModified ? { lastModified: page.lastModified } : {}),
          alternates: { languages },
        },
      ];
    });
  });
}
