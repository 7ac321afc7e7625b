import 'server-only';
import type { PageType } from '@haven/content';
import { defaultLocale, type Locale } from '@haven/i18n';
import { permanentRedirect } from 'next/navigation';
import { documentPath } from '@/lib/urls/site-urls';
import { content } from './cms';
import { notFoundPage } from '@/lib/content/not-found-page';

/**
 * For a slug no document has: if an editor renamed the page, 308 to its current address in the same
 * locale (so printed and shared links keep working); otherwise the 404 page.
 */
export async function redirectRenamedOrNotFound(type: PageType, locale: Locale, slug: string): Promise<never> {
  for (const historyLocale of locale === defaultLocale ? [locale] : [locale, defaultLocale]) {
    const documentId = await content.getSlugRedirect({ type, locale: historyLocale, slug });
    if (!documentId) continue;
    const current =
      type === 'article'
        ? ((await content.getArticleById({ locale, documentId })) ?? (await content.getArticleById({ locale: defaultLocale, documentId })))
        : ((await content.getResourceById({ locale, documentId })) ??
          (await content.getResourceById({ locale: defaultLocale, documentId })));
    if (current) {
      permanentRedirect(documentPath(type, locale, current.slug));
    }
  }
  notFoundPage(locale);
}
