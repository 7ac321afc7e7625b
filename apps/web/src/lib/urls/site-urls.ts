import type { PageType } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import { absoluteUrl } from '@/lib/urls/absolute-url';

export type Href = Parameters<typeof getPathname>[0]['href'];

/** The localized path of a page, locale prefix included (e.g. /es/articulos/x). */
export function localizedPath(locale: Locale, href: Href): string {
  return getPathname({ locale, href });
}

/** The page route of each document type that has pages. */
export const documentRoutes = { article: '/articles/[slug]', resource: '/resources/[slug]' } as const satisfies Record<PageType, string>;

/** Where a document lives on the site in one locale: the one place that builds it, for permalinks, previews and renames. */
export function documentPath(type: PageType, locale: Locale, slug: string): string {
  return localizedPath(locale, { pathname: documentRoutes[type], params: { slug } });
}

/** The absolute URL of a localized page, for canonical links, hreflang, sitemap and feeds. */
export function localizedUrl(locale: Locale, href: Href): string {
  return absoluteUrl(env.SITE_URL, localizedPath(locale, href));
}

/** The absolute URL of a path that is not localized (sitemap, feed, permalink). */
export function siteUrl(pathname: string): string {
  return absoluteUrl(env.SITE_URL, pathname);
}
