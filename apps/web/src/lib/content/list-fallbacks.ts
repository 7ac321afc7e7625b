import { defaultLocale as siteDefaultLocale, type Locale } from '@haven/i18n';
import type { WithFallback } from '@haven/content';

/**
 * A list in the visitor's locale, completed with the default-locale documents that have no
 * translation yet (matched by documentId), so an untranslated document is shown in the default
 * language rather than missing. Translated items come first, in their own order.
 */
export function withFallbacks<T extends { documentId: string }>(inLocale: readonly T[], inDefaultLocale: readonly T[]): WithFallback<T>[] {
  const translated = new Set(inLocale.map((item) => item.documentId));
  return [
    ...inLocale.map((item) => ({ item, isFallback: false })),
    ...inDefaultLocale.filter((item) => !translated.has(item.documentId)).map((item) => ({ item, isFallback: true })),
  ];
}

/** Fetches a list in `locale` and, unless that is the default locale, in the default locale too. */
export async function listWithFallbacks<T extends { documentId: string }>(
  locale: Locale,
  list: (locale: Locale) => Promise<T[]>,
  defaultLocale: Locale = siteDefaultLocale,
): Promise<WithFallback<T>[]> {
  if (locale === defaultLocale) return (await list(locale)).map((item) => ({ item, isFallback: false }));
  const [inLocale, inDefaultLocale] = await Promise.all([list(locale), list(defaultLocale)]);
  return withFallbacks(inLocale, inDefaultLocale);
}

function timestamp(item: { publishedAt: string | null; updatedAt: string | null }): number {
  const time = Date.parse(item.publishedAt ?? item.updatedAt ?? '');
  return Number.isNaN(time) ? 0 : time;
}

/** Newest first by publication date, for lists merged from two locales. */
export function newestFirst<T extends { item: { publishedAt: string | null; updatedAt: string | null } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => timestamp(b.item) - timestamp(a.item));
}
