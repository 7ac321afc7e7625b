import type { Core } from '@strapi/strapi';
import { publicContentTypes } from '../content-types';

const readActions = new Set(['findMany', 'findOne', 'findFirst', 'count']);
const publicUids = new Set<string>(publicContentTypes);

/** Strategies whose callers may read drafts: editors in the admin panel and the site's preview token. */
const draftReaders = new Set(['admin', 'api-token']);

/**
 * Forces every read of public content made on behalf of a visitor to published documents.
 * Strapi's plain find permission also answers `status: DRAFT` (GraphQL) and `?status=draft` (REST),
 * which would show unpublished drafts to anyone; this closes that for REST and GraphQL alike.
 * Reads outside any request (bootstrap, seed) are left alone.
 */
export function registerPublishedOnlyForPublic(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (readActions.has(context.action) && publicUids.has(context.uid)) {
      const request = strapi.requestContext.get();
      const strategy: string | undefined = request?.state?.auth?.strategy?.name;
      if (request && !(strategy && draftReaders.has(strategy))) {
        (context.params as { status?: string }).status = 'published';
      }
    }
    return next();
  });
}
