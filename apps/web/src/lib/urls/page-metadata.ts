import { defaultLocale, localeCodes, type Locale } from '@haven/i18n';
import type { Metadata } from 'next';
import { hreflangAlternates, mapLocales, type LocalizedSlugs } from '@/lib/urls/document-locales';
import { localizedUrl, type Href } from '@/lib/urls/site-urls';

type Alternates = NonNullable<Metadata['alternates']>;

/** Canonical and hreflang links for a page that exists in every locale. */
export function pageAlternates(locale: Locale, href: Href): Alternates {
  const urls = Object.fromEntries(localeCodes.map((code) => [code, localizedUrl(code, href)]));
  return { canonical: localizedUrl(locale, href), languages: hreflangAlternates(urls) };
}

/**
 * Canonical and hreflang links for an article or resource: hreflang only for the locales the
 * document is published in. A fallback page (shown in `canonicalLocale`, the default locale)
 * points its canonical link at the default-locale URL.
 */
export function documentAlternates(args: {
  pathname: '/articles/[slug]' | '/resources/[slug]';
  slugs: LocalizedSlugs;
  canonicalLocale: Locale;
}): Alternates {
  const urlFor = (locale: Locale, slug: string) => localizedUrl(locale, { pathname: args.pathname, params: { slug } });
  const urls = mapLocales(args.slugs, urlFor);
  return {
    canonical: urls[args.canonicalLocale] ?? null,
    languages: hreflangAlternates(urls, defaultLocale),
  };
}
