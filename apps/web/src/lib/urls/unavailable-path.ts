import { isLocale, type Locale } from '@haven/i18n';

// Any origin does: only whether `from` stays on it matters.
const here = new URL('https://haven.invalid');

/**
 * Only a path on this site may come back as "try again": never another origin. Control characters
 * go first, as browsers drop tab, CR and LF from URLs (`/\t/evil.com` reads as `//evil.com`); what is
 * left must resolve to this origin.
 */
export function safeReturnPath(from: string | null | undefined): string | null {
  if (!from || from.length > 2048) return null;
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = from.replace(/[\u0000-\u001F\u007F]/g, '');
  if (!cleaned.startsWith('/') || cleaned.includes('\\')) return null;
  let url: URL;
  try {
    url = new URL(cleaned, here);
  } catch {
    return null;
  }
  return url.origin === here.origin ? cleaned : null;
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
