import { match } from '@formatjs/intl-localematcher';
import { defaultLocale, isLocale, localeCodes, type Locale } from '@haven/i18n';
import Negotiator from 'negotiator';

// Longest first, as next-intl orders them, so a script-specific code wins over its base.
const candidates = [...localeCodes].sort((a, b) => b.length - a.length);

/**
 * The Haven locale a browser's Accept-Language prefers most, or the default locale. Negotiator ranks
 * the browser's languages; intl-localematcher matches each in turn with CLDR's likely subtags and
 * aliases (zh-TW finds zh-Hant, tl finds fil, es-MX finds es). The first that matches wins, so a
 * visitor who prefers Mexican Spanish to English gets Spanish. The proxy hands this choice to
 * next-intl for `/`, so every answer that depends on the browser's language agrees.
 */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? undefined } }).languages();
  for (const language of preferred) {
    const found = matchOne(language);
    if (found) return found;
  }
  return defaultLocale;
}

function matchOne(language: string): Locale | null {
  try {
    const found = match([language], candidates, 'und');
    return isLocale(found) ? found : null;
  } catch {
    // Tags Intl cannot read ("*", garbage) match nothing.
    return null;
  }
}
