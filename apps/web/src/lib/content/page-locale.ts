import { isLocale, type Locale } from '@haven/i18n';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { notFoundPage } from '@/lib/content/not-found-page';

/**
 * The page's locale from its params; an unknown locale is a 404, never a crash. It is also set as
 * the request's locale, so components render in it without reading the request (which would make
 * a cached page dynamic).
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

const maxSlugLength = 200;

/** A slug from the URL, or a 404 for one no CMS slug could be (keeps oversized input away from the CMS). */
export function pageSlug(slug: string, locale: Locale): string {
  if (slug.length === 0 || slug.length > maxSlugLength) notFoundPage(locale);
  return slug;
}
