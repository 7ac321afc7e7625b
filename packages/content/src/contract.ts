import contract from './contract/contract.json';

/** The content types the site shows, by Strapi UID. */
export type ContentTypeUid = keyof typeof contract.contentTypes;
/** A cache-tag collection: one per content type. */
export type CollectionName = (typeof contract.contentTypes)[ContentTypeUid]['collection'];
/** Content types with a page of their own, by the name slug history, previews and permalinks use. */
export type PageType = 'article' | 'resource';

const contentTypes: Record<string, { collection: CollectionName; slugHistoryType?: string }> = contract.contentTypes;

/** The cache-tag collection of a content type the site shows, or undefined for any other UID. */
export function collectionOf(uid: string): CollectionName | undefined {
  return Object.hasOwn(contentTypes, uid) ? contentTypes[uid]?.collection : undefined;
}

/** The webhook events the CMS sends and the site acts on. */
export const webhookEvents: readonly string[] = contract.webhookEvents;

/** The only URL schemes a link in CMS rich text may use (as `URL.protocol`, with the colon). */
export const linkProtocols: ReadonlySet<string> = new Set(contract.linkProtocols);

/** Resource "counties" that mean everywhere: they match every county rather than naming one. */
export const everywhereCounties: ReadonlySet<string> = new Set(contract.everywhereCounties);

/** A Strapi documentId as it may appear in a URL or a webhook. */
export const documentIdPattern = new RegExp(contract.documentIdPattern);

/** Search's limits: the longest query the site sends, and how many hits one search shows (the best). */
export const searchLimits: { readonly maxQueryLength: number; readonly maxHits: number } = contract.search;

/** Months after which an article's legal review and a resource's check of its details come due, unless site settings say otherwise. */
export const defaultReviewIntervals: { readonly articleReviewMonths: number; readonly resourceCheckMonths: number } =
  contract.reviewIntervals;
