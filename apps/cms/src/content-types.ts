import type { UID } from '@strapi/strapi';

/** The content types visitors may read. Everything here is read-only for the public. */
export const publicCollectionTypes = [
  'api::article.article',
  'api::resource.resource',
  'api::faq.faq',
  'api::topic.topic',
  'api::slug-history.slug-history',
] as const satisfies readonly UID.CollectionType[];

export const publicSingleTypes = ['api::site-setting.site-setting'] as const satisfies readonly UID.SingleType[];

export const publicContentTypes: readonly UID.ContentType[] = [...publicCollectionTypes, ...publicSingleTypes];

/** Content types whose slug appears in public URLs; a changed slug is kept in slug history. */
export const sluggedContentTypes = {
  'api::article.article': 'article',
  'api::resource.resource': 'resource',
  'api::topic.topic': 'topic',
} as const satisfies Partial<Record<UID.ContentType, string>>;

export type SluggedUid = keyof typeof sluggedContentTypes;

export function isSluggedUid(uid: string): uid is SluggedUid {
  return uid in sluggedContentTypes;
}
