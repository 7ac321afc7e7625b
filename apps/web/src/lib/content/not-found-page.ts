import type { Locale } from '@haven/i18n';
import { redirect } from 'next/navigation';

/**
 * Sends the visitor to the localized "page not found" page (404). Used instead of notFound():
 * Next 16 renders notFound() thrown from a page as an empty document until JavaScript runs
 * (vercel/next.js#62228), while an address no route matches gets the complete page from
 * app/global-not-found.tsx, readable with JavaScript off.
 */
export function notFoundPage(locale: Locale): never {
  redirect(`/${locale}/page-not-found`);
}
