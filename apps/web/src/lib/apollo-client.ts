import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { createCmsLink } from '@haven/content';
import { env } from '@/env';

/** One Apollo Client per request, for Server Components; the CMS is reached only through it. */
export const { getClient } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: createCmsLink({ url: env.CMS_GRAPHQL_URL, timeoutMs: env.CMS_TIMEOUT_MS }),
    }),
);
