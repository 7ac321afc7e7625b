import { defaultLocale as siteDefaultLocale, type Locale } from '@haven/i18n';

export type FallbackDecision<T> = { kind: 'found'; document: T } | { kind: 'fallback'; document: T } | { kind: 'not-found' };

/**
 * What a detail page shows: the document in the visitor's locale, else the default-locale
 * version (with a notice), else a 404.
 */
export function decideFallback<T>(args: {
  requestedLocale: Locale;
  inRequestedLocale: T | null;
  inDefaultLocale: T | null;
  defaultLocale?: Locale;
}): FallbackDecision<T> {
  const defaultLocale = args.defaultLocale ?? siteDefaultLocale;
  if (args.inRequestedLocale !== null) return { kind: 'found', document: args.inRequestedLocale };
  if (args.requestedLocale !== defaultLocale && args.inDefaultLocale !== null) {
    return { kind: 'fallback', document: args.inDefaultLocale };
  }
  return { kind: 'not-found' };
}

/** Looks a document up in `locale`, and in the default locale only when that fails. */
export async function findWithFallback<T>(
  locale: Locale,
  find: (locale: Locale) => Promise<T | null>,
  defaultLocale: Locale = siteDefaultLocale,
): Promise<FallbackDecision<T>> {
  const inRequestedLocale = await find(locale);
  const inDefaultLocale = inRequestedLocale === null && locale !== defaultLocale ? await find(defaultLocale) : null;
  return decideFallback({ requestedLocale: locale, inRequestedLocale, inDefaultLocale, defaultLocale });
}
