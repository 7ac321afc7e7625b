import { getDirection, type Locale } from '@haven/i18n';

/**
 * lang/dir for an element holding content in `contentLocale` on a page in `pageLocale`: nothing
 * when they agree, so only fallback content is marked (e.g. English inside a Persian page).
 */
export function contentLanguageProps(contentLocale: Locale, pageLocale: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (contentLocale === pageLocale) return {};
  return { lang: contentLocale, dir: getDirection(contentLocale) };
}
