import type { Core } from '@strapi/strapi';
import { isVisitor } from '../auth';
import { publicContentTypes } from '../content-types';

const readActions = new Set(['findMany', 'findOne', 'findFirst', 'count']);
const publicUids = new Set<string>(publicContentTypes);

/**
 * Forces every read of public content made on behalf of a visitor to published documents.
 * Strapi's plain find permission also answers `status: DRAFT` (GraphQL) and `?status=draft` (REST),
 * which would show unpublished drafts to anyone; this closes that for REST and GraphQL root
 * queries. (GraphQL relations are loaded around the document service: see graphql/published-only.ts.)
 * Reads outside any request (bootstrap, seed) are left alone.
 */
export function registerPublishedOnlyForPublic(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (readActions.has(context.action) && publicUids.has(context.uid)) {
      const request = strapi.requestContext.get();
      if (request && isVisitor(request.state)) {
        (context.params as { status?: string }).status = 'published';
      }
    }
    return next();
  });
}
