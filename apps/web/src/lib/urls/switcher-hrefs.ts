import { localeCodes, type Locale } from '@haven/i18n';
import { getPathname } from '@/i18n/navigation';

export type Href = Parameters<typeof getPathname>[0]['href'];
export type LanguageAlternates = Partial<Record<Locale, string>>;

/**
 * The `alternates` of the language switcher: where the page lives in each locale, as paths
 * with the locale prefix. A locale for which `hrefFor` gives null is left out, and the switcher
 * links it to that locale's home page.
 *
 * @example languageAlternates((locale) => slugs[locale] ? { pathname: '/articles/[slug]', params: { slug: slugs[locale] } } : null)
 */
export function languageAlternates(hrefFor: (locale: Locale) => Href | null): LanguageAlternates {
  const alternates: LanguageAlternates = {};
  for (const locale of localeCodes) {
    const href = hrefFor(locale);
    if (href !== null) alternates[locale] = getPathname({ locale, href });
  }
  return alternates;
}
