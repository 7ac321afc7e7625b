import { ApolloArmor } from '@escape.tech/graphql-armor';
import i18n from '@haven/i18n/locales.json';
import { getNamedType, getNullableType, GraphQLError, isLeafType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What one GraphQL request may ask of the CMS. The site's own operations stay far below each
 * (graphql/limits.test.ts measures them); a request over any limit is refused with a 400 before it runs.
 */
export const graphqlLimits = {
  /** Bytes of request body. */
  maxBodyBytes: 16 * 1024,
  maxTokens: 1000,
  maxAliases: 15,
  maxDirectives: 5,
  /** Nesting depth, enforced by Strapi's own rule (graphql-depth-limit). */
  maxDepth: 10,
  /** Objects an operation may load at most (see objectsLoaded). */
  maxCost: 5000,
  /** Items in one list, as Strapi's `defaultLimit` and `maxLimit`. */
  defaultListSize: 25,
  maxListSize: 100,
  executionTimeoutMs: 3000,
};

/**
 * The cost of a field is the number of objects it may load: a list multiplies its items' cost by the
 * page size it asks for (Strapi's default when it asks for none), `localizations` by the number of
 * locales. Scalars are free.
 */
export const objectsLoaded: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  return listSize(field.name, args) * (1 + childComplexity);
};

function listSize(fieldName: string, args: Record<string, unknown>): number {
  if (fieldName === 'localizations') return i18n.locales.length;
  // A connection's page size is an argument of its parent: count its nodes at the most they can be.
  if (fieldName === 'nodes') return graphqlLimits.maxListSize;
  const pagination = (args.pagination ?? {}) as { limit?: unknown; pageSize?: unknown };
  const asked = Number(pagination.limit ?? pagination.pageSize ?? graphqlLimits.defaultListSize);
  if (!Number.isFinite(asked) || asked < 0) return graphqlLimits.maxListSize;
  return Math.min(asked, graphqlLimits.maxListSize);
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [objectsLoaded] });
}

const refused = (message: string, code: string, status = 400) => new GraphQLError(message, { extensions: { code, http: { status } } });

interface OperationContext {
  schema: GraphQLSchema;
  document: DocumentNode;
  request: { variables?: Record<string, unknown>; operationName?: string | null };
}

/** Refuses, before it runs, an operation that may load more than maxCost objects. */
export const costLimit = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation({ schema, document, request }: OperationContext) {
        const cost = operationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
        if (cost <= graphqlLimits.maxCost) return Promise.resolve();
        const message = `This query may load ${cost} objects; the limit is ${graphqlLimits.maxCost}. Ask for fewer items or less nesting.`;
        return Promise.reject(refused(message, 'COST_LIMIT'));
      },
    }),
};

/** Stops resolving fields once an operation has run for `ms`: the fields still to come fail at once. */
export const executionTimeout = (ms: number) => ({
  requestDidStart: () =>
    Promise.resolve({
      executionDidStart() {
        const deadline = Date.now() + ms;
        return Promise.resolve({
          willResolveField() {
            if (Date.now() > deadline) throw refused(`This query ran longer than ${ms} ms and was stopped.`, 'TIMEOUT', 503);
          },
        });
      },
    }),
});

/** Aliases, directives and (in production) "Did you mean" suggestions, by GraphQL Armor; tokens by graphql-js. */
export function armorProtections({ production }: { production: boolean }) {
  return new ApolloArmor({
    maxAliases: { n: graphqlLimits.maxAliases },
    maxDirectives: { n: graphqlLimits.maxDirectives },
    blockFieldSuggestion: { enabled: production },
    // Armor's token counter parses each document a second time; graphql-js counts while parsing.
    maxTokens: { enabled: false },
    // Weighs every object alike; costLimit above weighs lists by their size.
    costLimit: { enabled: false },
    // Strapi's depth rule already runs on every document.
    maxDepth: { enabled: false },
  }).protect();
}
