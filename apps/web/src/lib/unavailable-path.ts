import { isLocale, type Locale } from '@haven/i18n';

/** Only a path on this site may come back as "try again": never another origin. */
export function safeReturnPath(from: string | null | undefined): string | null {
  if (!from || from.length > 2048 || !from.startsWith('/') || from.startsWith('//') || from.includes('\\')) return null;
  return from;
}

/**
 * Where a visitor goes when the CMS cannot answer: /<locale>/unavailable, remembering the page they
 * wanted. The language is the one of the page they asked for, not of the query that failed: a
 * Vietnamese page also reads English documents to fill untranslated gaps, and either may fail first.
 */
export function unavailablePath(queryLocale: Locale, from: string | null | undefined): string {
  const back = safeReturnPath(from);
  const pageLocale = back?.split(/[/?#]/)[1];
  const locale = pageLocale && isLocale(pageLocale) ? pageLocale : queryLocale;
  return `/${locale}/unavailable${back ? `?from=${encodeURIComponent(back)}` : ''}`;
}
