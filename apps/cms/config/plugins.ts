import { env } from '../src/env';
import { armorProtections, costLimit, executionTimeout, graphqlLimits } from '../src/graphql/limits';
import { visitorsSeePublishedOnly } from '../src/graphql/published-only';

const production = env.NODE_ENV === 'production';
const armor = armorProtections({ production });

export default () => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: graphqlLimits.maxDepth,
      defaultLimit: graphqlLimits.defaultListSize,
      maxLimit: graphqlLimits.maxListSize,
      landingPage: !production,
      // Strapi appends these to its own plugins and validation rules.
      apolloServer: {
        introspection: !production,
        plugins: [visitorsSeePublishedOnly, costLimit, executionTimeout(graphqlLimits.executionTimeoutMs), ...armor.plugins],
        validationRules: armor.validationRules,
        parseOptions: { maxTokens: graphqlLimits.maxTokens },
        allowBatchedHttpRequests: false,
        includeStacktraceInErrorResponses: false,
        // Trusted documents are resolved by the graphql-gate middleware; nobody may register new ones.
        persistedQueries: false,
        // strapi::cors answers for every route, /graphql included.
        cors: false,
      },
      // The schema is written by the schema check (npm run schema), never by a running server.
      generateArtifacts: false,
    },
  },
  'users-permissions': {
    config: { jwtSecret: env.JWT_SECRET, register: { allowedFields: [] } },
  },
});
