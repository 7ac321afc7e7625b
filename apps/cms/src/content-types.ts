import contract from '@haven/content/contract.json';
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

type SiteContentTypes = typeof contract.contentTypes;

/** Content types whose slug appears in public URLs; a changed slug is kept in slug history. */
export type SluggedUid = {
  [Uid in keyof SiteContentTypes]: SiteContentTypes[Uid] extends { slugHistoryType: string } ? Uid : never;
}[keyof SiteContentTypes];

/** The type name slug history records for each slugged content type (packages/content's contract). */
export const sluggedContentTypes = Object.fromEntries(
  Object.entries(contract.contentTypes).flatMap(([uid, type]) => ('slugHistoryType' in type ? [[uid, type.slugHistoryType]] : [])),
) as Record<SluggedUid, 'article' | 'resource' | 'topic'>;

export function isSluggedUid(uid: string): uid is SluggedUid {
  return uid in sluggedContentTypes;
}
