import { localeCodes } from '@haven/i18n';
import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { cmsContent } from '@/lib/content/cms';
import { mapLocales } from '@/lib/urls/document-locales';
import { groupByDocument, toSitemapEntries, type SitemapPage } from '@/lib/feeds/sitemap-entries';
import { localizedUrl, type Href } from '@/lib/urls/site-urls';

const staticPages: Href[] = ['/', '/articles', '/resources', '/faq', '/safety', '/about', '/partners', '/request-help'];

function everyLocale(href: Href): SitemapPage {
  return { urls: Object.fromEntries(localeCodes.map((locale) => [locale, localizedUrl(locale, href)])) };
}

function documentPages(
  pathname: '/articles/[slug]' | '/resources/[slug]',
  documents: Parameters<typeof groupByDocument>[0],
): SitemapPage[] {
  return groupByDocument(documents).map(({ slugs, lastModified }) => ({
    urls: mapLocales(slugs, (locale, slug) => localizedUrl(locale, { pathname, params: { slug } })),
    lastModified,
  }));
}

/** Every page in every locale it exists in, each listing its language versions. Built per request. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [articles, resources] = await Promise.all([
    Promise.all(localeCodes.map((locale) => cmsContent.getArticles({ locale }))),
    Promise.all(localeCodes.map((locale) => cmsContent.getResources({ locale }))),
  ]);
  return toSitemapEntries([
    ...staticPages.map(everyLocale),
    ...documentPages('/articles/[slug]', articles.flat()),
    ...documentPages('/resources/[slug]', resources.flat()),
  ]);
}
