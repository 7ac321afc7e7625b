import {
  getVariableValues,
  GraphQLError,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { isVisitor } from '../auth';

interface Context {
  state?: { auth?: { strategy?: { name?: string } } };
}

/**
 * Visitors read published content only. The trusted documents (graphql/trusted-documents.ts) are the
 * first line; this is the second. Strapi loads relations around the document service and passes a
 * root field's `status` down to them, so forcing the status there (documents/published-only.ts) is not
 * enough: any operation that asks for another status, for publication filters, or filters through
 * `localizations` (whose rows include drafts) is refused before it runs, with variables read after
 * their defaults apply. While it runs, every field's coerced arguments are checked again.
 */
export const visitorsSeePublishedOnly = {
  requestDidStart({ contextValue }: { contextValue: Context }) {
    if (!isVisitor(contextValue.state)) return Promise.resolve(undefined);
    return Promise.resolve({
      didResolveOperation({
        schema,
        document,
        operation,
        request,
      }: {
        schema: GraphQLSchema;
        document: DocumentNode;
        operation?: OperationDefinitionNode;
        request: { variables?: Record<string, unknown> };
      }) {
        const reason = operation && unpublishedRequest(schema, document, operation, request.variables ?? {});
        return reason ? Promise.reject(forbidden(reason)) : Promise.resolve();
      },
      executionDidStart() {
        return Promise.resolve({
          willResolveField({ args }: { args: Record<string, unknown> }) {
            const reason = unpublishedArguments(args);
            if (reason) throw forbidden(reason);
          },
        });
      },
    });
  },
};

const forbidden = (reason: string) =>
  new GraphQLError(`Only published content is available: ${reason}`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });

/**
 * Why this operation would reach unpublished content, or null. Variables are coerced against the
 * operation's definitions, so a default such as `$s: PublicationStatus = DRAFT` counts.
 */
export function unpublishedRequest(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): string | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Malformed variables fail in execution with their own 400; nothing runs.
  const values = coerced.coerced ?? {};
  let reason: string | null = null;
  visit(document, {
    Field(node) {
      if (reason) return;
      const args = Object.fromEntries((node.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, values)]));
      reason = unpublishedArguments(args);
    },
  });
  return reason;
}

/** Why these field arguments would reach unpublished content, or null. */
export function unpublishedArguments(args: Record<string, unknown>): string | null {
  const status = args.status;
  if (status !== undefined && status !== null && (typeof status !== 'string' || status.toUpperCase() !== 'PUBLISHED')) {
    return 'remove the status argument or use PUBLISHED';
  }
  for (const name of ['publicationFilter', 'hasPublishedVersion']) {
    if (args[name] !== undefined && args[name] !== null) return `the ${name} argument is not available`;
  }
  if (mentionsLocalizations(args.filters)) return 'filters cannot go through localizations';
  return null;
}

function mentionsLocalizations(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(mentionsLocalizations);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, nested]) => key === 'localizations' || mentionsLocalizations(nested));
}
