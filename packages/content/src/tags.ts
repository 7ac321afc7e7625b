import type { Locale } from '@haven/i18n';
import type { CollectionName } from './contract';

/**
 * Next.js cache-tag names, named once. Getters attach them to every CMS fetch; only the site's
 * revalidate route invalidates them, when the CMS reports a change.
 */
export const tags = {
  /** Everything read from the CMS. */
  all: 'cms',
  /** Everything in one locale. */
  locale: (locale: string) => `cms:${locale}`,
  /** A content type's documents in one locale: lists, and lookups by slug. */
  collection: (collection: CollectionName, locale: string) => `cms:${locale}:${collection}`,
  /** One document in one locale. */
  document: (collection: CollectionName, locale: string, documentId: string) => `cms:${locale}:${collection}:${documentId}`,
} as const;

/** The tags a read of a collection (and optionally one document of it) in one locale carries. */
export function tagsFor(collection: CollectionName, locale: Locale, documentId?: string): string[] {
  return [
    tags.all,
    tags.locale(locale),
    tags.collection(collection, locale),
    ...(documentId ? [tags.document(collection, locale, documentId)] : []),
  ];
}
