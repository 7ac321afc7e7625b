import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { isVisitor } from '../auth';

/**
 * Refuses any GraphQL operation in which a visitor asks for a `status` other than PUBLISHED.
 * Strapi loads relations (and passes a root query's `status` down to them) without going through
 * the document service, so forcing the status there is not enough: drafts of related documents
 * would still be reachable with e.g. `featuredHotlines(status: DRAFT)`.
 */
export const visitorsSeePublishedOnly = {
  async requestDidStart() {
    return {
      async didResolveOperation({
        document,
        request,
        contextValue,
      }: {
        document: DocumentNode;
        request: { variables?: Record<string, unknown> };
        contextValue: { state?: { auth?: { strategy?: { name?: string } } } };
      }) {
        if (!isVisitor(contextValue.state)) return;
        if (asksForUnpublished(document, request.variables ?? {})) {
          throw new GraphQLError('Only published content is available: remove the status argument or use PUBLISHED', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
      },
    };
  },
};

export function asksForUnpublished(document: DocumentNode, variables: Record<string, unknown>): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'status') return;
      const { value } = node;
      const status =
        value.kind === Kind.ENUM ? value.value : value.kind === Kind.VARIABLE ? variables[value.name.value] : value;
      if (status !== undefined && status !== null && status !== 'PUBLISHED') found = true;
    },
  });
  return found;
}
