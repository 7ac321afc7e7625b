import type { Locale } from '@haven/i18n';
import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import { absoluteUrl } from './absolute-url';

export type Href = Parameters<typeof getPathname>[0]['href'];

/** The localized path of a page, locale prefix included (e.g. /es/articulos/x). */
export function localizedPath(locale: Locale, href: Href): string {
  return getPathname({ locale, href });
}

/** The absolute URL of a localized page, for canonical links, hreflang, sitemap and feeds. */
export function localizedUrl(locale: Locale, href: Href): string {
  return absoluteUrl(env.SITE_URL, localizedPath(locale, href));
}

/** The absolute URL of a path that is not localized (sitemap, feed, permalink). */
export function siteUrl(pathname: string): string {
  return absoluteUrl(env.SITE_URL, pathname);
}
