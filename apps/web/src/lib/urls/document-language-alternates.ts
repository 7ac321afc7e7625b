import type { Localization } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { documentSlugs, switcherSlugs } from '@/lib/urls/document-locales';
import { findWithFallback } from '@/lib/content/fallback';
import { languageAlternates, type LanguageAlternates } from '@/lib/urls/switcher-hrefs';

/**
 * The language switcher's links for an article or resource page: the translation where there
 * is one, else the default-locale version under that locale's path (see `switcherSlugs`).
 * null when the document is not found or the CMS fails; the switcher then offers the index
 * page, and the page itself shows the 404 or the error.
 */
export async function documentLanguageAlternates(args: {
  pathname: '/articles/[slug]' | '/resources/[slug]';
  locale: Locale;
  find: (locale: Locale) => Promise<{ locale: Locale; slug: string; localizations: Localization[] } | null>;
}): Promise<LanguageAlternates | null> {
  let decision;
  try {
    decision = await findWithFallback(args.locale, args.find);
  } catch {
    return null;
  }
  if (decision.kind === 'not-found') return null;
  const slugs = switcherSlugs(documentSlugs(decision.document));
  return languageAlternates((locale) => {
    const slug = slugs[locale];
    return slug === undefined ? null : { pathname: args.pathname, params: { slug } };
  });
}
