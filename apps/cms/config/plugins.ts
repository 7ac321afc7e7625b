import { env } from '../src/env';
import { visitorsSeePublishedOnly } from '../src/graphql/published-only';

const production = env.NODE_ENV === 'production';

export default () => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: !production,
      // Strapi appends these plugins to its own.
      apolloServer: { introspection: !production, plugins: [visitorsSeePublishedOnly] },
      // The schema is written by the schema check (npm run schema), never by a running server.
      generateArtifacts: false,
    },
  },
  'users-permissions': {
    config: { jwtSecret: env.JWT_SECRET, register: { allowedFields: [] } },
  },
});
