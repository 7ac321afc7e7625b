export * from './api';
export * from './domain';
export { createCmsLink, type GetClient } from './client';
export { createContentApi } from './content-api';
export { matchesFilters } from './resource-filters';
export { tags, tagsFor, type CollectionName } from './tags';
