import { defaultLocale as siteDefaultLocale, localeCodes, type Locale } from '@haven/i18n';
import type { Localization } from '@haven/content';

export type LocalizedSlugs = Partial<Record<Locale, string>>;
export type LocalizedUrls = Partial<Record<Locale, string>>;

/** The slug of a document in each locale it is published in, its own included. */
export function documentSlugs(document: { locale: Locale; slug: string; localizations: readonly Localization[] }): LocalizedSlugs {
  const slugs: LocalizedSlugs = {};
  for (const { locale, slug } of document.localizations) slugs[locale] = slug;
  slugs[document.locale] = document.slug;
  return slugs;
}

/**
 * Where the language switcher sends a reader for each locale: the translation where there is
 * one, otherwise the default-locale slug under that locale's path, which the detail page answers
 * with the default-locale version and a notice. Locales stay out only when even the default
 * locale has no version to fall back to.
 */
export function switcherSlugs(slugs: LocalizedSlugs, defaultLocale: Locale = siteDefaultLocale): LocalizedSlugs {
  const fallbackSlug = slugs[defaultLocale];
  const result: LocalizedSlugs = {};
  for (const locale of localeCodes) {
    const slug = slugs[locale] ?? fallbackSlug;
    if (slug !== undefined) result[locale] = slug;
  }
  return result;
}

export function mapLocales(slugs: LocalizedSlugs, toValue: (locale: Locale, slug: string) => string): LocalizedUrls {
  const result: LocalizedUrls = {};
  for (const locale of localeCodes) {
    const slug = slugs[locale];
    if (slug !== undefined) result[locale] = toValue(locale, slug);
  }
  return result;
}

/**
 * hreflang alternates in locale order plus `x-default`, which points at the default locale's
 * URL when there is one. Keys are plain strings: Next's `Languages` type does not list `fil`.
 */
export function hreflangAlternates(urls: LocalizedUrls, defaultLocale: Locale = siteDefaultLocale): Record<string, string> {
  const result: Record<string, string> = {};
  for (const locale of localeCodes) {
    const url = urls[locale];
    if (url !== undefined) result[locale] = url;
  }
  const defaultUrl = urls[defaultLocale];
  if (defaultUrl !== undefined) result['x-default'] = defaultUrl;
  return result;
}
