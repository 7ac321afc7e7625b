import type { Locale } from '@haven/i18n';

/** Only a path on this site may come back as "try again": never another origin. */
export function safeReturnPath(from: string | null | undefined): string | null {
  if (!from || from.length > 2048 || !from.startsWith('/') || from.startsWith('//') || from.includes('\\')) return null;
  return from;
}

/** Where a visitor goes when the CMS cannot answer: /<locale>/unavailable, remembering the page they wanted. */
export function unavailablePath(locale: Locale, from: string | null | undefined): string {
  const back = safeReturnPath(from);
  return `/${locale}/unavailable${back ? `?from=${encodeURIComponent(back)}` : ''}`;
}
