export * from './api';
export * from './domain';
export { createCmsLink, type GetClient } from './client';
export { createContentApi } from './content-api';
export { directoryPageSize } from './resource-directory';
export { tags, tagsFor } from './tags';
export {
  collectionOf,
  documentIdPattern,
  everywhereCounties,
  linkProtocols,
  searchLimits,
  defaultReviewIntervals,
  webhookEvents,
  type CollectionName,
  type ContentTypeUid,
  type PageType,
} from './contract';
