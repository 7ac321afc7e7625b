import { locales, type Locale } from '@haven/i18n';
import { pathnames } from '../src/i18n/pathnames';
import { siteUrl } from './browser';

/** Every page type a visitor reads, and where each lives in each locale (the sweeps and the first-screen checks). */
export type PageType =
  | 'home'
  | 'articles index'
  | 'article'
  | 'resources'
  | 'resource'
  | 'FAQ'
  | 'search with a query'
  | 'safety'
  | 'about'
  | 'request help'
  | 'request sent';

export const pageTypes: readonly PageType[] = [
  'home',
  'articles index',
  'article',
  'resources',
  'resource',
  'FAQ',
  'search with a query',
  'safety',
  'about',
  'request help',
  'request sent',
];
/** What partners hand on, in every locale: the partner page, a flyer and the two embeds. */
export type PartnerKitPageType = 'partners' | 'flyer' | 'hotlines embed' | 'resources embed';

export const partnerKitPageTypes: readonly PartnerKitPageType[] = ['partners', 'flyer', 'hotlines embed', 'resources embed'];

/** Whether partner sites may frame pages of this type (frame-ancestors *). */
export const isEmbedType = (type: PageType | PartnerKitPageType): boolean => type.endsWith(' embed');

export const localeCodes: readonly Locale[] = locales.map((locale) => locale.code);

// Translated into every locale in the seed, so each locale's page is its own text.
const englishArticle = '/en/articles/getting-compensation';
const englishResource = '/en/resources/cast-los-angeles';

/** Where the seeded article and resource live in each locale. */
export interface LocalizedPaths {
  article: Map<string, string>;
  resource: Map<string, string>;
}

/** Reads the seeded article's and resource's localized paths from the English pages' hreflang links. */
export async function localizedPaths(): Promise<LocalizedPaths> {
  const [article, resource] = await Promise.all([alternates(englishArticle), alternates(englishResource)]);
  return { article, resource };
}

async function alternates(englishPath: string): Promise<Map<string, string>> {
  const html = await (await fetch(`${siteUrl()}${englishPath}`)).text();
  const paths = new Map<string, string>();
  for (const [, locale, href] of html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)) {
    if (locale && href) paths.set(locale, new URL(href).pathname);
  }
  return paths;
}

export function pathFor(paths: LocalizedPaths, type: PageType | PartnerKitPageType, locale: Locale): string {
  const localized = (found: Map<string, string>, source: string) => {
    const path = found.get(locale);
    if (!path) throw new Error(`${source} has no hreflang alternate for ${locale}`);
    return path;
  };
  switch (type) {
    case 'home':
      return `/${locale}`;
    case 'articles index':
      return `/${locale}${pathnames['/articles'][locale]}`;
    case 'article':
      return localized(paths.article, englishArticle);
    case 'resources':
      return `/${locale}${pathnames['/resources'][locale]}`;
    case 'resource':
      return localized(paths.resource, englishResource);
    case 'FAQ':
      return `/${locale}${pathnames['/faq'][locale]}`;
    case 'search with a query':
      return `/${locale}${pathnames['/search'][locale]}?q=911`;
    case 'safety':
      return `/${locale}${pathnames['/safety'][locale]}`;
    case 'about':
      return `/${locale}${pathnames['/about'][locale]}`;
    case 'request help':
      return `/${locale}${pathnames['/request-help'][locale]}`;
    case 'request sent':
      return `/${locale}${pathnames['/request-help/sent'][locale]}`;
    case 'partners':
      return `/${locale}${pathnames['/partners'][locale]}`;
    case 'flyer':
      return `/go/home/flyer?lang=${locale}`;
    case 'hotlines embed':
      return `/embed/hotlines?lang=${locale}`;
    case 'resources embed':
      return `/embed/resources?lang=${locale}&kind=legal_aid`;
  }
}
