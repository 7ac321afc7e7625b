import { defaultLocale, isLocale, type Locale } from '@haven/i18n';

/** The locale a partner address asks for with ?lang=: an unknown or missing lang means the default locale. */
export function localeFromLang(url: URL): Locale {
  const lang = url.searchParams.get('lang');
  return lang !== null && isLocale(lang) ? lang : defaultLocale;
}
